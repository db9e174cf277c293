import { allActions, readOnly, type ModuleAccess } from '../access/actions.js';

// 法治办 (司法局) plans 督察 and 考核 and approves 整改 and appeals; a department or 街道 reports progress on its own
// 工作要点 tasks, answers 整改 and appeals its own scores; 督察人员 inspect and accept 整改 in their scope.
export const inspectionAccess = {
  module: 'inspection',
  grants: {
    coordinator: allActions,
    inspector: ['read', 'create', 'update', 'transition', 'approve', 'export'],
    legalStaff: ['read', 'update', 'transition', 'export'],
    judicialOfficeStaff: ['read', 'update', 'transition', 'export'],
    leader: readOnly,
  },
} as const satisfies ModuleAccess;
