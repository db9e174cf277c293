import { catalogueWorkflow, decisionWorkflow, departsFromMajority, matterNeedsReview, matterWorkflow, type CatalogueState, type MatterCategory, type MatterState } from '@fazhi/core/decisions';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { reviewConclusion, reviewPassed } from '../legal-review/subjects.js';
import { catalogueRegister, decisionRegister, matterRegister } from './registers.js';
import { decisionFacts } from './steps.js';
import { decisionExecutionReports, decisionMemberOpinions } from './tables.js';

async function executionReportCount(db: Db, id: string) {
  const [row] = await db
    .select({ n: count() })
    .from(decisionExecutionReports)
    .where(and(eq(decisionExecutionReports.decisionId, id), isNull(decisionExecutionReports.deletedAt)));
  return row?.n ?? 0;
}

/** 集体讨论决定 → 公布 → 办结 on the decision register; the guards read the linked review and the recorded steps. */
export const decisionFlow = bindWorkflow({
  workflow: decisionWorkflow,
  register: decisionRegister,
  facts: async (db, row) => decisionFacts(row, await reviewConclusion(db, 'majorDecision', row.id), await executionReportCount(db, row.id)),
  values: {
    deliberate: ({ input }) => ({
      departsFromMajority: departsFromMajority(
        input.members.map((m) => m.stance),
        input.outcome,
      ),
      departureReason: input.departureReason ?? null,
      decidedOn: input.meetingOn,
    }),
    // Recorded as found: the decision stands (so it is published and carried out), with no meeting and no members.
    recordUndeliberated: ({ input }) => ({ outcome: 'adopted', headName: input.decidedBy, undeliberatedForm: input.form, undeliberatedNote: input.explanation }),
    publish: ({ input }) => ({ publicationChannel: input.channel }),
  },
  after: {
    // Each member's opinion verbatim, in the order spoken.
    deliberate: async ({ tx, before, input }) => {
      await tx.delete(decisionMemberOpinions).where(eq(decisionMemberOpinions.decisionId, before.id));
      await tx.insert(decisionMemberOpinions).values(input.members.map((m, ordinal) => ({ ...m, decisionId: before.id, ordinal })));
      return [{ field: 'members', from: null, to: input.members.map((m) => `${m.memberName}：${m.statement}`).join('；') }];
    },
  },
});

/** 草拟 → 审定 → 公布 on the catalogue register. */
export const catalogueFlow = bindWorkflow({
  workflow: catalogueWorkflow,
  register: catalogueRegister,
  facts: (_db, row) => ({ state: row.state as CatalogueState, itemCount: Number(row.itemCount), approvedOn: (row.approvedOn as string | null) ?? null }),
});

/** 待会议决定 → 已决定 on the 街道 matter register, once its review passed (a withdrawn request does not count). */
export const matterFlow = bindWorkflow({
  workflow: matterWorkflow,
  register: matterRegister,
  facts: async (db, row) => {
    const review = await reviewConclusion(db, 'subdistrictMatter', row.id);
    return {
      state: row.state as MatterState,
      category: row.category as MatterCategory,
      reviewPassed: reviewPassed(review) && review?.state !== 'withdrawn',
      reviewConcludedOn: review?.concludedOn ?? null,
    };
  },
  values: {
    // The note is kept only where it tells of a gap: a 涉法事项 decided without a passed review.
    decide: ({ input, facts }) => ({ unreviewedNote: matterNeedsReview(facts.category) && !facts.reviewPassed ? (input.unreviewedNote ?? null) : null }),
  },
});
