import { allActions, logWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法所 keeps the 村(社区) advisers' service logs; advisers log their own services. The rosters feed report figures,
// so an adviser reads them but does not add advisers, 公职律师, 园区企业 or 一月一主题 for any unit.
const rosterReadOnly = { adviser: ['read'] } as const;
export const legalAdvisersAccess = {
  module: 'legalAdvisers',
  grants: { coordinator: allActions, legalStaff: logWork, judicialOfficeStaff: logWork, leader: readOnly, inspector: ['read'], adviser: ['read', 'create'] },
  registers: {
    'legalAdvisers.adviser': rosterReadOnly,
    'legalAdvisers.publicLawyer': rosterReadOnly,
    'legalAdvisers.enterprise': rosterReadOnly,
    'legalAdvisers.theme': rosterReadOnly,
  },
} as const satisfies ModuleAccess;
