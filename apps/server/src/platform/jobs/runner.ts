import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Services } from '../http/types.js';
import { jobs } from './tables.js';

export type JobContext = { services: Services; now: Date; payload: Record<string, unknown> };

/** A kind of job: what it does, and (for periodic ones) which keys are due at a given moment. */
export type JobDefinition = {
  kind: string;
  run: (ctx: JobContext) => Promise<void>;
  /** Keys (with payloads) that should exist by `now`, e.g. one per month; enqueued once each. */
  schedule?: (now: Date) => { key: string; payload: Record<string, unknown> }[];
};

const maxAttempts = 5;
const lease = sql`interval '5 minutes'`;

export async function enqueue(db: Db, kind: string, key: string, payload: Record<string, unknown> = {}, runAt = new Date()) {
  await db.insert(jobs).values({ kind, key, payload, runAt }).onConflictDoNothing({ target: jobs.key });
}

/** Claims due jobs; a job whose worker died is claimed again once its lease runs out. */
async function claim(db: Db, now: Date, limit: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(lte(jobs.runAt, now), or(eq(jobs.state, 'pending'), and(eq(jobs.state, 'running'), lte(jobs.lockedUntil, now))), sql`${jobs.attempts} < ${maxAttempts}`))
      .orderBy(jobs.runAt, jobs.id)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(jobs)
      .set({ state: 'running', lockedUntil: sql`${now.toISOString()}::timestamptz + ${lease}`, attempts: sql`${jobs.attempts} + 1` })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** One tick: enqueue what the schedules say is due, then run due jobs until none is left. Returns how many ran. */
export async function runDueJobs(services: Services, definitions: JobDefinition[], now = new Date(), batch = 20): Promise<number> {
  for (const def of definitions) {
    for (const { key, payload } of def.schedule?.(now) ?? []) await enqueue(services.db, def.kind, key, payload, now);
  }
  const byKind = new Map(definitions.map((d) => [d.kind, d]));
  let ran = 0;
  for (;;) {
    const claimed = await claim(services.db, now, batch);
    if (claimed.length === 0) return ran;
    for (const job of claimed) {
      try {
        const def = byKind.get(job.kind);
        if (!def) throw new Error(`unknown job kind ${job.kind}`);
        await def.run({ services, now, payload: job.payload });
        await services.db.update(jobs).set({ state: 'done', finishedAt: new Date(), lockedUntil: null }).where(eq(jobs.id, job.id));
      } catch (e) {
        const failed = job.attempts >= maxAttempts;
        await services.db
          .update(jobs)
          // Back off a minute per attempt, so a failing job does not spin.
          .set({
            state: failed ? 'failed' : 'pending',
            runAt: new Date(now.getTime() + job.attempts * 60_000),
            lastError: String(e instanceof Error ? e.message : e).slice(0, 2000),
            lockedUntil: null,
          })
          .where(eq(jobs.id, job.id));
      }
      ran++;
    }
  }
}

/** Polls every `intervalMs`; returns a stop function. Each instance may poll: SKIP LOCKED keeps a job to one runner. */
export function startScheduler(services: Services, definitions: JobDefinition[], intervalMs: number, onError: (e: unknown) => void) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(services, definitions).catch(onError);
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
