import type { z } from 'zod';
import { maskPhone, type roleGrantSchema, type UserCreate, type userUpdateSchema } from '@fazhi/core';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { assertCan, assertUnitInScope, scopeCondition } from '../access/policy.js';
import { diffFields, recordAudit } from '../audit/service.js';
import { auditActorOf } from '../auth/service.js';
import { hashPassword } from '../auth/password.js';
import { roleGrants, sessions, users } from '../auth/tables.js';
import type { PersonalDataCipher } from '../crypto/sm.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { orgUnits } from '../org/tables.js';
import { escapeLike } from '../register/filters.js';

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  orgUnitId: users.orgUnitId,
  orgUnitName: orgUnits.name,
  phoneMasked: users.phoneMasked,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
  createdAt: users.createdAt,
};

export async function listUsers(db: Db, actor: Actor, q?: string) {
  assertCan(actor, 'users', 'read');
  const keyword = q ? or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`)) : undefined;
  const rows = await db
    .select(publicColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(and(scopeCondition(actor, 'users', 'read', users, 'user'), keyword))
    .orderBy(asc(orgUnits.path), asc(users.username))
    .limit(1000);
  const grants = await db
    .select({ id: roleGrants.id, userId: roleGrants.userId, role: roleGrants.role, orgUnitId: roleGrants.orgUnitId, orgUnitName: orgUnits.name })
    .from(roleGrants)
    .innerJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId));
  return rows.map((u) => ({ ...u, grants: grants.filter((g) => g.userId === u.id) }));
}

async function loadInScope(db: Db, actor: Actor, id: string, action: 'update' | 'manage') {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), scopeCondition(actor, 'users', action, users, 'user')))
    .for('update');
  if (!user) throw new AppError('notFound');
  return user;
}

export async function createUser(db: Db, cipher: PersonalDataCipher, actor: Actor, input: UserCreate) {
  assertCan(actor, 'users', 'create');
  await assertUnitInScope(db, actor, 'users', 'create', input.orgUnitId);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (exists) throw new AppError('duplicate', '用户名已存在', [{ path: 'username', message: '用户名已存在' }]);
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        orgUnitId: input.orgUnitId,
        passwordHash,
        mustChangePassword: true,
        phoneEnc: input.phone ? cipher.encrypt(input.phone) : null,
        phoneMasked: input.phone ? maskPhone(input.phone) : null,
        createdBy: actor.userId,
      })
      .returning({ id: users.id, username: users.username, version: users.version });
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entityType: 'user', entityId: row!.id, summary: `${input.username} ${input.displayName}` });
    return row!;
  });
}

export async function updateUser(db: Db, cipher: PersonalDataCipher, actor: Actor, id: string, input: z.infer<typeof userUpdateSchema>) {
  assertCan(actor, 'users', 'update');
  if (input.orgUnitId) await assertUnitInScope(db, actor, 'users', 'update', input.orgUnitId);
  return db.transaction(async (tx) => {
    const before = await loadInScope(tx, actor, id, 'update');
    if (before.version !== input.version) throw new AppError('staleVersion');
    const { version: _v, phone, ...rest } = input;
    const changes = { ...rest, ...(phone ? { phoneEnc: cipher.encrypt(phone), phoneMasked: maskPhone(phone) } : {}) };
    await tx
      .update(users)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(users.id, id));
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'update',
      entityType: 'user',
      entityId: id,
      summary: before.username,
      changes: diffFields(before, changes, ['phoneEnc']),
    });
    return { id, version: before.version + 1 };
  });
}

export async function resetPassword(db: Db, actor: Actor, id: string, password: string) {
  assertCan(actor, 'users', 'manage');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const before = await loadInScope(tx, actor, id, 'manage');
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, version: before.version + 1, updatedAt: new Date() })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, auditActorOf(actor), { action: 'user.passwordReset', entityType: 'user', entityId: id, summary: before.username });
  });
}

export async function addGrant(db: Db, actor: Actor, userId: string, grant: z.infer<typeof roleGrantSchema>) {
  assertCan(actor, 'users', 'manage');
  await assertUnitInScope(db, actor, 'users', 'manage', grant.orgUnitId);
  return db.transaction(async (tx) => {
    const user = await loadInScope(tx, actor, userId, 'manage');
    const [row] = await tx
      .insert(roleGrants)
      .values({ userId, ...grant, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('duplicate', '该用户已在此单位拥有此角色');
    await recordAudit(tx, auditActorOf(actor), {
      action: 'user.grantAdded',
      entityType: 'user',
      entityId: userId,
      summary: `${user.username} +${grant.role}`,
      changes: [{ field: 'grant', from: null, to: grant }],
    });
    return row;
  });
}

export async function removeGrant(db: Db, actor: Actor, userId: string, grantId: string) {
  assertCan(actor, 'users', 'manage');
  await db.transaction(async (tx) => {
    const user = await loadInScope(tx, actor, userId, 'manage');
    const [row] = await tx
      .delete(roleGrants)
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)))
      .returning();
    if (!row) throw new AppError('notFound');
    await recordAudit(tx, auditActorOf(actor), {
      action: 'user.grantRemoved',
      entityType: 'user',
      entityId: userId,
      summary: `${user.username} -${row.role}`,
      changes: [{ field: 'grant', from: { role: row.role, orgUnitId: row.orgUnitId }, to: null }],
    });
  });
}
