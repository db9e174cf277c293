import { allButSigning, draftingWork, type ModuleAccess } from '../access/actions.js';

// 签发 of a normative document is the leader's `approve`, as 领导签发 of the annual report is.
export const normativeDocsAccess = {
  module: 'normativeDocs',
  grants: { coordinator: allButSigning, legalStaff: draftingWork, judicialOfficeStaff: ['read'], leader: ['read', 'export', 'approve'], inspector: ['read'] },
} as const satisfies ModuleAccess;
