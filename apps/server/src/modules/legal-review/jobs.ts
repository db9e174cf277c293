import { addCalendarDays, nearDueDays, toIsoDate } from '@fazhi/core';
import { runningStates } from '@fazhi/core/legal-review';
import { and, inArray, isNull, lte } from 'drizzle-orm';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { reviewRegister } from './registers.js';
import { legalReviewRequests as r } from './tables.js';

export const legalReviewJobs: JobDefinition[] = [
  {
    // Daily: reviews due within three days get a reminder, overdue ones an alert (each raised once). 补充材料 pauses the clock: none then.
    kind: 'legalReview.reminders',
    schedule: (now) => [{ key: `legalReview.reminders:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      const rows = await services.db
        .select({ id: r.id, orgUnitId: r.orgUnitId, title: r.title, due: r.dueOn })
        .from(r)
        .where(and(isNull(r.deletedAt), inArray(r.state, [...runningStates]), lte(r.dueOn, addCalendarDays(today, nearDueDays))));
      await raise(
        services.db,
        rows.map((x) => {
          const overdue = x.due < today;
          return {
            // The due date is in the key: an extension or a pause gives a new reminder for the new date.
            key: `legalReview.due:${x.id}:${x.due}:${overdue ? 'overdue' : 'near'}`,
            module: 'legalReview' as const,
            orgUnitId: x.orgUnitId,
            level: overdue ? ('alert' as const) : ('reminder' as const),
            title: overdue ? `合法性审核“${x.title}”已于${x.due}到期，尚未出具审核意见` : `合法性审核“${x.title}”将于${x.due}到期，请及时出具审核意见`,
            link: `/legal-review/requests/${x.id}`,
            dueOn: x.due,
            // Assigned reviewers and advisers outside the unit see it too.
            entity: { type: reviewRegister.spec.entity, id: x.id },
          };
        }),
      );
    },
  },
];
