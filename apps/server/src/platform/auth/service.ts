import { createHash, randomBytes } from 'node:crypto';
import type { Me } from '@fazhi/core';
import { actions, moduleCodes, registerGrants, roleAllows } from '@fazhi/core';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/service.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { orgTreeState, orgUnits } from '../org/tables.js';
import { orgTreeAt } from '../org/tree.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import { sessionPolicy as P } from './session-policy.js';
import { loginAttempts, roleGrants, sessions, users } from './tables.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** When 5 failures fall within 15 minutes (since the last success), the account is locked until 15 minutes after the 5th. */
async function lockedUntil(db: Db, username: string, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - P.lockoutWindowMs - P.lockoutDurationMs);
  const recent = await db
    .select({ success: loginAttempts.success, at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(50);
  const failures: Date[] = [];
  for (const a of recent) {
    if (a.success) break;
    failures.unshift(a.at);
  }
  let until: Date | null = null;
  for (let i = P.lockoutFailures - 1; i < failures.length; i++) {
    if (failures[i]!.getTime() - failures[i - P.lockoutFailures + 1]!.getTime() <= P.lockoutWindowMs) {
      until = new Date(failures[i]!.getTime() + P.lockoutDurationMs);
    }
  }
  return until && until > now ? until : null;
}

export async function login(db: Db, input: { username: string; password: string; ip: string; userAgent?: string }) {
  const now = new Date();
  const auditActor = { userId: null, displayName: input.username, ip: input.ip };
  if (await lockedUntil(db, input.username, now)) {
    await db.transaction((tx) => recordAudit(tx, auditActor, { action: 'auth.loginLocked', summary: input.username }));
    throw new AppError('accountLocked');
  }
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyPassword(await dummyPasswordHash(), input.password);
  if (!user || !ok || user.disabled) {
    await db.transaction(async (tx) => {
      await tx.insert(loginAttempts).values({ username: input.username, ip: input.ip, success: false });
      await recordAudit(tx, auditActor, { action: 'auth.loginFailed', summary: input.username });
    });
    if (await lockedUntil(db, input.username, new Date())) throw new AppError('accountLocked');
    throw new AppError('loginFailed');
  }
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username: input.username, ip: input.ip, success: true });
    await tx.insert(sessions).values({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + P.absoluteLifetimeMs),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300),
    });
    await recordAudit(tx, { userId: user.id, displayName: user.displayName, ip: input.ip }, { action: 'auth.login', entityType: 'user', entityId: user.id });
  });
  return { token };
}

// One round trip per request: the session, its user, the user's grants with their units' paths, and the org tree's
// version. A named prepared statement, so PostgreSQL parses and plans it once per connection, not once per request.
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();
function prepareSessionLookup(db: Db) {
  const grantsJson = sql<Actor['grants']>`coalesce((
    select json_agg(json_build_object('role', g.role, 'orgUnitId', g.org_unit_id, 'orgUnitName', o.name, 'path', o.path))
    from ${roleGrants} g join ${orgUnits} o on o.id = g.org_unit_id where g.user_id = ${users.id}), '[]'::json)`;
  return db
    .select({ session: sessions, user: users, grants: grantsJson, treeVersion: sql<string>`(select ${orgTreeState.version} from ${orgTreeState})` })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('session_lookup');
}
function sessionLookup(db: Db) {
  let lookup = sessionLookups.get(db);
  if (!lookup) sessionLookups.set(db, (lookup = prepareSessionLookup(db)));
  return lookup;
}

/** Resolves a cookie token to the actor, enforcing idle timeout and absolute lifetime. */
export async function resolveSession(db: Db, token: string, ip: string): Promise<Actor> {
  const now = Date.now();
  const [row] = await sessionLookup(db).execute({ tokenHash: sha256(token) });
  if (!row) throw new AppError('unauthenticated');
  const { session, user } = row;
  if (user.disabled || session.expiresAt.getTime() <= now || now - session.lastSeenAt.getTime() > P.idleTimeoutMs) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    throw new AppError('sessionExpired');
  }
  if (now - session.lastSeenAt.getTime() > P.touchEveryMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, session.id));
  }
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    mustChangePassword: user.mustChangePassword,
    sessionId: session.id,
    ip,
    grants: row.grants,
    orgTree: await orgTreeAt(db, Number(row.treeVersion)),
  };
}

export async function logout(db: Db, actor: Actor) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, auditActorOf(actor), { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

export async function changePassword(db: Db, actor: Actor, oldPassword: string, newPassword: string) {
  // A wrong old password is a failed login of the account: it counts toward the lockout, and a locked account
  // cannot go on guessing here either.
  if (await lockedUntil(db, actor.username, new Date())) throw new AppError('accountLocked');
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
    await db.transaction(async (tx) => {
      await tx.insert(loginAttempts).values({ username: actor.username, ip: actor.ip, success: false });
      await recordAudit(tx, auditActorOf(actor), { action: 'auth.passwordChangeFailed', entityType: 'user', entityId: actor.userId });
    });
    if (await lockedUntil(db, actor.username, new Date())) throw new AppError('accountLocked');
    throw new AppError('validation', '原密码不正确', [{ path: 'oldPassword', message: '原密码不正确' }]);
  }
  if (oldPassword === newPassword) {
    throw new AppError('weakPassword', '新密码不能与原密码相同', [{ path: 'newPassword', message: '新密码不能与原密码相同' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date(), updatedBy: actor.userId, version: user.version + 1 })
      .where(eq(users.id, user.id));
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, actor.sessionId)));
    await recordAudit(tx, auditActorOf(actor), { action: 'auth.passwordChanged', entityType: 'user', entityId: user.id });
  });
}

export async function describeMe(db: Db, actor: Actor): Promise<Me> {
  const [unit] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, actor.orgUnitId));
  const permissions: Record<string, string[]> = {};
  for (const m of moduleCodes) {
    const allowed = actions.filter((a) => actor.grants.some((g) => roleAllows(g.role, m, a)));
    if (allowed.length) permissions[m] = allowed;
  }
  // Registers where a role's grant is narrower than its module's are listed by entity type (useCan checks them first).
  for (const [entity, { module }] of Object.entries(registerGrants)) {
    if (permissions[module]) permissions[entity] = actions.filter((a) => actor.grants.some((g) => roleAllows(g.role, module, a, entity)));
  }
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    orgUnitId: actor.orgUnitId,
    orgUnitName: unit?.name ?? '',
    mustChangePassword: actor.mustChangePassword,
    grants: actor.grants.map(({ role, orgUnitId, orgUnitName }) => ({ role, orgUnitId, orgUnitName })),
    permissions,
  };
}

export function auditActorOf(actor: Actor) {
  return { userId: actor.userId, displayName: actor.displayName, ip: actor.ip };
}
