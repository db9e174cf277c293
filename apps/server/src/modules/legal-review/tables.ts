import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

const day = (name: string) => date(name, { mode: 'string' });

/**
 * 合法性审核/审查 requests of every kind. `orgUnitId` is the submitting unit (its scope decides who sees the
 * request); reviewers are assignees and see it whatever their scope. `subjectId` links the document or decision.
 */
export const legalReviewRequests = pgTable(
  'legal_review_requests',
  {
    ...businessColumns(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: uuid('subject_id'),
    title: text('title').notNull(),
    receivedOn: day('received_on').notNull(),
    dueOn: day('due_on').notNull(),
    /** Working days the clock stood still while the submitting unit supplied materials (补充材料). */
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    state: text('state').notNull().default('received'),
    opinion: text('opinion'),
    opinionText: text('opinion_text'),
    concludedOn: day('concluded_on'),
    concludedLate: boolean('concluded_late').notNull().default(false),
    /** Whether a 法律顾问 or 公职律师 took part (mandatory for major decisions). */
    adviserTookPart: boolean('adviser_took_part').notNull().default(false),
    adviserNames: text('adviser_names'),
    adopted: boolean('adopted'),
    adoptionNote: text('adoption_note'),
    note: text('note'),
    /** 合同相对方 (contracts only). */
    counterparty: text('counterparty'),
    /** 合同金额 in 元 (contracts only). */
    contractAmount: numeric('contract_amount', { precision: 14, scale: 2, mode: 'number' }),
    handlerName: text('handler_name'),
    /** The adviser chosen from the roster (legal-advisers register). */
    adviserId: uuid('adviser_id'),
    /** The submitter asked for an adviser; the reviewing organ assigns one. */
    adviserRequested: boolean('adviser_requested').notNull().default(false),
    /** 送审材料 ticked on the kind's checklist (codes of core materials.ts). */
    materials: jsonb('materials').$type<string[]>().notNull().default([]),
    /** 认定 whether a draft sent as a 规范性文件 is one. */
    determinedOn: day('determined_on'),
    determinationNote: text('determination_note'),
    /** 合法性审核意见书 number 〔year〕第seq号, per reviewing organ and year, given once at conclusion. */
    opinionOrgUnitId: uuid('opinion_org_unit_id'),
    opinionYear: integer('opinion_year'),
    opinionSeq: integer('opinion_seq'),
    opinionNumber: text('opinion_number'),
    /** The open or last request for materials: the clock stands still from this day. */
    supplementRequestedOn: day('supplement_requested_on'),
    supplementNote: text('supplement_note'),
    extensionReason: text('extension_reason'),
    /** 退回/不予审核: no opinion was given (`returnKind` from `returnKinds`). */
    returnKind: text('return_kind'),
    returnedOn: day('returned_on'),
    returnReason: text('return_reason'),
    withdrawnOn: day('withdrawn_on'),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [
    index('legal_review_requests_org_idx').on(t.orgUnitId),
    index('legal_review_requests_subject_idx').on(t.subjectKind, t.subjectId),
    index('legal_review_requests_received_idx').on(t.receivedOn),
    index('legal_review_requests_concluded_idx').on(t.concludedOn),
    index('legal_review_requests_state_due_idx').on(t.state, t.dueOn),
    uniqueIndex('legal_review_requests_opinion_number_unique').on(t.opinionOrgUnitId, t.opinionYear, t.opinionSeq),
  ],
);

/** The last 意见书 number given per reviewing organ and year, locked by the transaction that concludes a review. */
export const legalReviewOpinionCounters = pgTable(
  'legal_review_opinion_counters',
  {
    orgUnitId: uuid('org_unit_id').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.year] })],
);
