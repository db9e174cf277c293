/** One row of GET /api/users (core has no read contract for users yet). */
export type UserGrant = { id: string; role: string; orgUnitId: string; orgUnitName: string };

export type UserRow = {
  id: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  orgUnitName: string;
  phoneMasked: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  version: number;
  grants: UserGrant[];
};
