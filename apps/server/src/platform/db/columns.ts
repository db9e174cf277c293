import { sql } from 'drizzle-orm';
import { customType, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Columns every business row carries (DESIGN §4): owner unit, who/when, optimistic-concurrency version, soft delete,
 * and the text the keyword search looks in. Legal dates are stored as `date` and read as 'YYYY-MM-DD' strings.
 */
export function businessColumns() {
  return {
    id: id(),
    orgUnitId: uuid('org_unit_id').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    searchText: text('search_text').notNull().default(sql`''`),
  };
}

/** Binary content (generated documents); PGlite and node-postgres both hand back a Buffer/Uint8Array. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});
