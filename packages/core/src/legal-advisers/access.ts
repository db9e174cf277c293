import { allActions, logWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法所 keeps the 村(社区) advisers' service logs; advisers log their own services.
export const legalAdvisersAccess = {
  module: 'legalAdvisers',
  grants: { coordinator: allActions, legalStaff: logWork, judicialOfficeStaff: logWork, leader: readOnly, inspector: ['read'], adviser: ['read', 'create'] },
} as const satisfies ModuleAccess;
