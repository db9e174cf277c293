import { randomUUID } from 'node:crypto';
import type { OrgUnit, OrgUnitCreate, OrgUnitKind } from '@fazhi/core';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { assertCan, assertUnitInScope } from '../access/policy.js';
import { diffFields, recordAudit } from '../audit/service.js';
import { auditActorOf } from '../auth/service.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { orgUnits } from './tables.js';

export async function listOrgUnits(db: Db, actor: Actor): Promise<OrgUnit[]> {
  assertCan(actor, 'org', 'read');
  return (await db.select().from(orgUnits).orderBy(asc(orgUnits.depth), asc(orgUnits.sortOrder), asc(orgUnits.name))) as OrgUnit[];
}

/** Inserts a unit under its parent (or a root when parentId is null); used by the API and the seed. */
export async function insertOrgUnit(db: Db, input: { parentId: string | null; name: string; kind: OrgUnitKind; code?: string | null; sortOrder?: number }) {
  const id = randomUUID();
  let path = `/${id}/`;
  let depth = 0;
  if (input.parentId) {
    const [parent] = await db.select().from(orgUnits).where(eq(orgUnits.id, input.parentId));
    if (!parent) throw new AppError('validation', '上级单位不存在', [{ path: 'parentId', message: '上级单位不存在' }]);
    path = `${parent.path}${id}/`;
    depth = parent.depth + 1;
  }
  const [row] = await db
    .insert(orgUnits)
    .values({ id, parentId: input.parentId, name: input.name, kind: input.kind, code: input.code ?? null, path, depth, sortOrder: input.sortOrder ?? 0 })
    .returning();
  return row!;
}

export async function createOrgUnit(db: Db, actor: Actor, input: OrgUnitCreate) {
  assertCan(actor, 'org', 'create');
  await assertUnitInScope(db, actor, 'org', 'create', input.parentId, 'parentId');
  return db.transaction(async (tx) => {
    const row = await insertOrgUnit(tx, input);
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entityType: 'org.unit', entityId: row.id, summary: row.name });
    return row;
  });
}

export async function updateOrgUnit(db: Db, actor: Actor, id: string, input: { version: number; name?: string; code?: string }) {
  assertCan(actor, 'org', 'update');
  const [exists] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, id));
  if (!exists) throw new AppError('notFound');
  await assertUnitInScope(db, actor, 'org', 'update', id);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update');
    if (!before) throw new AppError('notFound');
    if (before.version !== input.version) throw new AppError('staleVersion');
    const { version: _v, ...changes } = input;
    const [row] = await tx
      .update(orgUnits)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(orgUnits.id, id))
      .returning();
    await recordAudit(tx, auditActorOf(actor), { action: 'update', entityType: 'org.unit', entityId: id, summary: row!.name, changes: diffFields(before, changes) });
    return row!;
  });
}
