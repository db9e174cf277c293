/** Points per group of the rubric (domain-research §1.7: 卷面 20, 内容 80); deductions stop at 0 within a group. */
export const groupPoints = { form: 20, substance: 80 } as const;
/** Grade thresholds: district settings (河南 grouping 优秀/合格/不合格). */
export const gradeThresholds = { excellent: 90, passed: 60 } as const;

export type RubricItem = { id: string; group: string; maxDeduction: number };
export type ItemScore = { itemId: string; deduction: number; vetoed?: boolean };

/** One reviewer's score of a file: 0 with a veto, else 20 − form deductions + 80 − substance deductions, each floored at 0. */
export function reviewerScore(rubric: readonly RubricItem[], scores: readonly ItemScore[]): { score: number; vetoed: boolean } {
  const byId = new Map(rubric.map((i) => [i.id, i]));
  let vetoed = false;
  const lost = { form: 0, substance: 0 };
  for (const s of scores) {
    const item = byId.get(s.itemId);
    if (!item) continue;
    if (item.group === 'veto') vetoed ||= Boolean(s.vetoed);
    else if (item.group === 'form' || item.group === 'substance') lost[item.group] += Math.min(s.deduction, item.maxDeduction);
  }
  if (vetoed) return { score: 0, vetoed };
  return { score: Math.max(0, groupPoints.form - lost.form) + Math.max(0, groupPoints.substance - lost.substance), vetoed };
}

export type ReviewerResult = { score: number; vetoed: boolean; scores: readonly ItemScore[] };

/**
 * The file's score by the campaign's rule, null while it cannot be set. 'mean': every assigned reviewer has scored,
 * the mean of their scores (one decimal), 0 when most of them vetoed. 'consensus': every assigned reviewer gave the same
 * deductions and vetoes item by item; until they agree the file waits for 合议.
 */
export function fileScore(rule: string, assigned: number, results: readonly ReviewerResult[]): number | null {
  if (assigned === 0 || results.length < assigned) return null;
  if (rule === 'consensus') {
    const key = (r: ReviewerResult) =>
      JSON.stringify(
        [...r.scores]
          .filter((s) => s.deduction > 0 || s.vetoed)
          .map((s) => [s.itemId, s.deduction, Boolean(s.vetoed)])
          .sort(),
      );
    return results.every((r) => key(r) === key(results[0]!)) ? results[0]!.score : null;
  }
  if (results.filter((r) => r.vetoed).length * 2 > results.length) return 0;
  return Math.round((results.reduce((s, r) => s + r.score, 0) / results.length) * 10) / 10;
}

export function gradeOf(score: number | null): 'excellent' | 'passed' | 'failed' | null {
  if (score === null) return null;
  return score >= gradeThresholds.excellent ? 'excellent' : score >= gradeThresholds.passed ? 'passed' : 'failed';
}
