import type { AssignmentState, Block } from '@fazhi/core/reports';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { businessColumns, bytea, createdAt, id } from '../../platform/db/columns.js';
import type { IndicatorValue } from '../../platform/indicators/define.js';

const day = (name: string) => date(name, { mode: 'string' });

/** A district's editable outline: blocks with narrative and {indicator} placeholders. */
export const reportTemplates = pgTable('report_templates', {
  ...businessColumns(),
  name: text('name').notNull(),
  blocks: jsonb('blocks').$type<Block[]>().notNull(),
});

export const annualReports = pgTable(
  'annual_reports',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    templateId: uuid('template_id'),
    state: text('state').notNull().default('drafting'),
    blocks: jsonb('blocks').$type<Block[]>().notNull(),
    signedVersionId: uuid('signed_version_id'),
    signedBy: uuid('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    submittedOn: day('submitted_on'),
    submittedLate: boolean('submitted_late').notNull().default(false),
    publishedOn: day('published_on'),
    publishedLate: boolean('published_late').notNull().default(false),
  },
  (t) => [uniqueIndex('annual_reports_org_year_unique').on(t.orgUnitId, t.year).where(sql`deleted_at is null`)],
);

export type FigureChange = { id: string; label: string; from: string; to: string };

/** A generated version: the text and the figures frozen at generation time, and the DOCX made from them. */
export const annualReportVersions = pgTable(
  'annual_report_versions',
  {
    id: id(),
    reportId: uuid('report_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    number: integer('number').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    generatedBy: uuid('generated_by'),
    title: text('title').notNull(),
    blocks: jsonb('blocks').$type<Block[]>().notNull(),
    values: jsonb('values').$type<Record<string, IndicatorValue>>().notNull(),
    changes: jsonb('changes').$type<FigureChange[]>().notNull(),
    docx: bytea('docx').notNull(),
  },
  (t) => [uniqueIndex('annual_report_versions_number_unique').on(t.reportId, t.number)],
);

/** The coordinator asks a unit for the text of one block; the unit submits; the coordinator accepts or returns. */
export const reportAssignments = pgTable(
  'report_assignments',
  {
    id: id(),
    reportId: uuid('report_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    blockKey: text('block_key').notNull(),
    dueOn: day('due_on').notNull(),
    note: text('note'),
    state: text('state').$type<AssignmentState>().notNull().default('assigned'),
    text: text('text'),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('report_assignments_report_idx').on(t.reportId), index('report_assignments_org_idx').on(t.orgUnitId, t.state)],
);
