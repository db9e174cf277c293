import { index, text, uuid, pgTable, unique } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns.js';

/** Who is assigned a record (handler, reviewer, adviser): they may read it whatever their data scope. */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [unique('assignments_unique').on(t.entityType, t.entityId, t.userId, t.role), index('assignments_user_idx').on(t.userId, t.entityType)],
);
