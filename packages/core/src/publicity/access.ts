import { allActions, logWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 司法局 (普法办) coordinates; each department keeps its own 责任清单 and events, 司法所 its 村(社区) rosters.
export const publicityAccess = {
  module: 'publicity',
  grants: { coordinator: allActions, legalStaff: [...logWork, 'reveal'], judicialOfficeStaff: [...logWork, 'reveal'], leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
