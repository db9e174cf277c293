import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { decisionCatalogueItems, decisionCatalogues, majorDecisions } from './tables.js';

const quarterEnd: Record<string, string> = { q1: '03-31', q2: '06-30', q3: '09-30', q4: '12-31' };
const horizonDays = 30;

/** Catalogue items whose planned quarter ends within 30 days (or has ended) and that the meeting has not yet decided. */
export async function catalogueItemsDue(db: Db, today: string) {
  const rows = await db
    .select({
      id: decisionCatalogueItems.id,
      title: decisionCatalogueItems.title,
      leadUnitId: decisionCatalogueItems.leadUnitId,
      plannedQuarter: decisionCatalogueItems.plannedQuarter,
      year: decisionCatalogues.year,
      catalogueId: decisionCatalogues.id,
      decisionId: decisionCatalogueItems.decisionId,
    })
    .from(decisionCatalogueItems)
    .innerJoin(decisionCatalogues, and(eq(decisionCatalogues.id, decisionCatalogueItems.catalogueId), isNull(decisionCatalogues.deletedAt), eq(decisionCatalogues.state, 'published')))
    .leftJoin(majorDecisions, and(eq(majorDecisions.id, decisionCatalogueItems.decisionId), isNull(majorDecisions.deletedAt)))
    .where(or(isNull(majorDecisions.id), eq(majorDecisions.state, 'preparing')));
  const horizon = addCalendarDays(today, horizonDays);
  return rows.map((r) => ({ ...r, due: `${r.year}-${quarterEnd[r.plannedQuarter] ?? '12-31'}` })).filter((r) => r.due <= horizon);
}

export const decisionsJobs: JobDefinition[] = [
  {
    // Daily: an item of the published catalogue nearing (or past) its planned quarter without a decision reminds its 承办单位.
    kind: 'decisions.reminders',
    schedule: (now) => [{ key: `decisions.reminders:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      const items = await catalogueItemsDue(services.db, today);
      await raise(
        services.db,
        items.map((i) => {
          const overdue = i.due < today;
          return {
            key: `decisions.item:${i.id}:${overdue ? 'overdue' : 'near'}`,
            module: 'decisions' as const,
            orgUnitId: i.leadUnitId,
            level: overdue ? ('alert' as const) : ('reminder' as const),
            title: overdue ? `决策事项“${i.title}”计划于${i.due}前完成，至今尚未作出决策` : `决策事项“${i.title}”计划于${i.due}前完成，请抓紧履行决策程序`,
            link: i.decisionId ? `/decisions/decisions/${i.decisionId}` : `/decisions/catalogues/${i.catalogueId}`,
            dueOn: i.due,
          };
        }),
      );
    },
  },
];
