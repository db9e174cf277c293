import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, bytea, createdAt, id } from '../../platform/db/columns.js';

const day = (name: string) => date(name, { mode: 'string' });

export const litigationCases = pgTable(
  'litigation_cases',
  {
    ...businessColumns(),
    caseNumber: text('case_number').notNull(),
    court: text('court').notNull(),
    instance: text('instance').notNull(),
    litigationRole: text('litigation_role').notNull().default('defendant'),
    cause: text('cause').notNull(),
    disputeArea: text('dispute_area').notNull(),
    complaintReceivedOn: day('complaint_received_on').notNull(),
    defenceDueOn: day('defence_due_on').notNull(),
    defenceSubmittedOn: day('defence_submitted_on'),
    defenceLate: boolean('defence_late').notNull().default(false),
    preSuitMediation: text('pre_suit_mediation').notNull().default('notTried'),
    state: text('state').notNull().default('received'),
    outcome: text('outcome'),
    /** The outcome in force (二审 维持 keeps the 一审's); 败诉 is judged by it. */
    effectiveOutcome: text('effective_outcome'),
    lost: boolean('lost').notNull().default(false),
    closedOn: day('closed_on'),
    servedOn: day('served_on'),
    appealDueOn: day('appeal_due_on'),
    judgmentSummary: text('judgment_summary'),
    appealedOn: day('appealed_on'),
    appellant: text('appellant'),
    /** 二审 answer when the other party appealed (法释〔2018〕1号 第108条). */
    appealCopyReceivedOn: day('appeal_copy_received_on'),
    appealAnswerDueOn: day('appeal_answer_due_on'),
    appealAnswerSubmittedOn: day('appeal_answer_submitted_on'),
    appealAnswerLate: boolean('appeal_answer_late').notNull().default(false),
    /** When the decision in force took (or takes) effect; derived on every write (see effectiveOn in core). */
    effectiveOn: day('effective_on'),
    /** 履行 (第94条) and the court's measures against refusal (第96条), one line per measure with its date. */
    performanceDueOn: day('performance_due_on'),
    performedOn: day('performed_on'),
    performanceMode: text('performance_mode'),
    performanceNote: text('performance_note'),
    courtMeasures: text('court_measures'),
    judicialSuggestionReceived: boolean('judicial_suggestion_received').notNull().default(false),
    judicialSuggestionAnsweredOn: day('judicial_suggestion_answered_on'),
    handlerName: text('handler_name'),
    plaintiffNames: text('plaintiff_names').notNull().default(''),
    note: text('note'),
  },
  (t) => [
    // A unit's list in its default order, live rows only: the page is read off the index, ids included.
    index('litigation_cases_org_list_idx').on(t.orgUnitId, t.complaintReceivedOn.desc().nullsFirst(), t.id).where(sql`${t.deletedAt} is null`),
    index('litigation_cases_received_idx').on(t.complaintReceivedOn),
    index('litigation_cases_closed_idx').on(t.closedOn),
    index('litigation_cases_state_due_idx').on(t.state, t.defenceDueOn),
    index('litigation_cases_answer_due_idx').on(t.appealAnswerDueOn).where(sql`${t.appealAnswerSubmittedOn} is null`),
    index('litigation_cases_performance_due_idx').on(t.performanceDueOn).where(sql`${t.performedOn} is null`),
  ],
);

/** Plaintiffs: ID numbers stored SM4-encrypted, with a masked copy for lists. */
export const litigationPlaintiffs = pgTable(
  'litigation_plaintiffs',
  {
    id: id(),
    caseId: uuid('case_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    creditCode: text('credit_code'),
    createdAt: createdAt(),
  },
  (t) => [index('litigation_plaintiffs_case_idx').on(t.caseId)],
);

/** Hearings carry the case's unit, so indicators scope them like any other record. */
export const litigationHearings = pgTable(
  'litigation_hearings',
  {
    id: id(),
    caseId: uuid('case_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    heldOn: day('held_on').notNull(),
    leaderAppeared: boolean('leader_appeared').notNull(),
    leaderName: text('leader_name'),
    leaderPost: text('leader_post'),
    leaderType: text('leader_type'),
    substituteName: text('substitute_name'),
    substitutePost: text('substitute_post'),
    absenceReasonKind: text('absence_reason_kind'),
    absenceReason: text('absence_reason'),
    absenceProof: text('absence_proof'),
    noticeServedOn: day('notice_served_on'),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('litigation_hearings_case_idx').on(t.caseId), index('litigation_hearings_held_idx').on(t.heldOn)],
);

/**
 * One record per 审级 of a case (一审, 二审, 重审, 再审), each with its own 案号, court, judgment and dates: an appeal
 * adds a record and leaves the first instance as it was. The case row mirrors the latest one for lists.
 */
export const litigationProceedings = pgTable(
  'litigation_proceedings',
  {
    id: id(),
    caseId: uuid('case_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    instance: text('instance').notNull(),
    caseNumber: text('case_number').notNull(),
    court: text('court').notNull(),
    /** 收到起诉状副本 (一审), 上诉 (二审) or 重审立案 date. */
    startedOn: day('started_on').notNull(),
    appellant: text('appellant'),
    outcome: text('outcome'),
    amendedOutcome: text('amended_outcome'),
    decisionKind: text('decision_kind'),
    decidedOn: day('decided_on'),
    servedOn: day('served_on'),
    appealDueOn: day('appeal_due_on'),
    judgmentSummary: text('judgment_summary'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('litigation_proceedings_case_ordinal').on(t.caseId, t.ordinal)],
);

export const litigationObservations = pgTable(
  'litigation_observations',
  {
    ...businessColumns(),
    heldOn: day('held_on').notNull(),
    caseId: uuid('case_id'),
    title: text('title').notNull(),
    participants: integer('participants').notNull(),
    note: text('note'),
  },
  (t) => [index('litigation_observations_held_idx').on(t.heldOn)],
);

/** 司法建议 and 检察建议 received by a unit, with the reply deadline and the reply. */
export const litigationSuggestions = pgTable(
  'litigation_suggestions',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    issuer: text('issuer').notNull(),
    docNumber: text('doc_number').notNull(),
    caseId: uuid('case_id'),
    receivedOn: day('received_on').notNull(),
    urgent: boolean('urgent').notNull().default(false),
    replyDueOn: day('reply_due_on').notNull(),
    content: text('content').notNull(),
    repliedOn: day('replied_on'),
    replyLate: boolean('reply_late').notNull().default(false),
    replySummary: text('reply_summary'),
  },
  (t) => [index('litigation_suggestions_received_idx').on(t.receivedOn), index('litigation_suggestions_due_idx').on(t.replyDueOn)],
);

/** Monthly 行政应诉通报, generated on the 1st for the month before. */
export const litigationBulletins = pgTable(
  'litigation_bulletins',
  {
    id: id(),
    orgUnitId: uuid('org_unit_id').notNull(),
    month: text('month').notNull(),
    title: text('title').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    docx: bytea('docx').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('litigation_bulletins_unit_month').on(t.orgUnitId, t.month)],
);
