import { allActions, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法局 (coordinator) keeps the district's registers; a department's legal staff keep their own bodies, officers and items.
export const enforcementAccess = {
  module: 'enforcement',
  grants: {
    coordinator: allActions,
    legalStaff: ['read', 'create', 'update', 'delete', 'transition', 'export', 'reveal'],
    leader: readOnly,
    inspector: ['read'],
  },
} as const satisfies ModuleAccess;
