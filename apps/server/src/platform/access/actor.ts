import type { RoleCode } from '@fazhi/core';
import type { OrgTree } from '../org/tree.js';

/** The signed-in user as every service sees it: grants carry the unit's path for scope checks. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  mustChangePassword: boolean;
  sessionId: string;
  ip: string;
  grants: { role: RoleCode; orgUnitId: string; orgUnitName: string; path: string }[];
  /** The org tree as of this request (signed-in actors); without it scopes fall back to path sub-queries. */
  orgTree?: OrgTree;
};
