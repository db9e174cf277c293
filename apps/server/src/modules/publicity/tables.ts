import { boolean, date, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 普法 (publicity). The owning unit (orgUnitId) is the lead unit, the department, the organiser, the 村(社区).
const day = (name: string) => date(name, { mode: 'string' });

/** “八五”普法规划任务 with the 中期评估 result; `overdue` is refreshed daily by the job. */
export const publicityTasks = pgTable(
  'publicity_tasks',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    dueOn: day('due_on').notNull(),
    state: text('state').notNull(),
    overdue: boolean('overdue').notNull().default(false),
    completedOn: day('completed_on'),
    midtermConclusion: text('midterm_conclusion'),
    midtermScore: doublePrecision('midterm_score'),
    note: text('note'),
  },
  (t) => [index('publicity_tasks_org_idx').on(t.orgUnitId), index('publicity_tasks_due_idx').on(t.dueOn)],
);

/** 谁执法谁普法 责任清单: one item of a department's list for a year. */
export const publicityDuties = pgTable(
  'publicity_duties',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    content: text('content').notNull(),
    audience: text('audience').notNull(),
    form: text('form').notNull(),
    timing: text('timing').notNull(),
    completed: boolean('completed').notNull().default(false),
    completion: text('completion'),
  },
  (t) => [index('publicity_duties_org_idx').on(t.orgUnitId, t.year)],
);

/** 普法活动. */
export const publicityEvents = pgTable(
  'publicity_events',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: day('held_on').notNull(),
    place: text('place').notNull(),
    participants: integer('participants').notNull(),
    published: boolean('published').notNull().default(false),
    summary: text('summary'),
  },
  (t) => [index('publicity_events_org_idx').on(t.orgUnitId), index('publicity_events_held_idx').on(t.heldOn), index('publicity_events_kind_idx').on(t.kind, t.heldOn)],
);

/** 法治文化阵地 in a 村(社区) or 街道, with its honour if any. */
export const publicitySites = pgTable(
  'publicity_sites',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    builtYear: integer('built_year').notNull(),
    honour: text('honour'),
    honourLevel: text('honour_level'),
    honourYear: integer('honour_year'),
  },
  (t) => [index('publicity_sites_org_idx').on(t.orgUnitId)],
);

/** 法律明白人 / 法治带头人: ID number and phone SM4-encrypted with masked copies. */
export const publicityLiaisons = pgTable(
  'publicity_liaisons',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    role: text('role').notNull(),
    appointedOn: day('appointed_on').notNull(),
    leftOn: day('left_on'),
    trainingMode: text('training_mode'),
    trainingHours: doublePrecision('training_hours').notNull().default(0),
  },
  (t) => [index('publicity_liaisons_org_idx').on(t.orgUnitId)],
);

/** 示范创建: 法治示范村(社区), 守法普法示范镇街, 民主法治示范村 named at a level in a year. */
export const publicityRatings = pgTable(
  'publicity_ratings',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    year: integer('year').notNull(),
    batch: text('batch').notNull(),
  },
  (t) => [index('publicity_ratings_org_idx').on(t.orgUnitId), index('publicity_ratings_year_idx').on(t.year)],
);

/** 国家工作人员学法培训 sessions with 人次; the later 学法考试 module builds on these. */
export const publicityTrainings = pgTable(
  'publicity_trainings',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    heldOn: day('held_on').notNull(),
    mode: text('mode').notNull(),
    participants: integer('participants').notNull(),
    hours: doublePrecision('hours').notNull(),
  },
  (t) => [index('publicity_trainings_org_idx').on(t.orgUnitId), index('publicity_trainings_held_idx').on(t.heldOn)],
);
