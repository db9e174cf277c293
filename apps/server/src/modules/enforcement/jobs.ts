import { toIsoDate } from '@fazhi/core';
import { annualTrainingHours, entrustmentState, trainingShortfall, trainingWarningMonths } from '@fazhi/core/enforcement';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise, type Notice } from '../../platform/notify/service.js';
import { refreshStatuses } from './service.js';
import { enforcementBodies, enforcementOfficers, enforcementRectifications } from './tables.js';

/**
 * In November and December (trainingWarningMonths), officers holding a valid 执法证 with fewer than 60 学时 this
 * year are flagged to their unit, once a month (the key names the month, so December reminds again).
 */
export async function flagTrainingShortfall(db: Db, today: string) {
  if (!trainingShortfall(today, 0)) return 0;
  const year = today.slice(0, 4);
  const o = enforcementOfficers;
  const rows = await db
    .select({
      id: o.id,
      name: o.name,
      orgUnitId: o.orgUnitId,
      hours: sql<number>`(select coalesce(sum(t.hours), 0)::float from enforcement_trainings t where t.officer_id = ${o.id} and t.deleted_at is null and t.trained_on between ${`${year}-01-01`} and ${`${year}-12-31`})`,
    })
    .from(o)
    .where(
      and(
        isNull(o.deletedAt),
        sql`exists (select 1 from enforcement_certificates ec where ec.officer_id = ${o.id} and ec.deleted_at is null and ec.kind = 'enforcement' and ec.status in ('valid', 'reviewDue'))`,
      ),
    );
  const notices: Notice[] = rows
    .filter((r) => trainingShortfall(today, Number(r.hours)))
    .map((r) => ({
      key: `enforcement.training:${r.id}:${today.slice(0, 7)}`,
      module: 'enforcement',
      orgUnitId: r.orgUnitId,
      level: 'reminder',
      title: `执法人员${r.name}${year}年培训${Number(r.hours)}学时，不足每年${annualTrainingHours}学时，请在年底前安排培训`,
      link: `/enforcement/officers/${r.id}`,
      dueOn: `${year}-12-31`,
      entity: { type: 'enforcement.officer', id: r.id },
    }));
  return raise(db, notices);
}

/** 委托 terms run out with the calendar: the flag on the body follows, and its unit is told once. */
export async function refreshEntrustments(db: Db, today: string) {
  const b = enforcementBodies;
  const rows = await db
    .select({ id: b.id, name: b.name, kind: b.kind, end: b.entrustEndOn, state: b.entrustState, orgUnitId: b.orgUnitId })
    .from(b)
    .where(and(isNull(b.deletedAt), eq(b.kind, 'entrusted')));
  const notices: Notice[] = [];
  for (const r of rows) {
    const state = entrustmentState(r.kind, r.end, today);
    if (state !== r.state) await db.update(b).set({ entrustState: state }).where(eq(b.id, r.id));
    if (state === 'expired')
      notices.push({
        key: `enforcement.entrustment:${r.id}:${r.end}`,
        module: 'enforcement',
        orgUnitId: r.orgUnitId,
        level: 'alert',
        title: `受委托组织${r.name}的委托已于${r.end}到期，请及时续签或终止委托`,
        link: `/enforcement/bodies/${r.id}`,
        dueOn: r.end ?? undefined,
      });
  }
  return raise(db, notices);
}

/** 整改通知 past their due day without a recorded completion: the rectifying unit is alerted once per notice. */
export async function flagOverdueRectifications(db: Db, today: string) {
  const x = enforcementRectifications;
  const rows = await db
    .select({ id: x.id, noticeNumber: x.noticeNumber, dueOn: x.dueOn, orgUnitId: x.orgUnitId })
    .from(x)
    .where(and(isNull(x.deletedAt), isNull(x.completedOn), lt(x.dueOn, today)));
  return raise(
    db,
    rows.map((r) => ({
      key: `enforcement.rectification:${r.id}:${r.dueOn}`,
      module: 'enforcement',
      orgUnitId: r.orgUnitId,
      level: 'alert',
      title: `整改通知${r.noticeNumber}已于${r.dueOn}到期，尚未报送整改情况`,
      link: `/enforcement/rectifications/${r.id}`,
      dueOn: r.dueOn,
      entity: { type: 'enforcement.rectification', id: r.id },
    })),
  );
}

export const enforcementJobs: JobDefinition[] = [
  {
    kind: 'enforcement.daily',
    schedule: (now) => [{ key: `enforcement.daily:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      await refreshStatuses(services.db, today);
      await refreshEntrustments(services.db, today);
      await flagOverdueRectifications(services.db, today);
      if ((trainingWarningMonths as readonly number[]).includes(Number(today.slice(5, 7)))) await flagTrainingShortfall(services.db, today);
    },
  },
];
