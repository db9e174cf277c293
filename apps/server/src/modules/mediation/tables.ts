import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, createdAt, id } from '../../platform/db/columns.js';

// Tables of 人民调解 (mediation).
const day = (name: string) => date(name, { mode: 'string' });

/** 人民调解委员会: one per org unit (a 街道's committee unit or a 村(社区)); its disputes and mediators carry that unit. */
export const mediationCommittees = pgTable(
  'mediation_committees',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    address: text('address').notNull(),
    officePhone: text('office_phone').notNull(),
    establishedOn: day('established_on').notNull(),
    termStartOn: day('term_start_on').notNull(),
    termEndOn: day('term_end_on').notNull(),
    note: text('note'),
  },
  (t) => [index('mediation_committees_org_idx').on(t.orgUnitId), index('mediation_committees_level_idx').on(t.level)],
);

/** 人民调解员 (committee members and hired mediators); the phone is SM4-encrypted with a masked copy. */
export const mediationMediators = pgTable(
  'mediation_mediators',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    position: text('position').notNull(),
    committeeName: text('committee_name').notNull().default(''),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    trainings: text('trainings'),
    leftOn: day('left_on'),
    note: text('note'),
  },
  (t) => [index('mediation_mediators_org_idx').on(t.orgUnitId)],
);

/** Honours of a mediator (调解能手, 先进工作者 …) at a level and year. */
export const mediationHonours = pgTable(
  'mediation_honours',
  {
    ...businessColumns(),
    mediatorId: uuid('mediator_id').notNull(),
    mediatorName: text('mediator_name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    year: integer('year').notNull(),
    awardedOn: day('awarded_on').notNull(),
    awardedBy: text('awarded_by').notNull(),
    note: text('note'),
  },
  (t) => [index('mediation_honours_org_idx').on(t.orgUnitId), index('mediation_honours_awarded_idx').on(t.awardedOn), index('mediation_honours_mediator_idx').on(t.mediatorId)],
);

/** 矛盾纠纷排查化解专项活动: disputes found in it link to it. */
export const mediationCampaigns = pgTable(
  'mediation_campaigns',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    startOn: day('start_on').notNull(),
    endOn: day('end_on').notNull(),
    focus: text('focus'),
    note: text('note'),
  },
  (t) => [index('mediation_campaigns_org_idx').on(t.orgUnitId), index('mediation_campaigns_start_idx').on(t.startOn)],
);

/** One dispute brought to a committee, from intake to 回访/结案. */
export const mediationDisputes = pgTable(
  'mediation_disputes',
  {
    ...businessColumns(),
    caseNumber: text('case_number').notNull(),
    committeeName: text('committee_name').notNull().default(''),
    receivedOn: day('received_on').notNull(),
    disputeType: text('dispute_type').notNull(),
    source: text('source').notNull(),
    campaignId: uuid('campaign_id'),
    campaignTitle: text('campaign_title'),
    summary: text('summary').notNull(),
    mediatorNames: text('mediator_names').notNull(),
    partyNames: text('party_names').notNull().default(''),
    smartSystemEntered: boolean('smart_system_entered').notNull().default(false),
    smartSystemNumber: text('smart_system_number'),
    state: text('state').notNull().default('received'),
    startedOn: day('started_on'),
    sessionCount: integer('session_count').notNull().default(0),
    outcome: text('outcome'),
    concludedOn: day('concluded_on'),
    agreementForm: text('agreement_form'),
    agreementContent: text('agreement_content'),
    agreementEffectiveOn: day('agreement_effective_on'),
    performanceDueOn: day('performance_due_on'),
    /** Derived: the last day of the 30-day 司法确认 window (人民调解法 第33条). */
    confirmationDueOn: day('confirmation_due_on'),
    confirmationAppliedOn: day('confirmation_applied_on'),
    confirmationCourt: text('confirmation_court'),
    confirmationResult: text('confirmation_result'),
    confirmationDecidedOn: day('confirmation_decided_on'),
    failureAdvice: text('failure_advice'),
    failureNote: text('failure_note'),
    followUpOn: day('follow_up_on'),
    performance: text('performance'),
    followUpNote: text('follow_up_note'),
    closedOn: day('closed_on'),
    typicalCase: boolean('typical_case').notNull().default(false),
    typicalTitle: text('typical_title'),
    typicalSelectedIn: text('typical_selected_in'),
    typicalSelectedOn: day('typical_selected_on'),
    typicalWriteUp: text('typical_write_up'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('mediation_disputes_number_idx').on(t.caseNumber),
    index('mediation_disputes_org_idx').on(t.orgUnitId),
    index('mediation_disputes_received_idx').on(t.receivedOn),
    index('mediation_disputes_concluded_idx').on(t.concludedOn),
    index('mediation_disputes_state_due_idx').on(t.state, t.confirmationDueOn),
    index('mediation_disputes_campaign_idx').on(t.campaignId),
  ],
);

/** Parties: ID numbers and phones SM4-encrypted, with masked copies for display. */
export const mediationParties = pgTable(
  'mediation_parties',
  {
    id: id(),
    disputeId: uuid('dispute_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    createdAt: createdAt(),
  },
  (t) => [index('mediation_parties_dispute_idx').on(t.disputeId)],
);

/** 调解工作记录 (人民调解法 第27条): one row per session. */
export const mediationSessions = pgTable(
  'mediation_sessions',
  {
    id: id(),
    disputeId: uuid('dispute_id').notNull(),
    heldOn: day('held_on').notNull(),
    content: text('content').notNull(),
    recordedBy: text('recorded_by'),
    createdAt: createdAt(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('mediation_sessions_dispute_idx').on(t.disputeId)],
);
