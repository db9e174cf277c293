import { addCalendarDays, nearDueDays, toIsoDate } from '@fazhi/core';
import { reportDeadlines } from '@fazhi/core/reports';
import { and, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise, type Notice } from '../../platform/notify/service.js';
import { annualReports, reportAssignments } from './tables.js';

/** Reminders start this many days before the 1 March / 1 April deadlines. */
const reportLeadDays = 14;

export const annualReportJobs: JobDefinition[] = [
  {
    kind: 'reports.reminders',
    schedule: (now) => [{ key: `reports.reminders:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      const notices: Notice[] = [];
      const material = await services.db
        .select()
        .from(reportAssignments)
        .where(and(inArray(reportAssignments.state, ['assigned', 'returned']), lte(reportAssignments.dueOn, addCalendarDays(today, nearDueDays))));
      for (const a of material) {
        const overdue = a.dueOn < today;
        notices.push({
          key: `reports.material:${a.id}:${overdue ? 'overdue' : 'near'}`,
          module: 'reports',
          orgUnitId: a.orgUnitId,
          level: overdue ? 'alert' : 'reminder',
          title: overdue ? `年度报告材料（${a.blockKey}）已逾期，期限为${a.dueOn}` : `年度报告材料（${a.blockKey}）须于${a.dueOn}前报送`,
          link: '/reports/assignments',
          dueOn: a.dueOn,
        });
      }
      const reports = await services.db
        .select()
        .from(annualReports)
        .where(and(isNull(annualReports.deletedAt), ne(annualReports.state, 'published')));
      for (const r of reports) {
        const { submitBy, publishBy } = reportDeadlines(r.year);
        const steps = [
          { step: 'submit', by: submitBy, done: r.state === 'submitted', label: '报送上级' },
          { step: 'publish', by: publishBy, done: false, label: '向社会公开' },
        ];
        for (const s of steps) {
          if (s.done || today < addCalendarDays(s.by, -reportLeadDays)) continue;
          const overdue = today > s.by;
          notices.push({
            key: `reports.${s.step}:${r.id}:${overdue ? 'overdue' : 'near'}`,
            module: 'reports',
            orgUnitId: r.orgUnitId,
            level: overdue ? 'alert' : 'reminder',
            title: overdue ? `${r.title}未在${s.by}前${s.label}` : `${r.title}须于${s.by}前${s.label}`,
            link: `/reports/annual/${r.id}`,
            dueOn: s.by,
          });
        }
      }
      await raise(services.db, notices);
    },
  },
];
