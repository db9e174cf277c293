import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, createdAt, id } from '../../platform/db/columns.js';

const day = (name: string) => date(name, { mode: 'string' });

/** 决策事项目录 of one decision organ (`orgUnitId`) and year: 草拟 → 审定 (after the Party committee agreed) → 公布. */
export const decisionCatalogues = pgTable(
  'decision_catalogues',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    state: text('state').notNull().default('draft'),
    itemCount: integer('item_count').notNull().default(0),
    approvedOn: day('approved_on'),
    partyCommitteeAgreedOn: day('party_committee_agreed_on'),
    partyCommitteeNote: text('party_committee_note'),
    publishedOn: day('published_on'),
    channel: text('channel'),
    note: text('note'),
  },
  (t) => [index('decision_catalogues_org_year_idx').on(t.orgUnitId, t.year)],
);

/** Items carry the catalogue's organ and year, so indicators scope and date them without a join. */
export const decisionCatalogueItems = pgTable(
  'decision_catalogue_items',
  {
    id: id(),
    catalogueId: uuid('catalogue_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    yearStart: day('year_start').notNull(),
    ordinal: integer('ordinal').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    leadUnitId: uuid('lead_unit_id').notNull(),
    plannedQuarter: text('planned_quarter').notNull(),
    /** The decision record started on this item. */
    decisionId: uuid('decision_id'),
    createdAt: createdAt(),
  },
  (t) => [index('decision_catalogue_items_catalogue_idx').on(t.catalogueId), index('decision_catalogue_items_lead_idx').on(t.leadUnitId)],
);

/**
 * A major decision; `orgUnitId` is its 承办单位. Each procedure step is a group of typed columns rather than a generic
 * step table: every step has its own fields, and guards and indicators query them directly (a comment period's dates,
 * a risk level), so the database types and indexes them. Steps that repeat (expert opinions, members' opinions,
 * execution reports) are child tables. 合法性审查 lives in legal review and is looked up, never copied.
 */
export const majorDecisions = pgTable(
  'major_decisions',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    startedOn: day('started_on').notNull(),
    catalogueItemId: uuid('catalogue_item_id'),
    catalogueItemTitle: text('catalogue_item_title'),
    summary: text('summary'),
    note: text('note'),
    state: text('state').notNull().default('preparing'),
    // 公众参与
    publicCommentStatus: text('public_comment_status').notNull().default('pending'),
    /** The 条例第十四条 forms used (participationForms codes). */
    commentForms: text('comment_forms').array(),
    commentStartOn: day('comment_start_on'),
    commentEndOn: day('comment_end_on'),
    commentChannel: text('comment_channel'),
    commentsReceived: integer('comments_received'),
    commentHandling: text('comment_handling'),
    commentShortReason: text('comment_short_reason'),
    publicCommentNaReason: text('public_comment_na_reason'),
    // 听证
    hearingStatus: text('hearing_status').notNull().default('pending'),
    hearingOn: day('hearing_on'),
    hearingMaterialsSentOn: day('hearing_materials_sent_on'),
    hearingParticipants: integer('hearing_participants'),
    hearingSummary: text('hearing_summary'),
    hearingNaReason: text('hearing_na_reason'),
    // 专家论证 (opinions in decision_expert_opinions)
    expertReviewStatus: text('expert_review_status').notNull().default('pending'),
    expertReviewedOn: day('expert_reviewed_on'),
    expertReviewSummary: text('expert_review_summary'),
    expertReviewNaReason: text('expert_review_na_reason'),
    // 风险评估
    riskAssessmentStatus: text('risk_assessment_status').notNull().default('pending'),
    riskAssessedOn: day('risk_assessed_on'),
    riskAssessor: text('risk_assessor'),
    riskLevel: text('risk_level'),
    riskPoints: text('risk_points'),
    riskMeasures: text('risk_measures'),
    riskAssessmentNaReason: text('risk_assessment_na_reason'),
    /** The day the decision was made, at a meeting or without one: the base date of the decision rates. */
    decidedOn: day('decided_on'),
    // 集体讨论决定 (members' opinions in decision_member_opinions)
    meetingType: text('meeting_type'),
    meetingName: text('meeting_name'),
    meetingOn: day('meeting_on'),
    headName: text('head_name'),
    outcome: text('outcome'),
    departsFromMajority: boolean('departs_from_majority').notNull().default(false),
    departureReason: text('departure_reason'),
    // Reached without collective deliberation (recorded as found; meetingType stays null)
    undeliberatedForm: text('undeliberated_form'),
    undeliberatedNote: text('undeliberated_note'),
    // 公布
    publishedOn: day('published_on'),
    publicationChannel: text('publication_channel'),
    documentNumber: text('document_number'),
    adoptionExplanation: text('adoption_explanation'),
    // 决策后评估
    postEvaluationStatus: text('post_evaluation_status').notNull().default('pending'),
    evaluatedOn: day('evaluated_on'),
    evaluationTrigger: text('evaluation_trigger'),
    evaluator: text('evaluator'),
    evaluationConclusion: text('evaluation_conclusion'),
    postEvaluationNaReason: text('post_evaluation_na_reason'),
    // 归档
    archiveStatus: text('archive_status').notNull().default('pending'),
    archivedOn: day('archived_on'),
    archiveNumber: text('archive_number'),
    closedOn: day('closed_on'),
  },
  (t) => [
    index('major_decisions_org_idx').on(t.orgUnitId),
    index('major_decisions_meeting_idx').on(t.meetingOn),
    index('major_decisions_decided_idx').on(t.decidedOn),
    index('major_decisions_started_idx').on(t.startedOn),
    index('major_decisions_item_idx').on(t.catalogueItemId),
  ],
);

