import { allActions, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法所 staff keep their own office's profile, log, roster and 自评 (the `update` step); the coordinator does the
// 区级评定 (`transition`) and fixes the level (`approve`); leaders and inspectors read.
export const judicialOfficesAccess = {
  module: 'judicialOffices',
  grants: { coordinator: allActions, judicialOfficeStaff: ['read', 'create', 'update', 'export', 'reveal'], leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
