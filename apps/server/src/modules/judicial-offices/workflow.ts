import { ratingWorkflow, starLevelOf, type RatingState } from '@fazhi/core/judicial-offices';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { ratingRegister } from './registers.js';
import { checklistFor, itemFacts, thresholdsFor } from './standards.js';
import { judicialOffices, judicialRatingScores } from './tables.js';

type Score = { itemId: string; score: number };
const total = (scores: Score[]) => scores.reduce((t, s) => t + s.score, 0);

/** Writes one column of the score sheet (self or district), item by item. */
async function writeScores(tx: Db, ratingId: string, scores: Score[], column: 'selfScore' | 'districtScore') {
  for (const s of scores) {
    await tx
      .insert(judicialRatingScores)
      .values({ ratingId, itemId: s.itemId, [column]: s.score })
      .onConflictDoUpdate({ target: [judicialRatingScores.ratingId, judicialRatingScores.itemId], set: { [column]: s.score } });
  }
  return [{ field: column === 'selfScore' ? 'selfScores' : 'districtScores', from: null, to: scores }];
}

/** 自评 → 区级评定 → 已评定 → 已确定 on the rating register; the confirmed level is copied to the office's profile. */
export const ratingFlow = bindWorkflow({
  workflow: ratingWorkflow,
  register: ratingRegister,
  facts: async (db, row) => ({ state: row.state as RatingState, items: itemFacts(await checklistFor(db, row.orgUnitId, Number(row.year))) }),
  values: {
    submit: ({ input }) => ({ selfTotal: total(input.scores) }),
    assess: async ({ tx, before, input, facts }) => {
      const maxTotal = facts.items.reduce((t, i) => t + i.maxPoints, 0);
      const districtTotal = total(input.scores);
      // Proposed here; 确定 fixes it with the thresholds in force then.
      const level = starLevelOf(districtTotal, maxTotal, await thresholdsFor(tx, before.orgUnitId, Number(before.year)));
      return { districtTotal, maxTotal, starLevel: String(level) };
    },
    confirm: async ({ tx, before, facts }) => {
      const maxTotal = facts.items.reduce((t, i) => t + i.maxPoints, 0);
      const level = starLevelOf(Number(before.districtTotal), maxTotal, await thresholdsFor(tx, before.orgUnitId, Number(before.year)));
      return { maxTotal, starLevel: String(level) };
    },
  },
  after: {
    submit: ({ tx, before, input }) => writeScores(tx, before.id, input.scores, 'selfScore'),
    assess: ({ tx, before, input }) => writeScores(tx, before.id, input.scores, 'districtScore'),
    // The profile shows the latest confirmed level: a later year's confirmation replaces an earlier one, not the reverse.
    confirm: async ({ tx, before, values }) => {
      await tx
        .update(judicialOffices)
        .set({ starLevel: String(values.starLevel) })
        .where(
          and(
            eq(judicialOffices.orgUnitId, before.orgUnitId),
            isNull(judicialOffices.deletedAt),
            sql`not exists (select 1 from judicial_ratings r where r.org_unit_id = ${before.orgUnitId} and r.state = 'confirmed' and r.year > ${Number(before.year)} and r.deleted_at is null)`,
          ),
        );
      return [];
    },
  },
  summary: (name, values, input) =>
    name === 'returnForRevision' ? `退回重新自评：${String(input.reason)}` : name === 'confirm' ? `确定星级：${String(values.starLevel)}星级` : ratingWorkflow.steps[name].label,
});
