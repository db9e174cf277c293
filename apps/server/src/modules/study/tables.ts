import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, createdAt, id } from '../../platform/db/columns.js';

// Tables of 学法用法 (study). The owning unit is the organiser, the person's unit, or the candidate's unit.
const day = (name: string) => date(name, { mode: 'string' });

/** 学法活动: 中心组集体学习, 常务会议会前学法, 专题讲座/报告会. */
export const studySessions = pgTable(
  'study_sessions',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    heldOn: day('held_on').notNull(),
    topic: text('topic').notNull(),
    onXiThought: boolean('on_xi_thought').notNull().default(false),
    speaker: text('speaker'),
    attendeeCount: integer('attendee_count').notNull(),
    attendees: text('attendees'),
    materials: text('materials'),
  },
  (t) => [index('study_sessions_org_idx').on(t.orgUnitId), index('study_sessions_held_idx').on(t.heldOn)],
);

/** 法治培训班; its 人次 are the attendance rows. */
export const studyCourses = pgTable(
  'study_courses',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    startOn: day('start_on').notNull(),
    endOn: day('end_on').notNull(),
    hours: doublePrecision('hours').notNull(),
    onXiThought: boolean('on_xi_thought').notNull().default(false),
    audience: text('audience').notNull(),
  },
  (t) => [index('study_courses_org_idx').on(t.orgUnitId), index('study_courses_start_idx').on(t.startOn)],
);

/** One person at one course (owned by the person's unit). */
export const studyAttendances = pgTable(
  'study_attendances',
  {
    ...businessColumns(),
    courseId: uuid('course_id').notNull(),
    courseTitle: text('course_title').notNull(),
    courseStartOn: day('course_start_on').notNull(),
    personName: text('person_name').notNull(),
    position: text('position'),
    hours: doublePrecision('hours').notNull(),
    passed: boolean('passed'),
  },
  (t) => [index('study_attendances_course_idx').on(t.courseId), index('study_attendances_org_idx').on(t.orgUnitId)],
);

/** A leader's 任前考法, 年度述法 and 宪法宣誓 for one year. */
export const studyDuties = pgTable(
  'study_duties',
  {
    ...businessColumns(),
    personName: text('person_name').notNull(),
    position: text('position').notNull(),
    year: integer('year').notNull(),
    newlyAppointed: boolean('newly_appointed').notNull(),
    examScore: doublePrecision('exam_score'),
    examPassed: boolean('exam_passed'),
    reportSubmittedOn: day('report_submitted_on'),
    reportReviewedOn: day('report_reviewed_on'),
    reportScore: doublePrecision('report_score'),
    oathOn: day('oath_on'),
  },
  (t) => [index('study_duties_org_idx').on(t.orgUnitId, t.year)],
);

/** 题库: the key is a secret column, never sent with a row. */
export const studyQuestions = pgTable(
  'study_questions',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    tag: text('tag').notNull(),
    stem: text('stem').notNull(),
    options: text('options'),
    answerKey: text('answer_key').notNull(),
    points: integer('points').notNull(),
  },
  (t) => [index('study_questions_tag_idx').on(t.tag)],
);

/** 法治考试: window, time limit, pass mark, retakes, draw rules. */
export const studyExams = pgTable(
  'study_exams',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    opensOn: day('opens_on').notNull(),
    closesOn: day('closes_on').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    passPercent: integer('pass_percent').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    drawRules: text('draw_rules').notNull(),
  },
  (t) => [index('study_exams_org_idx').on(t.orgUnitId), index('study_exams_opens_idx').on(t.opensOn)],
);

/** A user enrolled to sit an exam; the unit is the user's (results per unit, scope). */
export const studyCandidates = pgTable(
  'study_candidates',
  {
    id: id(),
    examId: uuid('exam_id').notNull(),
    userId: uuid('user_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('study_candidates_exam_user_idx').on(t.examId, t.userId), index('study_candidates_user_idx').on(t.userId)],
);

/** One attempt: the paper drawn for it, answers saved one by one, the score once submitted (and marked). */
export const studySittings = pgTable(
  'study_sittings',
  {
    id: id(),
    examId: uuid('exam_id').notNull(),
    userId: uuid('user_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    attempt: integer('attempt').notNull(),
    state: text('state').notNull(),
    questionIds: jsonb('question_ids').$type<string[]>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    score: doublePrecision('score'),
    total: doublePrecision('total').notNull(),
    marks: jsonb('marks').$type<Record<string, number>>().notNull().default({}),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('study_sittings_attempt_idx').on(t.examId, t.userId, t.attempt), index('study_sittings_user_idx').on(t.userId), index('study_sittings_org_idx').on(t.orgUnitId)],
);

/** The candidate's latest answer to one question of a sitting (auto-saved on every change). */
export const studyAnswers = pgTable(
  'study_answers',
  {
    sittingId: uuid('sitting_id').notNull(),
    questionId: uuid('question_id').notNull(),
    answer: text('answer').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('study_answers_pk').on(t.sittingId, t.questionId)],
);
