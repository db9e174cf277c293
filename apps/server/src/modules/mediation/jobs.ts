import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { confirmationNoticeDays } from '@fazhi/core/mediation';
import { and, between, eq, isNull } from 'drizzle-orm';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { mediationDisputes } from './tables.js';

const d = mediationDisputes;

export const mediationJobs: JobDefinition[] = [
  {
    // Daily: agreements whose 30-day 司法确认 window (人民调解法 第33条) closes within a week get a reminder, and
    // those whose window closed in the last week without an application a notice (each raised once).
    kind: 'mediation.confirmationWindows',
    schedule: (now) => [{ key: `mediation.confirmationWindows:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      const rows = await services.db
        .select({ id: d.id, orgUnitId: d.orgUnitId, caseNumber: d.caseNumber, due: d.confirmationDueOn })
        .from(d)
        .where(
          and(
            isNull(d.deletedAt),
            eq(d.state, 'succeeded'),
            eq(d.agreementForm, 'written'),
            isNull(d.confirmationAppliedOn),
            between(d.confirmationDueOn, addCalendarDays(today, -confirmationNoticeDays), addCalendarDays(today, confirmationNoticeDays)),
          ),
        );
      await raise(
        services.db,
        rows.map((r) => {
          const closed = r.due! < today;
          return {
            key: `mediation.confirmation:${r.id}:${closed ? 'closed' : 'near'}`,
            module: 'mediation' as const,
            orgUnitId: r.orgUnitId,
            level: closed ? ('alert' as const) : ('reminder' as const),
            title: closed ? `${r.caseNumber} 申请司法确认的期限已于${r.due}届满` : `${r.caseNumber} 如需司法确认，须在${r.due}前由双方共同向人民法院申请`,
            link: `/mediation/disputes/${r.id}`,
            dueOn: r.due!,
          };
        }),
      );
    },
  },
];
