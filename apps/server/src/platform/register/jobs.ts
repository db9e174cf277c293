import { and, eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { registerJobs } from './tables.js';

export type JobRow = typeof registerJobs.$inferSelect;
export type JobProgress = { phase: string; done: number; total: number };

// Progress of jobs running in this process. Inside the commit's one transaction nothing else reaches the database
// (PGlite has one connection), so polls read progress from here and the table holds it between steps.
const live = new Map<string, JobProgress>();

export async function startJob(db: Db, actor: Actor, values: { kind: 'import' | 'export'; registerPath: string; fileName: string; phase: string; total: number }) {
  const [job] = await db
    .insert(registerJobs)
    .values({ ...values, userId: actor.userId })
    .returning({ id: registerJobs.id });
  live.set(job!.id, { phase: values.phase, done: 0, total: values.total });
  return job!.id;
}

export function reportProgress(id: string, progress: JobProgress) {
  live.set(id, progress);
}

export async function saveProgress(db: Db, id: string, progress: JobProgress) {
  live.set(id, progress);
  await db
    .update(registerJobs)
    .set({ ...progress, updatedAt: new Date() })
    .where(eq(registerJobs.id, id));
}

export async function finishJob(db: Db, id: string, values: Partial<Pick<JobRow, 'state' | 'phase' | 'done' | 'total' | 'plan' | 'result' | 'file'>>) {
  live.delete(id);
  await db
    .update(registerJobs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(registerJobs.id, id));
}

/** Runs a job after the response has gone; a failure is kept on the job as a Chinese problem for the poll to show. */
export function runInBackground(db: Db, id: string, work: () => Promise<void>) {
  setImmediate(() => {
    work().catch(async (error: unknown) => {
      const problem =
        error instanceof AppError ? { code: error.code, detail: error.detail ?? error.message, errors: error.errors ?? [] } : { code: 'internal', detail: '处理失败，请稍后重试', errors: [] };
      await finishJob(db, id, { state: 'failed', phase: '失败', result: { problem } }).catch(() => undefined);
    });
  });
}

/** A job as its owner sees it: only the user who started it may follow it (it holds their file). */
export async function loadJob(db: Db, actor: Actor, registerPath: string, id: string): Promise<JobRow> {
  const [job] = await db
    .select()
    .from(registerJobs)
    .where(and(eq(registerJobs.id, id), eq(registerJobs.registerPath, registerPath), eq(registerJobs.userId, actor.userId)));
  if (!job) throw new AppError('notFound');
  return job;
}

export function jobView(job: JobRow) {
  const progress = (job.state === 'running' && live.get(job.id)) || { phase: job.phase, done: job.done, total: job.total };
  return { id: job.id, kind: job.kind, state: job.state, fileName: job.fileName, ...progress, result: job.result ?? null, createdAt: job.createdAt };
}
