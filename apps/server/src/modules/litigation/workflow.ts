import { appealDueOn, caseWorkflow, courtMeasures, decisionKindOf, effectiveOutcome, instances, type CaseState } from '@fazhi/core/litigation';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { caseRegister, derivedCaseFields } from './registers.js';
import { litigationProceedings } from './tables.js';

async function latestProceeding(tx: Db, caseId: string) {
  const [p] = await tx.select().from(litigationProceedings).where(eq(litigationProceedings.caseId, caseId)).orderBy(desc(litigationProceedings.ordinal)).limit(1);
  return p;
}

/** A new 审级's record (二审 on appeal, 一审 again on 发回重审); the ones before stay as they were. */
async function addProceeding(tx: Db, before: Record<string, unknown>, values: Pick<typeof litigationProceedings.$inferInsert, 'instance' | 'caseNumber' | 'court' | 'startedOn' | 'appellant'>) {
  const latest = await latestProceeding(tx, String(before.id));
  await tx.insert(litigationProceedings).values({ ...values, caseId: String(before.id), orgUnitId: String(before.orgUnitId), ordinal: (latest?.ordinal ?? -1) + 1 });
  return [{ field: 'proceedings', from: null, to: `${instances.label(values.instance)} ${values.caseNumber}` }];
}

/** 收案 → 答辩 → 审理 → 结案 → 上诉 → 结案 (→ 重审) → 归档 on the case register; each 审级 in litigation_proceedings. */
export const caseFlow = bindWorkflow({
  workflow: caseWorkflow,
  register: caseRegister,
  facts: (_db, row, today) => ({
    state: row.state as CaseState,
    instance: String(row.instance),
    judicialSuggestionReceived: Boolean(row.judicialSuggestionReceived),
    judicialSuggestionAnsweredOn: (row.judicialSuggestionAnsweredOn as string | null) ?? null,
    outcome: (row.outcome as string | null) ?? null,
    closedOn: (row.closedOn as string | null) ?? null,
    appealAnswerDueOn: (row.appealAnswerDueOn as string | null) ?? null,
    inForce: typeof row.effectiveOn === 'string' && row.effectiveOn <= today,
  }),
  values: {
    // 二审 维持 or 撤回上诉 leaves the 一审's outcome in force; 改判 replaces it; 发回重审 leaves none yet.
    close: ({ before, input }) => ({
      effectiveOutcome: effectiveOutcome((before.effectiveOutcome as string | null) ?? null, input.outcome, input.amendedOutcome),
      servedOn: input.servedOn ?? null,
    }),
    // Our own appeal leaves no answer to file; the other party's starts the 15 days from the copy received.
    appeal: ({ input }) => ({ instance: 'second', appealCopyReceivedOn: input.appellant === 'plaintiff' ? (input.appealCopyReceivedOn ?? null) : null, appealAnswerSubmittedOn: null }),
    retry: () => ({ instance: 'first', outcome: null, effectiveOutcome: null, closedOn: null, servedOn: null, judgmentSummary: null, performanceDueOn: null }),
    courtMeasure: ({ before, input }) => ({
      courtMeasures: [before.courtMeasures, `${input.measuredOn} ${courtMeasures.label(input.measure)}`].filter(Boolean).join('\n'),
    }),
  },
  derive: derivedCaseFields,
  after: {
    close: async ({ tx, before, input }) => {
      const latest = await latestProceeding(tx, String(before.id));
      if (!latest) return [];
      await tx
        .update(litigationProceedings)
        .set({
          outcome: input.outcome,
          amendedOutcome: input.outcome === 'amended' ? (input.amendedOutcome ?? null) : null,
          decisionKind: decisionKindOf(input.outcome),
          decidedOn: input.closedOn,
          servedOn: input.servedOn ?? null,
          appealDueOn: appealDueOn(input.outcome, input.servedOn, latest.instance),
          judgmentSummary: input.judgmentSummary ?? null,
        })
        .where(eq(litigationProceedings.id, latest.id));
      return [];
    },
    appeal: ({ tx, before, input }) => addProceeding(tx, before, { instance: 'second', caseNumber: input.caseNumber, court: input.court, startedOn: input.appealedOn, appellant: input.appellant }),
    retry: ({ tx, before, input }) => addProceeding(tx, before, { instance: 'first', caseNumber: input.caseNumber, court: input.court, startedOn: input.retrialFiledOn }),
  },
});
