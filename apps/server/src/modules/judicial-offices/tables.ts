import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 司法所 (judicialOffices). Every row is owned by its 司法所 unit, except the district's 评定标准.
const day = (name: string) => date(name, { mode: 'string' });

/** 司法所概况: one profile per 司法所 unit (the owner). */
export const judicialOffices = pgTable(
  'judicial_offices',
  {
    ...businessColumns(),
    director: text('director'),
    staffQuota: integer('staff_quota').notNull(),
    staffInPost: integer('staff_in_post').notNull(),
    premisesArea: doublePrecision('premises_area').notNull(),
    hasServiceHall: boolean('has_service_hall').notNull(),
    serviceHallArea: doublePrecision('service_hall_area'),
    address: text('address').notNull(),
    /** The office's public line (portal), not a person's: stored plain. */
    officePhone: text('office_phone').notNull(),
    /** The latest confirmed star level, kept by the rating's 确定 step (null before any). */
    starLevel: text('star_level'),
    note: text('note'),
  },
  // One live profile per office; a deleted one may be recreated.
  (t) => [uniqueIndex('judicial_offices_org_uq').on(t.orgUnitId).where(sql`${t.deletedAt} is null`)],
);

/** 星级分数线 of a year, set by the district (owner); defaults apply when a year has none. */
export const judicialRatingStandards = pgTable(
  'judicial_rating_standards',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    basis: text('basis').notNull(),
    oneStar: integer('one_star').notNull(),
    twoStar: integer('two_star').notNull(),
    threeStar: integer('three_star').notNull(),
    fourStar: integer('four_star').notNull(),
    fiveStar: integer('five_star').notNull(),
  },
  (t) => [index('judicial_rating_standards_year_idx').on(t.year, t.orgUnitId)],
);

/** 评定标准: one checklist item of a year, owned by the district that set it. */
export const judicialChecklistItems = pgTable(
  'judicial_checklist_items',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    maxPoints: doublePrecision('max_points').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    scoringMethod: text('scoring_method'),
  },
  (t) => [index('judicial_checklist_items_year_idx').on(t.year, t.sortOrder)],
);

/** 规范化评定: one office's rating of a year, moved by ratingWorkflow. */
export const judicialRatings = pgTable(
  'judicial_ratings',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    state: text('state').notNull().default('selfAssessment'),
    selfTotal: doublePrecision('self_total'),
    districtTotal: doublePrecision('district_total'),
    maxTotal: doublePrecision('max_total'),
    /** '0'…'5' (codes starLevels): proposed at 区级评定, fixed at 确定. */
    starLevel: text('star_level'),
    selfAssessedOn: day('self_assessed_on'),
    assessedOn: day('assessed_on'),
    confirmedOn: day('confirmed_on'),
    selfNote: text('self_note'),
    districtNote: text('district_note'),
    note: text('note'),
  },
  (t) => [index('judicial_ratings_org_idx').on(t.orgUnitId), index('judicial_ratings_year_idx').on(t.year, t.state)],
);

/** The scores of one rating per checklist item (self and district). */
export const judicialRatingScores = pgTable(
  'judicial_rating_scores',
  {
    ratingId: uuid('rating_id').notNull(),
    itemId: uuid('item_id').notNull(),
    selfScore: doublePrecision('self_score'),
    districtScore: doublePrecision('district_score'),
  },
  (t) => [primaryKey({ columns: [t.ratingId, t.itemId] })],
);

/** 工作台账: dated entries by kind with their counts (场次/次/件 and 人次). */
export const judicialActivities = pgTable(
  'judicial_activities',
  {
    ...businessColumns(),
    occurredOn: day('occurred_on').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    quantity: integer('quantity').notNull().default(1),
    persons: integer('persons'),
    place: text('place'),
    note: text('note'),
  },
  (t) => [index('judicial_activities_kind_idx').on(t.kind, t.occurredOn), index('judicial_activities_org_idx').on(t.orgUnitId), index('judicial_activities_creator_idx').on(t.createdBy)],
);

/** 司法协理员: ID number and phone SM4-encrypted with masked copies for display. */
export const judicialAssistants = pgTable(
  'judicial_assistants',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    hiredOn: day('hired_on').notNull(),
    batch: text('batch').notNull(),
    assignment: text('assignment'),
    exitOn: day('exit_on'),
    exitReason: text('exit_reason'),
    /** Derived from the dates; refreshed daily. */
    state: text('state').notNull(),
    /** Sum of the training records' hours, kept by the training register. */
    trainingHours: doublePrecision('training_hours').notNull().default(0),
    note: text('note'),
  },
  (t) => [index('judicial_assistants_org_idx').on(t.orgUnitId), index('judicial_assistants_hired_idx').on(t.hiredOn)],
);

/** 培训记录 of a 司法协理员 (岗前培训, 业务轮训), owned by the assistant's office. */
export const judicialTrainings = pgTable(
  'judicial_trainings',
  {
    ...businessColumns(),
    assistantId: uuid('assistant_id').notNull(),
    assistantName: text('assistant_name').notNull(),
    kind: text('kind').notNull(),
    trainedOn: day('trained_on').notNull(),
    hours: doublePrecision('hours').notNull(),
    subject: text('subject').notNull(),
  },
  (t) => [index('judicial_trainings_assistant_idx').on(t.assistantId, t.trainedOn), index('judicial_trainings_org_idx').on(t.orgUnitId)],
);
