import type { Scenario } from '../scenarios/index.js';
import { summarize, type LatencySummary } from './stats.js';
import type { SqlClient } from './target.js';

export type RawResult = LatencySummary & { ops: number; seconds: number; opsPerSecond: number; concurrency: number };

/**
 * Times a scenario's raw SQL with `concurrency` callers sharing the client's pool (as large as the server's;
 * PGlite: its one connection). With one caller this is the queries' own latency; with as many callers as the
 * API run has connections it is the most the database can serve, to set beside the API's req/s.
 */
export async function timeRaw(sql: SqlClient, scenario: Scenario, concurrency: number, seconds: number, warmupSeconds: number, minOps = 20): Promise<RawResult | null> {
  const raw = scenario.raw;
  if (!raw) return null;
  let i = 0;
  // Past the deadline only to reach minOps (a slow query on a busy machine), and never past 30 s.
  const run = async (until: number, latencies: number[] | null) => {
    const cap = until + 30_000;
    while (performance.now() < until || (latencies && latencies.length < minOps && performance.now() < cap)) {
      const t = performance.now();
      await raw(sql, i++);
      latencies?.push(performance.now() - t);
    }
  };
  const workers = (until: number, latencies: number[] | null) => Promise.all(Array.from({ length: concurrency }, () => run(until, latencies)));
  await workers(performance.now() + warmupSeconds * 1000, null);
  const latencies: number[] = [];
  const started = performance.now();
  await workers(started + seconds * 1000, latencies);
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(latencies), ops: latencies.length, seconds: elapsed, opsPerSecond: latencies.length / elapsed, concurrency };
}
