import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, createdAt, id } from '../../platform/db/columns.js';

const day = (name: string) => date(name, { mode: 'string' });

/** 行政规范性文件: one row per document, its workflow steps as columns. `orgUnitId` is the issuing organ (制定机关). */
export const normativeDocuments = pgTable(
  'normative_documents',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    numberPrefix: text('number_prefix').notNull(),
    proposedOn: day('proposed_on').notNull(),
    proposalReason: text('proposal_reason'),
    concernsMarketEntities: boolean('concerns_market_entities').notNull().default(false),
    provisional: boolean('provisional').notNull().default(false),
    state: text('state').notNull().default('proposed'),
    validity: text('validity').notNull().default('inProgress'),
    draftingUnitName: text('drafting_unit_name'),
    draftingNotes: text('drafting_notes'),
    publicCommentStartsOn: day('public_comment_starts_on'),
    publicCommentEndsOn: day('public_comment_ends_on'),
    returnReason: text('return_reason'),
    /** The day the draft went back for changes (退回修改). */
    returnedOn: day('returned_on'),
    /** The review request whose opinion was of the returned draft: it no longer counts; a later request does, even the same day. */
    returnedReviewId: uuid('returned_review_id'),
    meetingName: text('meeting_name'),
    meetingOn: day('meeting_on'),
    deliberationDecision: text('deliberation_decision'),
    deliberationNote: text('deliberation_note'),
    signedOn: day('signed_on'),
    signerName: text('signer_name'),
    registrationNumber: text('registration_number'),
    registeredOn: day('registered_on'),
    numberYear: integer('number_year'),
    numberSeq: integer('number_seq'),
    docNumber: text('doc_number'),
    issuedOn: day('issued_on'),
    publishedOn: day('published_on'),
    publicationChannel: text('publication_channel'),
    filingDueOn: day('filing_due_on'),
    filedOn: day('filed_on'),
    filedWith: text('filed_with'),
    filedLate: boolean('filed_late').notNull().default(false),
    effectiveOn: day('effective_on'),
    expiresOn: day('expires_on'),
    evaluatedOn: day('evaluated_on'),
    /** 重新公布 after an evaluation or cleanup concluded 继续有效: the new validity period runs from this day. */
    republishedOn: day('republished_on'),
    evaluationNote: text('evaluation_note'),
    endedOn: day('ended_on'),
    endReason: text('end_reason'),
    newVersionId: uuid('new_version_id'),
    fullText: text('full_text'),
    note: text('note'),
  },
  (t) => [
    index('normative_documents_org_idx').on(t.orgUnitId),
    index('normative_documents_state_idx').on(t.state, t.expiresOn),
    index('normative_documents_published_idx').on(t.publishedOn),
    // 统一编号: one sequence per issuing organ, 发文代字 and year; the counter row hands numbers out, this index guards them.
    uniqueIndex('normative_documents_number_unique').on(t.orgUnitId, t.numberPrefix, t.numberYear, t.numberSeq),
  ],
);

/** The highest sequence number used per issuing organ, 发文代字 and year, locked by the transaction that numbers a document. */
export const normativeDocNumberCounters = pgTable(
  'normative_doc_number_counters',
  {
    orgUnitId: uuid('org_unit_id').notNull(),
    numberPrefix: text('number_prefix').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.numberPrefix, t.year] })],
);

/**
 * 备案审查登记: a document recorded when it reaches the 备案审查 desk (or is found in a 清理/督察), whether or not it
 * went through this platform. It is the base of the 合法性审核率: a document issued without review shows as a gap.
 */
export const normativeDocIntakes = pgTable(
  'normative_doc_intakes',
  {
    ...businessColumns(),
    title: text('title').notNull(),
    docNumber: text('doc_number').notNull(),
    publishedOn: day('published_on').notNull(),
    receivedOn: day('received_on').notNull(),
    /** The document's record on the platform, when it has one. */
    documentId: uuid('document_id'),
    source: text('source').notNull(),
    note: text('note'),
  },
  (t) => [index('normative_doc_intakes_org_idx').on(t.orgUnitId), index('normative_doc_intakes_received_idx').on(t.receivedOn), index('normative_doc_intakes_document_idx').on(t.documentId)],
);

/** Comments received during public consultation, with how each was handled. */
export const normativeDocComments = pgTable(
  'normative_doc_comments',
  {
    id: id(),
    documentId: uuid('document_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    commenter: text('commenter').notNull(),
    receivedOn: day('received_on').notNull(),
    content: text('content').notNull(),
    handling: text('handling'),
    handlingReason: text('handling_reason'),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('normative_doc_comments_doc_idx').on(t.documentId)],
);

/** 清理 campaigns: scope (issuing organs × publication dates) and their result lists once closed. */
export const normativeDocCampaigns = pgTable(
  'normative_doc_campaigns',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    issuingUnitIds: jsonb('issuing_unit_ids').$type<string[]>().notNull(),
    scopeFrom: day('scope_from').notNull(),
    scopeTo: day('scope_to').notNull(),
    startedOn: day('started_on').notNull(),
    endsOn: day('ends_on').notNull(),
    state: text('state').notNull().default('open'),
    closedOn: day('closed_on'),
    publishedOn: day('published_on'),
    note: text('note'),
  },
  (t) => [index('normative_doc_campaigns_org_idx').on(t.orgUnitId)],
);

/** One document in a campaign and its conclusion; `orgUnitId` is the document's, so indicators scope by issuing organ. */
export const normativeDocCampaignItems = pgTable(
  'normative_doc_campaign_items',
  {
    id: id(),
    campaignId: uuid('campaign_id').notNull(),
    documentId: uuid('document_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    conclusion: text('conclusion'),
    reason: text('reason'),
    newVersionId: uuid('new_version_id'),
    /** The day the conclusion took effect (the campaign's close). */
    appliedOn: day('applied_on'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('normative_doc_campaign_items_unique').on(t.campaignId, t.documentId), index('normative_doc_campaign_items_applied_idx').on(t.appliedOn)],
);
