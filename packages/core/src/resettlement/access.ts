import { allActions, logWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法局 (安置帮教办公室) sees the district; each 司法所 its own people. Full ID numbers only with a stated reason.
export const resettlementAccess = {
  module: 'resettlement',
  grants: { coordinator: allActions, judicialOfficeStaff: [...logWork, 'reveal'], leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
