import type { OrgUnitKind } from '@fazhi/core';
import { bigint, index, integer, text, timestamp, uuid, pgTable } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns.js';

/** The org tree as a materialized path ('/<id>/<id>/…/'), so "this unit and below" is one prefix predicate. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: id(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind').$type<OrgUnitKind>().notNull(),
    code: text('code'),
    path: text('path').notNull().unique(),
    depth: integer('depth').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('org_units_parent_idx').on(t.parentId), index('org_units_path_pattern_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** One row: bumped by a trigger on every change to `org_units` (migration 0024), so servers know when to reload the tree. */
export const orgTreeState = pgTable('org_tree_state', {
  id: integer('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
