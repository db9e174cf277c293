import { toIsoDate } from '@fazhi/core';
import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { inspectionSubjects, inspectionTasks } from './tables.js';

/** Flags 工作要点 tasks past their deadline and not done, and raises a to-do for the owner unit once per task and deadline. */
export async function flagOverdueTasks(db: Db, today: string) {
  const t = inspectionTasks;
  await db
    .update(t)
    .set({ overdue: sql`${t.state} <> 'done' and ${t.dueOn} < ${today}` })
    .where(isNull(t.deletedAt));
  const rows = await db
    .select({ id: t.id, orgUnitId: t.orgUnitId, title: t.title, dueOn: t.dueOn })
    .from(t)
    .where(and(isNull(t.deletedAt), ne(t.state, 'done'), lt(t.dueOn, today)));
  return raise(
    db,
    rows.map((r) => ({
      key: `inspection.task:${r.id}:${r.dueOn}`,
      module: 'inspection' as const,
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `依法治区工作要点任务“${r.title}”已超过完成时限（${r.dueOn}），请报告进展`,
      link: `/inspection/tasks/${r.id}`,
      dueOn: r.dueOn,
      entity: { type: 'inspection.task', id: r.id },
    })),
  );
}

/** Flags 整改 past its due date and not yet reported, and tells the inspected unit. */
export async function flagOverdueRectifications(db: Db, today: string) {
  const s = inspectionSubjects;
  await db
    .update(s)
    .set({ overdue: sql`${s.state} = 'rectifying' and ${s.rectifyDueOn} < ${today}` })
    .where(isNull(s.deletedAt));
  const rows = await db
    .select({ id: s.id, orgUnitId: s.orgUnitId, roundTitle: s.roundTitle, dueOn: s.rectifyDueOn })
    .from(s)
    .where(and(isNull(s.deletedAt), eq(s.state, 'rectifying'), lt(s.rectifyDueOn, today)));
  return raise(
    db,
    rows.map((r) => ({
      key: `inspection.subject:${r.id}:${r.dueOn}`,
      module: 'inspection' as const,
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `“${r.roundTitle}”督察整改已超过整改期限（${r.dueOn}），请尽快报送整改报告`,
      link: `/inspection/subjects/${r.id}`,
      dueOn: r.dueOn ?? undefined,
      entity: { type: 'inspection.subject', id: r.id },
    })),
  );
}

export const inspectionJobs: JobDefinition[] = [
  {
    kind: 'inspection.overdue',
    schedule: (now) => [{ key: `inspection.overdue:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      await flagOverdueTasks(services.db, String(payload.today));
      await flagOverdueRectifications(services.db, String(payload.today));
    },
  },
];
