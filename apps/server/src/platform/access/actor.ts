import type { RoleCode } from '@fazhi/core';

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
};
