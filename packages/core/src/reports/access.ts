import { allButSigning, type ModuleAccess } from '../access/actions.js';

// Units answer the coordinator's requests for report material: `update` covers submitting it. Signing is the leader's.
export const reportsAccess = {
  module: 'reports',
  grants: { coordinator: allButSigning, legalStaff: ['read', 'update'], judicialOfficeStaff: ['read', 'update'], leader: ['read', 'export', 'approve'], inspector: ['read'] },
} as const satisfies ModuleAccess;
