import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Reminders and alerts addressed to a unit for a module: whoever may read that module in that unit sees them, and
 * so do the assignees of the record it names (a reviewer outside the unit). A message with a recipient (level
 * 'info': the submitter's record moved) is that user's alone and carries whether it was read. The key keeps a scan
 * from raising the same reminder twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull().unique(),
    module: text('module').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    level: text('level').$type<'reminder' | 'alert' | 'info'>().notNull(), // 'reminder' before a deadline, 'alert' after it, 'info' a message
    title: text('title').notNull(),
    link: text('link'),
    dueOn: text('due_on'),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    recipientId: uuid('recipient_id'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_org_idx').on(t.orgUnitId, t.createdAt), index('notifications_recipient_idx').on(t.recipientId, t.createdAt)],
);
