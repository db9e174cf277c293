import { bigint, integer, jsonb, text, timestamp, uuid, pgTable, index } from 'drizzle-orm/pg-core';

export type FieldChange = { field: string; from: unknown; to: unknown };

/** Append-only, hash-chained (HMAC-SM3, keyed outside the database) log of every write, login, logout, export and reveal. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    summary: text('summary'),
    changes: jsonb('changes').$type<FieldChange[]>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_actor_idx').on(t.actorId)],
);

/**
 * One row: the chain's head. Writers lock it, so entries are numbered and chained in commit order. `keyedFrom` is
 * the first entry hashed with the key (HMAC-SM3): 1 for a chain begun keyed; for a chain begun before keys, the
 * `audit.keyed` entry appended on upgrade. Null only on a database not yet upgraded.
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  keyedFrom: bigint('keyed_from', { mode: 'number' }),
});
