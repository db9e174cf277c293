import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { and, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { resettlementPersons } from './tables.js';

/** Days after release without 衔接 before the 司法所 is alerted (a district setting; the person reports at once). */
export const handoverAlertDays = 3;

/** Alerts the 司法所 of every person released more than three days ago and not yet 衔接 (once per person). */
export async function alertMissingHandovers(db: Db, today: string) {
  const p = resettlementPersons;
  const rows = await db
    .select({ id: p.id, orgUnitId: p.orgUnitId, name: p.name, releasedOn: p.releasedOn })
    .from(p)
    .where(and(isNull(p.deletedAt), isNull(p.handoverOn), lt(p.releasedOn, addCalendarDays(today, -handoverAlertDays))));
  return raise(
    db,
    rows.map((r) => ({
      key: `resettlement.handover:${r.id}`,
      module: 'resettlement',
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `刑满释放人员${r.name}已于${r.releasedOn}释放，尚未衔接，请立即核查落实`,
      link: `/resettlement/persons/${r.id}`,
      dueOn: r.releasedOn,
    })),
  );
}

export const resettlementJobs: JobDefinition[] = [
  {
    kind: 'resettlement.missingHandovers',
    schedule: (now) => [{ key: `resettlement.missingHandovers:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      await alertMissingHandovers(services.db, String(payload.today));
    },
  },
];
