import { deadlineRules, dueDate } from '@fazhi/core';
import {
  campaignWorkflow,
  cleanupConclusions,
  documentExpiry,
  documentWorkflow,
  isProvisional,
  validityOf,
  type CampaignFacts,
  type CleanupConclusion,
  type DocumentFacts,
  type DocumentState,
} from '@fazhi/core/normative-docs';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { readConditions } from '../../platform/register/service.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { reviewConclusion, reviewPassed, type ReviewConclusion } from '../legal-review/subjects.js';
import { allocateSequence, formatDocNumber } from './numbering.js';
import { campaignRegister, documentRegister } from './registers.js';
import { normativeDocCampaignItems as items, normativeDocComments, normativeDocuments as d } from './tables.js';

/**
 * `returned`: the draft went back for changes (退回修改). The review request whose opinion was of that draft
 * (`reviewId`) no longer counts; any later request does, even one concluded the same day as the return. Records
 * returned before the request was kept fall back to the day: a review concluded before it was of the old draft.
 */
export function reviewStatus(c: ReviewConclusion | null, returned: { on: string | null; reviewId: string | null } = { on: null, reviewId: null }): DocumentFacts['review'] {
  if (!c) return 'none';
  if (returned.reviewId ? c.requestId === returned.reviewId : returned.on && c.concludedOn && c.concludedOn < returned.on) return 'none';
  if (c.state === 'notNormative') return 'notNormative';
  // Withdrawn or returned without an opinion (退回/不予审核): the document must be sent again.
  if (c.state === 'withdrawn' || c.state === 'returned') return 'none';
  if (reviewPassed(c)) return 'passed';
  return c.concludedOn ? 'failed' : 'pending';
}

async function unhandledComments(db: Db, id: string) {
  const [r] = await db
    .select({ n: count() })
    .from(normativeDocComments)
    .where(and(eq(normativeDocComments.documentId, id), isNull(normativeDocComments.deletedAt), isNull(normativeDocComments.handling)));
  return r?.n ?? 0;
}

function invalid(path: string, message: string): never {
  throw new AppError('validation', message, [{ path, message }]);
}

const text = (v: unknown) => (v as string | null | undefined) ?? null;

/** 立项 → … → 公布 → 备案 → 施行 → 评估/修改/废止/失效 on the document register. */
export const documentFlow = bindWorkflow({
  workflow: documentWorkflow,
  register: documentRegister,
  facts: async (db, row, today) => ({
    state: row.state as DocumentState,
    review: reviewStatus(await reviewConclusion(db, 'normativeDocument', row.id), { on: text(row.returnedOn), reviewId: text(row.returnedReviewId) }),
    filedOn: text(row.filedOn),
    concernsMarketEntities: Boolean(row.concernsMarketEntities),
    deliberationDecision: text(row.deliberationDecision),
    meetingOn: text(row.meetingOn),
    signedOn: text(row.signedOn),
    registrationNumber: text(row.registrationNumber),
    registeredOn: text(row.registeredOn),
    docNumber: text(row.docNumber),
    issuedOn: text(row.issuedOn),
    publishedOn: text(row.publishedOn),
    unhandledComments: await unhandledComments(db, row.id),
    publicCommentEndsOn: text(row.publicCommentEndsOn),
    today,
  }),
  values: {
    returnToDrafting: async ({ tx, before, today }) => ({ returnedOn: today, returnedReviewId: (await reviewConclusion(tx, 'normativeDocument', before.id))?.requestId ?? null }),
    register: async ({ tx, before, input }) => {
      const [dup] = await tx
        .select({ id: d.id })
        .from(d)
        .where(and(eq(d.registrationNumber, input.registrationNumber), ne(d.id, before.id), isNull(d.deletedAt)));
      if (dup) throw new AppError('duplicate', `登记号“${input.registrationNumber}”已用于另一件文件`);
      return {};
    },
    // 统一编号: the organ's next number of its 代字 and year, or the one given (numbering.ts), inside this transaction.
    issue: async ({ tx, before, input }) => {
      const year = Number(input.issuedOn.slice(0, 4));
      const prefix = String(before.numberPrefix);
      const seq = await allocateSequence(tx, { orgUnitId: before.orgUnitId, prefix, year }, input.numberSeq);
      return { numberYear: year, numberSeq: seq, docNumber: formatDocNumber(prefix, year, seq) };
    },
    publish: ({ input }) => ({ filingDueOn: dueDate(input.publishedOn, deadlineRules['normativeDocs.filing']) }),
    file: ({ before, input }) => ({ filedLate: input.filedOn > String(before.filingDueOn) }),
    enterIntoForce: ({ before, input }) => ({ expiresOn: documentExpiry(input.effectiveOn, isProvisional(String(before.title), Boolean(before.provisional))) }),
    // 继续有效 is 重新公布: a new validity period from the republication, so the daily job does not expire it on the old date.
    evaluate: ({ before, input }) => ({ expiresOn: documentExpiry(input.republishedOn, isProvisional(String(before.title), Boolean(before.provisional))) }),
    amend: async ({ tx, actor, before, input }) => {
      if (input.newVersionId === before.id) invalid('newVersionId', '新文件不能是本文件');
      const [next] = await tx
        .select({ id: d.id })
        .from(d)
        .where(readConditions(documentRegister, actor, [eq(d.id, input.newVersionId)]));
      if (!next) invalid('newVersionId', '所选新文件不存在');
      return {};
    },
  },
  derive: (row) => ({ validity: validityOf({ state: row.state as DocumentState, registrationNumber: text(row.registrationNumber) }) }),
  summary: (name, values) => (values.docNumber ? `${documentWorkflow.steps[name].label}：${String(values.docNumber)}` : documentWorkflow.steps[name].label),
});

