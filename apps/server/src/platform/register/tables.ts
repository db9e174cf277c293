import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, id } from '../db/columns.js';

/**
 * A register's import or export that runs longer than a page should wait: the web polls its progress.
 * Import: `plan` holds the validated rows between the preview and the commit; `result` the preview (counts and
 * every problem). Export: `file` holds the workbook until it is downloaded.
 */
export const registerJobs = pgTable(
  'register_jobs',
  {
    id: id(),
    kind: text('kind').$type<'import' | 'export'>().notNull(),
    registerPath: text('register_path').notNull(),
    userId: uuid('user_id').notNull(),
    state: text('state').$type<'running' | 'previewed' | 'done' | 'failed' | 'cancelled'>().notNull().default('running'),
    phase: text('phase').notNull().default(''),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    fileName: text('file_name').notNull(),
    plan: jsonb('plan').$type<unknown[]>(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    file: bytea('file'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('register_jobs_user_idx').on(t.userId, t.createdAt)],
);
