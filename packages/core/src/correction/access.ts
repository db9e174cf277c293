import type { ModuleAccess } from '../access/actions.js';

/**
 * The strictest grants of the platform (社区矫正法 第4条, 第26条: identity and privacy protected). Only 社区矫正工作人员
 * read subjects: at a 司法所's 街道 they see that 司法所's subjects, at the district (区司法局, the 社区矫正机构) all of
 * them. The coordinator, leaders and 督察 hold nothing here; a 检察院 inspector or a 矫正小组 member reads a subject
 * only when assigned to it (the register kit's assignees). `reveal` shows a full ID number, phone or address.
 */
export const correctionAccess = {
  module: 'correction',
  grants: {
    correctionStaff: ['read', 'create', 'update', 'delete', 'export', 'reveal', 'approve'],
  },
} as const satisfies ModuleAccess;

/** The subject's own phone app (/m/): only what their own record allows; the record is found by their account. */
export const correctionSelfAccess = {
  module: 'correctionSelf',
  grants: {
    correctionSubject: ['read', 'create'],
  },
} as const satisfies ModuleAccess;
