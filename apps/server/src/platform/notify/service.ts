import type { ModuleCode } from '@fazhi/core';
import { moduleCodes } from '@fazhi/core';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { inSubtrees, scopePaths } from '../access/policy.js';
import { assignments } from '../access/tables.js';
import { recordAudit } from '../audit/service.js';
import { auditActorOf } from '../auth/service.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { notifications } from './tables.js';

export type Notice = {
  key: string;
  module: ModuleCode;
  orgUnitId: string;
  level: 'reminder' | 'alert' | 'info';
  title: string;
  link?: string;
  dueOn?: string;
  /** The record it is about: its assignees see the notice whatever their scope. */
  entity?: { type: string; id: string };
  /** A message for one user only (the submitter of a record that moved). */
  recipientId?: string;
};

/** Raises notices; one already raised under the same key is left as it is. */
export async function raise(db: Db, notices: Notice[]) {
  if (notices.length === 0) return 0;
  const rows = await db
    .insert(notifications)
    .values(notices.map(({ entity, ...n }) => ({ ...n, entityType: entity?.type ?? null, entityId: entity?.id ?? null })))
    .onConflictDoNothing({ target: notifications.key })
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * The actor's notices: unit notices of units where the actor may read or work on the notice's module, those of
 * records assigned to the actor, and messages addressed to the actor.
 */
export async function noticesFor(db: Db, actor: Actor, limit = 100) {
  const perModule = moduleCodes.map((m) => sql`(${notifications.module} = ${m} and ${inSubtrees(notifications.orgUnitId, [...scopePaths(actor, m, 'read'), ...scopePaths(actor, m, 'update')])})`);
  const assigned = sql`exists (select 1 from ${assignments} where ${assignments.userId} = ${actor.userId} and ${assignments.entityType} = ${notifications.entityType} and ${assignments.entityId} = ${notifications.entityId})`;
  return db
    .select()
    .from(notifications)
    .where(or(and(isNull(notifications.recipientId), or(...perModule, assigned)), eq(notifications.recipientId, actor.userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks the actor's own messages read (one, or all when no id is given); audited like every write. */
export async function markRead(db: Db, actor: Actor, id?: number) {
  return db.transaction(async (tx) => {
    const mine = and(eq(notifications.recipientId, actor.userId), isNull(notifications.readAt), id === undefined ? undefined : eq(notifications.id, id));
    const rows = await tx.update(notifications).set({ readAt: new Date() }).where(mine).returning({ id: notifications.id });
    if (id !== undefined && rows.length === 0) {
      const [own] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.recipientId, actor.userId)));
      if (!own) throw new AppError('notFound', '消息不存在');
    }
    if (rows.length) await recordAudit(tx, auditActorOf(actor), { action: 'notification.read', entityType: 'notification', summary: `标记已读 ${rows.length} 条消息`, changes: [] });
    return { read: rows.length };
  });
}
