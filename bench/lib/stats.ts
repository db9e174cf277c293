/** Percentile by linear interpolation between closest ranks; `sorted` ascending. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export type LatencySummary = { count: number; p50: number; p90: number; p99: number; max: number; mean: number };

export function summarize(latenciesMs: number[]): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const values = Array.from(sorted);
  const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: values.at(-1) ?? Number.NaN,
    mean,
  };
}

/** Two decimals for milliseconds and ratios: enough to compare, small enough to commit. */
export const round2 = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : null);
