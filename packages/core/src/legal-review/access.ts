import { allActions, draftingWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法所 reviews its 街道's matters (街道合法性审查全覆盖). Advisers see only the reviews they are assigned to
// (platform/access/policy.ts), not every review of the district, so they hold no grant here.
// `manage` is assigning reviewers and advisers (and removing them): the reviewing organs' right, not the submitter's,
// who may only ask for an adviser.
export const legalReviewAccess = {
  module: 'legalReview',
  grants: { coordinator: allActions, legalStaff: draftingWork, judicialOfficeStaff: [...draftingWork, 'manage'], leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