const applied: Record<CleanupConclusion, { state: DocumentState | null; validity: string | null; summary: string }> = {
  valid: { state: null, validity: null, summary: '清理结论：继续有效' },
  amend: { state: 'amended', validity: 'superseded', summary: '清理结论：修改' },
  repeal: { state: 'repealed', validity: 'repealed', summary: '清理结论：废止' },
  expire: { state: 'expired', validity: 'expired', summary: '清理结论：宣布失效' },
};

/** 完成清理 applies every conclusion to its document (audited per document); 公布 exposes the result lists publicly. */
export const campaignFlow = bindWorkflow({
  workflow: campaignWorkflow,
  register: campaignRegister,
  facts: async (db, row): Promise<CampaignFacts> => {
    const [open] = await db
      .select({ n: count() })
      .from(items)
      .where(and(eq(items.campaignId, row.id), isNull(items.conclusion)));
    return { state: row.state as CampaignFacts['state'], unconcluded: open?.n ?? 0 };
  },
  after: {
    close: async ({ tx, actor, before: campaign, input }) => {
      const list = await tx.select().from(items).where(eq(items.campaignId, campaign.id));
      for (const item of list) {
        const [doc] = await tx
          .select()
          .from(d)
          .where(and(eq(d.id, item.documentId), isNull(d.deletedAt)))
          .for('update');
        if (doc?.state !== 'inForce') throw new AppError('conflict', `《${doc?.title ?? item.documentId}》已不在施行状态，请重新确认其清理结论`);
        const effect = applied[item.conclusion as CleanupConclusion];
        const note = `${String(campaign.name)}：${cleanupConclusions.label(item.conclusion)}。${item.reason ?? ''}`;
        const values: Record<string, unknown> = effect.state
          ? { state: effect.state, validity: effect.validity, endedOn: input.closedOn, endReason: note, newVersionId: item.newVersionId }
          : // 继续有效 = 重新公布 with the cleanup's result: a new validity period from the day the conclusions take effect.
            {
              evaluatedOn: input.closedOn,
              evaluationNote: note,
              republishedOn: input.closedOn,
              expiresOn: documentExpiry(input.closedOn, isProvisional(String(doc.title), Boolean(doc.provisional))),
            };
        await tx
          .update(d)
          .set({ ...values, version: doc.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
          .where(eq(d.id, doc.id));
        await tx.update(items).set({ appliedOn: input.closedOn }).where(eq(items.id, item.id));
        await recordAudit(tx, auditActorOf(actor), {
          action: `cleanup.${String(item.conclusion)}`,
          entityType: documentRegister.spec.entity,
          entityId: doc.id,
          summary: effect.summary,
          changes: diffFields(doc, values),
        });
      }
      return [];
    },
  },
});
