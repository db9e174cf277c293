import { boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
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
    handlerName: text('handler_name'),
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
  ],
);
