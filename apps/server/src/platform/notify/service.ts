import type { ModuleCode } from '@fazhi/core';
import { moduleCodes } from '@fazhi/core';
import { desc, or, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { inSubtrees, scopePaths } from '../access/policy.js';
import { assignments } from '../access/tables.js';
import type { Db } from '../db/client.js';
import { notifications } from './tables.js';

export type Notice = {
  key: string;
  module: ModuleCode;
  orgUnitId: string;
  level: 'reminder' | 'alert';
  title: string;
  link?: string;
  dueOn?: string;
  /** The record it is about: its assignees see the notice whatever their scope. */
  entity?: { type: string; id: string };
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

/** The actor's notices: those of units where the actor may read or work on the notice's module, and those of records assigned to the actor. */
export async function noticesFor(db: Db, actor: Actor, limit = 100) {
  const perModule = moduleCodes.map((m) => sql`(${notifications.module} = ${m} and ${inSubtrees(notifications.orgUnitId, [...scopePaths(actor, m, 'read'), ...scopePaths(actor, m, 'update')])})`);
  const assigned = sql`exists (select 1 from ${assignments} where ${assignments.userId} = ${actor.userId} and ${assignments.entityType} = ${notifications.entityType} and ${assignments.entityId} = ${notifications.entityId})`;
  return db
    .select()
    .from(notifications)
    .where(or(...perModule, assigned))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}
