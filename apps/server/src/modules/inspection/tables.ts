import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 法治督察, 考核, 示范创建 and honours. orgUnitId is the unit the record is about: the task's owner, the
// inspected unit, the assessed unit; plans, schemes and the 示范 system belong to the organising unit.
const day = (name: string) => date(name, { mode: 'string' });

/** 依法治区工作要点 tasks; `overdue` is refreshed daily by the job. */
export const inspectionTasks = pgTable(
  'inspection_tasks',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    dueOn: day('due_on').notNull(),
    state: text('state').notNull(),
    overdue: boolean('overdue').notNull().default(false),
    progress: text('progress'),
    progressReportedOn: day('progress_reported_on'),
    completedOn: day('completed_on'),
    note: text('note'),
  },
  (t) => [index('inspection_tasks_org_idx').on(t.orgUnitId), index('inspection_tasks_due_idx').on(t.dueOn)],
);

/** 法治督察 plans (rounds). */
export const inspectionRounds = pgTable(
  'inspection_rounds',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    startOn: day('start_on').notNull(),
    endOn: day('end_on').notNull(),
    focus: text('focus').notNull(),
    note: text('note'),
  },
  (t) => [index('inspection_rounds_org_idx').on(t.orgUnitId)],
);

/** One inspected unit of a round, with its 督察意见/整改通知, 整改 report and acceptance (subjectWorkflow). */
export const inspectionSubjects = pgTable(
  'inspection_subjects',
  {
    ...businessColumns(),
    roundId: uuid('round_id').notNull(),
    roundTitle: text('round_title').notNull(),
    inspectedOn: day('inspected_on').notNull(),
    firstDutyInspected: boolean('first_duty_inspected').notNull(),
    findings: text('findings'),
    state: text('state').notNull().default('inspected'),
    noticeNumber: text('notice_number'),
    noticedOn: day('noticed_on'),
    rectifyDueOn: day('rectify_due_on'),
    requirements: text('requirements'),
    reportedOn: day('reported_on'),
    rectification: text('rectification'),
    acceptedOn: day('accepted_on'),
    acceptanceNote: text('acceptance_note'),
    overdue: boolean('overdue').notNull().default(false),
  },
  (t) => [index('inspection_subjects_org_idx').on(t.orgUnitId), index('inspection_subjects_round_idx').on(t.roundId), index('inspection_subjects_date_idx').on(t.inspectedOn)],
);

/** 法治建设考核 schemes, one per year; publishedOn opens the results to the units and starts the appeal window. */
export const inspectionSchemes = pgTable(
  'inspection_schemes',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    appealDays: integer('appeal_days').notNull().default(5),
    publishedOn: day('published_on'),
    note: text('note'),
  },
  (t) => [index('inspection_schemes_org_idx').on(t.orgUnitId)],
);

/** Items of a scheme: weight, and either an indicator with a scoring rule or hand scoring. */
export const inspectionItems = pgTable(
  'inspection_items',
  {
    ...businessColumns(),
    schemeId: uuid('scheme_id').notNull(),
    schemeTitle: text('scheme_title').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    weight: doublePrecision('weight').notNull(),
    method: text('method').notNull(),
    indicatorId: text('indicator_id'),
    rule: text('rule'),
    target: doublePrecision('target'),
    criteria: text('criteria').notNull(),
  },
  (t) => [index('inspection_items_scheme_idx').on(t.schemeId)],
);

/** A unit's score on one item; orgUnitId is the assessed unit, so a unit reads its own scores by its scope. */
export const inspectionScores = pgTable(
  'inspection_scores',
  {
    ...businessColumns(),
    schemeId: uuid('scheme_id').notNull(),
    itemId: uuid('item_id').notNull(),
    year: integer('year').notNull(),
    itemCode: text('item_code').notNull(),
    itemName: text('item_name').notNull(),
    score: doublePrecision('score').notNull(),
    basis: text('basis').notNull(),
    computed: boolean('computed').notNull().default(false),
    indicatorValue: text('indicator_value'),
    published: boolean('published').notNull().default(false),
    state: text('state').notNull().default('scored'),
    appealedOn: day('appealed_on'),
    appealReason: text('appeal_reason'),
    appealDecidedOn: day('appeal_decided_on'),
    appealReply: text('appeal_reply'),
  },
  (t) => [
    uniqueIndex('inspection_scores_item_unit_idx').on(t.itemId, t.orgUnitId).where(sql`deleted_at is null`),
    index('inspection_scores_org_idx').on(t.orgUnitId),
    index('inspection_scores_scheme_idx').on(t.schemeId),
  ],
);

/** The 示范创建 indicator system: first- and second-level items. */
export const inspectionDemoItems = pgTable(
  'inspection_demo_items',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    parentCode: text('parent_code'),
    indicatorId: text('indicator_id'),
  },
  (t) => [index('inspection_demo_items_year_idx').on(t.year)],
);

/** A 示范 item decomposed into a unit's task, with self-assessment and supervision. */
export const inspectionDemoTasks = pgTable(
  'inspection_demo_tasks',
  {
    ...businessColumns(),
    demoItemId: uuid('demo_item_id').notNull(),
    itemCode: text('item_code').notNull(),
    title: text('title').notNull(),
    dueOn: day('due_on').notNull(),
    state: text('state').notNull(),
    selfAssessment: text('self_assessment').notNull(),
    selfAssessmentNote: text('self_assessment_note'),
    supervision: text('supervision').notNull(),
    completedOn: day('completed_on'),
  },
  (t) => [index('inspection_demo_tasks_org_idx').on(t.orgUnitId), index('inspection_demo_tasks_item_idx').on(t.demoItemId)],
);

/** Honours and typical cases: every “获评” sentence of the report comes from a row here. */
export const inspectionHonours = pgTable(
  'inspection_honours',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    title: text('title').notNull(),
    awardedBy: text('awarded_by').notNull(),
    year: integer('year').notNull(),
    writeUp: text('write_up'),
  },
  (t) => [index('inspection_honours_org_idx').on(t.orgUnitId), index('inspection_honours_year_idx').on(t.year, t.kind)],
);
