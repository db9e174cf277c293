import { toIsoDate } from '@fazhi/core';
import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { publicityTasks } from './tables.js';

/** Flags plan tasks past their deadline and not done (taskOverdue), and alerts the lead unit once per task and deadline. */
export async function flagOverdueTasks(db: Db, today: string) {
  const t = publicityTasks;
  await db
    .update(t)
    .set({ overdue: sql`${t.state} <> 'done' and ${t.dueOn} < ${today}` })
    .where(isNull(t.deletedAt));
  const rows = await db
    .select({ id: t.id, orgUnitId: t.orgUnitId, title: t.title, dueOn: t.dueOn })
    .from(t)
    .where(and(isNull(t.deletedAt), ne(t.state, 'done'), lt(t.dueOn, today), eq(t.overdue, true)));
  return raise(
    db,
    rows.map((r) => ({
      key: `publicity.task:${r.id}:${r.dueOn}`,
      module: 'publicity',
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `“八五”普法规划任务“${r.title}”已超过完成时限（${r.dueOn}），请尽快推进`,
      link: `/publicity/tasks/${r.id}`,
      dueOn: r.dueOn,
    })),
  );
}

export const publicityJobs: JobDefinition[] = [
  {
    kind: 'publicity.overdueTasks',
    schedule: (now) => [{ key: `publicity.overdueTasks:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      await flagOverdueTasks(services.db, String(payload.today));
    },
  },
];
