import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { dueAssessmentYear, expiryNoticeDays } from '@fazhi/core/legal-advisers';
import { and, between, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise, type Notice } from '../../platform/notify/service.js';
import { refreshStates } from './service.js';
import { legalAdvisers, publicLawyers } from './tables.js';

// Alerts look back this far, so a district starting on the platform is not flooded with long-past expiries.
const alertLookbackDays = 90;

/** Reminders 30 days before a contract ends, alerts after it (the key names the end date, so a renewal starts afresh); 公职律师 年度考核 and 注销 owed. */
export async function raiseExpiryNotices(db: Db, today: string) {
  const from = addCalendarDays(today, -alertLookbackDays);
  const to = addCalendarDays(today, expiryNoticeDays);
  const notices: Notice[] = [];
  const advisers = await db
    .select({ id: legalAdvisers.id, orgUnitId: legalAdvisers.orgUnitId, name: legalAdvisers.name, contractNumber: legalAdvisers.contractNumber, end: legalAdvisers.contractEndOn })
    .from(legalAdvisers)
    .where(and(isNull(legalAdvisers.deletedAt), between(legalAdvisers.contractEndOn, from, to)));
  for (const a of advisers) {
    const over = a.end < today;
    notices.push({
      key: `legalAdvisers.contract:${a.id}:${a.end}:${over ? 'expired' : 'near'}`,
      module: 'legalAdvisers',
      orgUnitId: a.orgUnitId,
      level: over ? 'alert' : 'reminder',
      title: over ? `法律顾问${a.name}的聘用合同（${a.contractNumber}）已于${a.end}到期，请及时续聘或另行选聘` : `法律顾问${a.name}的聘用合同（${a.contractNumber}）将于${a.end}到期`,
      link: `/legal-advisers/advisers/${a.id}`,
      dueOn: a.end,
    });
  }
  // A 公职律师证 does not expire: the state says what is owed — last year's 年度考核, or the 注销 of one who left or failed it.
  const lawyers = await db
    .select({ id: publicLawyers.id, orgUnitId: publicLawyers.orgUnitId, name: publicLawyers.name, state: publicLawyers.state })
    .from(publicLawyers)
    .where(and(isNull(publicLawyers.deletedAt), inArray(publicLawyers.state, ['assessmentDue', 'left', 'incompetent'])));
  const due = dueAssessmentYear(today);
  for (const p of lawyers) {
    const assessment = p.state === 'assessmentDue';
    notices.push({
      key: assessment ? `legalAdvisers.assessment:${p.id}:${due}` : `legalAdvisers.revoke:${p.id}:${p.state}`,
      module: 'legalAdvisers',
      orgUnitId: p.orgUnitId,
      level: assessment ? 'reminder' : 'alert',
      title: assessment ? `公职律师${p.name}的${due}年度考核尚未登记` : `公职律师${p.name}${p.state === 'left' ? '已离岗' : '年度考核不称职'}，请及时办理公职律师证注销`,
      link: `/legal-advisers/public-lawyers/${p.id}`,
      dueOn: today,
    });
  }
  return raise(db, notices);
}

export const legalAdvisersJobs: JobDefinition[] = [
  {
    // Daily: derived states follow the calendar, then expiry reminders and alerts (each raised once).
    kind: 'legalAdvisers.reminders',
    schedule: (now) => [{ key: `legalAdvisers.reminders:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      await refreshStates(services.db, today);
      await raiseExpiryNotices(services.db, today);
    },
  },
];
