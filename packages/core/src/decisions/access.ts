import { allActions, draftingWork, readOnly, type ModuleAccess } from '../access/actions.js';

export const decisionsAccess = {
  module: 'decisions',
  grants: { coordinator: allActions, legalStaff: draftingWork, judicialOfficeStaff: draftingWork, leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