export const decisionExpertOpinions = pgTable(
  'decision_expert_opinions',
  {
    id: id(),
    decisionId: uuid('decision_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    affiliation: text('affiliation').notNull(),
    opinion: text('opinion').notNull(),
    signedOn: day('signed_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('decision_expert_opinions_decision_idx').on(t.decisionId)],
);

/** Each member's opinion verbatim, dissent included (条例第三十条; 第三十八条 reduces the liability of who dissented). */
export const decisionMemberOpinions = pgTable(
  'decision_member_opinions',
  {
    id: id(),
    decisionId: uuid('decision_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    memberName: text('member_name').notNull(),
    post: text('post').notNull(),
    stance: text('stance').notNull(),
    statement: text('statement').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('decision_member_opinions_decision_idx').on(t.decisionId)],
);

/** 决策执行情况报告 from the execution unit (条例第三十四条). */
export const decisionExecutionReports = pgTable(
  'decision_execution_reports',
  {
    id: id(),
    decisionId: uuid('decision_id').notNull(),
    reportedOn: day('reported_on').notNull(),
    reportingUnit: text('reporting_unit').notNull(),
    content: text('content').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('decision_execution_reports_decision_idx').on(t.decisionId)],
);

/** 街道 "三重一大" and other 重大事项; `orgUnitId` is the 街道. */
export const subdistrictMatters = pgTable(
  'subdistrict_matters',
  {
    ...businessColumns(),
    subject: text('subject').notNull(),
    category: text('category').notNull(),
    proposedOn: day('proposed_on').notNull(),
    summary: text('summary'),
    note: text('note'),
    state: text('state').notNull().default('pending'),
    meetingOn: day('meeting_on'),
    meetingName: text('meeting_name'),
    decisionText: text('decision_text'),
    judicialOfficeHeadAttended: boolean('judicial_office_head_attended'),
    /** Set when the meeting decided a 涉法事项 without a passed legality review: the circumstances, as recorded. */
    unreviewedNote: text('unreviewed_note'),
  },
  (t) => [index('subdistrict_matters_org_idx').on(t.orgUnitId), index('subdistrict_matters_meeting_idx').on(t.meetingOn)],
);
