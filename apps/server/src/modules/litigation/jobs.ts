import { addCalendarDays, nearDueDays, toIsoDate } from '@fazhi/core';
import { and, eq, inArray, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { orgUnits } from '../../platform/org/tables.js';
import { generateBulletin } from './bulletin.js';
import { litigationCases } from './tables.js';

function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export const litigationJobs: JobDefinition[] = [
  {
    // On the 1st (Beijing time) the bulletin of the month before is generated for every district.
    kind: 'litigation.bulletin',
    schedule: (now) => [{ key: `litigation.bulletin:${previousMonth(toIsoDate(now))}`, payload: { month: previousMonth(toIsoDate(now)) } }],
    run: async ({ services, payload, now }) => {
      const roots = await services.db.select({ id: orgUnits.id }).from(orgUnits).where(isNull(orgUnits.parentId));
      for (const r of roots) await generateBulletin(services.db, r.id, String(payload.month), now);
    },
  },
  {
    // Daily: defences due within three days get a reminder, overdue ones an alert (each raised once).
    kind: 'litigation.reminders',
    schedule: (now) => [{ key: `litigation.reminders:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      const rows = await services.db
        .select({ id: litigationCases.id, orgUnitId: litigationCases.orgUnitId, caseNumber: litigationCases.caseNumber, due: litigationCases.defenceDueOn })
        .from(litigationCases)
        .where(and(isNull(litigationCases.deletedAt), inArray(litigationCases.state, ['received', 'defending']), lte(litigationCases.defenceDueOn, addCalendarDays(today, nearDueDays))));
      await raise(
        services.db,
        rows.map((c) => {
          const overdue = c.due < today;
          return {
            key: `litigation.defence:${c.id}:${overdue ? 'overdue' : 'near'}`,
            module: 'litigation' as const,
            orgUnitId: c.orgUnitId,
            level: overdue ? ('alert' as const) : ('reminder' as const),
            title: overdue ? `${c.caseNumber} 答辩期限已于${c.due}届满，尚未提交答辩状` : `${c.caseNumber} 答辩期限${c.due}届满，请及时提交答辩状`,
            link: `/litigation/cases/${c.id}`,
            dueOn: c.due,
          };
        }),
      );
      await raiseAppealAnswerNotices(services.db, today);
      await raisePerformanceAlerts(services.db, today);
    },
  },
];

/** The 二审 answer when the other party appealed (法释〔2018〕1号 第108条): a reminder three days ahead, an alert after. */
async function raiseAppealAnswerNotices(db: Db, today: string) {
  const c = litigationCases;
  const rows = await db
    .select({ id: c.id, orgUnitId: c.orgUnitId, caseNumber: c.caseNumber, due: c.appealAnswerDueOn })
    .from(c)
    .where(and(isNull(c.deletedAt), eq(c.state, 'appealed'), isNull(c.appealAnswerSubmittedOn), lte(c.appealAnswerDueOn, addCalendarDays(today, nearDueDays))));
  await raise(
    db,
    rows.map((r) => {
      const overdue = r.due! < today;
      return {
        key: `litigation.appealAnswer:${r.id}:${r.due}:${overdue ? 'overdue' : 'near'}`,
        module: 'litigation' as const,
        orgUnitId: r.orgUnitId,
        level: overdue ? ('alert' as const) : ('reminder' as const),
        title: overdue ? `${r.caseNumber} 二审答辩期限已于${r.due}届满，尚未提交答辩状` : `${r.caseNumber} 二审答辩期限${r.due}届满，请及时提交答辩状`,
        link: `/litigation/cases/${r.id}`,
        dueOn: r.due!,
      };
    }),
  );
}

/** An effective decision not carried out by the period it set (第94条; the court may act under 第96条): an alert. */
async function raisePerformanceAlerts(db: Db, today: string) {
  const c = litigationCases;
  const rows = await db
    .select({ id: c.id, orgUnitId: c.orgUnitId, caseNumber: c.caseNumber, due: c.performanceDueOn })
    .from(c)
    .where(and(isNull(c.deletedAt), inArray(c.state, ['closed', 'archived']), isNotNull(c.effectiveOn), lte(c.effectiveOn, today), isNull(c.performedOn), lt(c.performanceDueOn, today)));
  await raise(
    db,
    rows.map((r) => ({
      key: `litigation.performance:${r.id}:${r.due}`,
      module: 'litigation' as const,
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `${r.caseNumber} 生效裁判确定的履行期限已于${r.due}届满，尚未登记履行（行政诉讼法第九十四条、第九十六条）`,
      link: `/litigation/cases/${r.id}`,
      dueOn: r.due!,
    })),
  );
}
