import { dueAfterPause, reviewWorkflow, type ReviewState, type ReviewSubjectKind } from '@fazhi/core/legal-review';
import { and, eq } from 'drizzle-orm';
import { assignments } from '../../platform/access/tables.js';
import { users } from '../../platform/auth/tables.js';
import type { Db } from '../../platform/db/client.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { allocateOpinionSeq, formatOpinionNumber, reviewingOrgan } from './opinion-number.js';
import { reviewRegister } from './registers.js';

/** Names of the 法律顾问/公职律师 assigned to the request. */
async function assignedAdvisers(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .select({ name: users.displayName })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(and(eq(assignments.entityType, reviewRegister.spec.entity), eq(assignments.entityId, id), eq(assignments.role, 'adviser')));
  return rows.map((x) => x.name);
}

/** 受理 → (认定) → 审核 ⇄ 补充材料 → 出具意见 → 采纳情况, 撤回, on the request register. */
export const reviewFlow = bindWorkflow({
  workflow: reviewWorkflow,
  register: reviewRegister,
  facts: async (db, row) => ({
    state: row.state as ReviewState,
    subjectKind: row.subjectKind as ReviewSubjectKind,
    receivedOn: String(row.receivedOn),
    dueOn: String(row.dueOn),
    pausedWorkingDays: Number(row.pausedWorkingDays),
    supplementRequestedOn: (row.supplementRequestedOn as string | null) ?? null,
    adopted: (row.adopted as boolean | null) ?? null,
    adviserTookPart: Boolean(row.adviserNames) || (await assignedAdvisers(db, row.id)).length > 0,
  }),
  values: {
    // The clock stood still from the request for materials until they were supplied.
    resumeReview: ({ before, input }) => {
      const { dueOn, paused } = dueAfterPause(String(before.dueOn), String(before.supplementRequestedOn), input.suppliedOn);
      return { dueOn, pausedWorkingDays: Number(before.pausedWorkingDays) + paused };
    },
    extend: ({ input }) => ({ dueOn: input.extendedDueOn }),
    // The roster adviser chosen on the request and the assigned advisers are who took part. The 意见书 gets the
    // reviewing organ's next number of the year, once: a concluded request is never concluded again.
    conclude: async ({ tx, before, input }) => {
      const names = [...new Set([...String(before.adviserNames ?? '').split('、'), ...(await assignedAdvisers(tx, before.id))].filter(Boolean))].join('、') || null;
      const organ = await reviewingOrgan(tx, before.orgUnitId);
      const year = Number(input.concludedOn.slice(0, 4));
      const seq = await allocateOpinionSeq(tx, organ.id, year);
      return {
        concludedLate: input.concludedOn > String(before.dueOn),
        adviserNames: names,
        adviserTookPart: Boolean(names),
        opinionOrgUnitId: organ.id,
        opinionYear: year,
        opinionSeq: seq,
        opinionNumber: formatOpinionNumber(year, seq),
      };
    },
  },
});
