import { allActions, caseWork, readOnly, type ModuleAccess } from '../access/actions.js';

/** Who may do what with 证明事项 records; the unit where the role is held gives the scope (协查单位: policy.ts counterpartUnitColumns). */
export const certificationAccess = {
  module: 'certification',
  grants: { coordinator: allActions, legalStaff: caseWork, leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
