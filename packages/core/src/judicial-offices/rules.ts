/**
 * 星级 thresholds in 百分制 (the share of the checklist's full marks). No national rule fixes them (the 司法部 and
 * the provinces leave 星级 to local schemes), so they are a district setting; these defaults apply to a year
 * for which the district has not set its own.
 */
export type StarThresholds = { oneStar: number; twoStar: number; threeStar: number; fourStar: number; fiveStar: number };
export const defaultStarThresholds: StarThresholds = { oneStar: 60, twoStar: 70, threeStar: 80, fourStar: 90, fiveStar: 95 };

/** Thresholds must rise with the level and stay within 0–100. */
export function thresholdProblems(t: Partial<StarThresholds>): { path: keyof StarThresholds; message: string }[] {
  const keys: (keyof StarThresholds)[] = ['oneStar', 'twoStar', 'threeStar', 'fourStar', 'fiveStar'];
  const issues: { path: keyof StarThresholds; message: string }[] = [];
  for (let i = 1; i < keys.length; i++) {
    const lower = t[keys[i - 1]!];
    const upper = t[keys[i]!];
    if (typeof lower === 'number' && typeof upper === 'number' && upper <= lower) issues.push({ path: keys[i]!, message: '星级分数线应逐级提高' });
  }
  return issues;
}

/** The star level (0 = 未评星) of a total out of `maxTotal`, as the highest level whose line the percentage reaches. */
export function starLevelOf(total: number, maxTotal: number, t: StarThresholds = defaultStarThresholds): number {
  if (maxTotal <= 0) return 0;
  // Rounded to 0.01 so 94.999… from float sums does not fall below a 95 line.
  const percent = Math.round((total / maxTotal) * 10_000) / 100;
  const lines = [t.oneStar, t.twoStar, t.threeStar, t.fourStar, t.fiveStar];
  let level = 0;
  for (const [i, line] of lines.entries()) if (percent >= line) level = i + 1;
  return level;
}

/** In post on `on`: hired on or before it and not yet left (the exit day is the first day out of post). */
export function inPostOn(a: { hiredOn: string; exitOn?: string | null }, on: string): boolean {
  return a.hiredOn <= on && (!a.exitOn || a.exitOn > on);
}

export function assistantState(a: { hiredOn: string; exitOn?: string | null }, today: string): 'inPost' | 'left' | 'pending' {
  if (a.exitOn && a.exitOn <= today) return 'left';
  return a.hiredOn <= today ? 'inPost' : 'pending';
}

/** Problems of a score sheet against the checklist: every item scored once, none above its full marks. */
export function scoreProblems(items: { id: string; title: string; maxPoints: number }[], scores: { itemId: string; score: number }[]): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const s of scores) {
    const item = byId.get(s.itemId);
    if (!item) problems.push('评分中有不属于本年度评定标准的项目');
    else if (seen.has(s.itemId)) problems.push(`“${item.title}”重复评分`);
    else if (s.score > item.maxPoints) problems.push(`“${item.title}”得分不能超过${item.maxPoints}分`);
    seen.add(s.itemId);
  }
  const missing = items.filter((i) => !seen.has(i.id));
  if (missing.length) problems.push(`尚有${missing.length}项未评分（如“${missing[0]!.title}”）`);
  return problems;
}
