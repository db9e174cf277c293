import { allActions, caseWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法所 staff manage their 街道's committees; a 人民调解员 records the disputes of the committee where the role is held.
export const mediationAccess = {
  module: 'mediation',
  grants: {
    coordinator: allActions,
    judicialOfficeStaff: caseWork,
    leader: readOnly,
    inspector: ['read'],
    mediator: ['read', 'create', 'update', 'transition', 'export'],
  },
} as const satisfies ModuleAccess;
