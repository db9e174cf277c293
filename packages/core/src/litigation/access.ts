import { allActions, caseWork, readOnly, type ModuleAccess } from '../access/actions.js';

/** Who may do what with 行政应诉 records; the unit where the role is held gives the scope. */
export const litigationAccess = {
  module: 'litigation',
  grants: { coordinator: allActions, legalStaff: caseWork, judicialOfficeStaff: ['read'], leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
