import { addCalendarDays, nearDueDays, toIsoDate } from '@fazhi/core';
import { and, inArray, isNull, lte } from 'drizzle-orm';
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
    },
  },
];
