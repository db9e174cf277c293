import type { ModuleCode } from '@fazhi/core';
import { moduleCodes } from '@fazhi/core';
import { desc, or, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { inSubtrees, scopePaths } from '../access/policy.js';
import type { Db } from '../db/client.js';
import { notifications } from './tables.js';

export type Notice = { key: string; module: ModuleCode; orgUnitId: string; level: 'reminder' | 'alert'; title: string; link?: string; dueOn?: string };

/** Raises notices; one already raised under the same key is left as it is. */
export async function raise(db: Db, notices: Notice[]) {
  if (notices.length === 0) return 0;
  const rows = await db.insert(notifications).values(notices).onConflictDoNothing({ target: notifications.key }).returning({ id: notifications.id });
  return rows.length;
}

/** The actor's notices: those of units where the actor may read or work on the notice's module. */
export async function noticesFor(db: Db, actor: Actor, limit = 100) {
  const perModule = moduleCodes.map((m) => sql`(${notifications.module} = ${m} and ${inSubtrees(notifications.orgUnitId, [...scopePaths(actor, m, 'read'), ...scopePaths(actor, m, 'update')])})`);
  return db.select().from(notifications).where(or(...perModule)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
}
