import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { expiryNoticeDays } from '@fazhi/core/legal-advisers';
import { and, between, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise, type Notice } from '../../platform/notify/service.js';
import { refreshStates } from './service.js';
import { legalAdvisers, publicLawyers } from './tables.js';

// Alerts look back this far, so a district starting on the platform is not flooded with long-past expiries.
const alertLookbackDays = 90;

/** Reminders 30 days before a contract or certificate ends, alerts after it; the key names the end date, so a renewal starts afresh. */
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
  const lawyers = await db
    .select({ id: publicLawyers.id, orgUnitId: publicLawyers.orgUnitId, name: publicLawyers.name, end: publicLawyers.certificateExpiresOn })
    .from(publicLawyers)
    .where(and(isNull(publicLawyers.deletedAt), between(publicLawyers.certificateExpiresOn, from, to), or(isNull(publicLawyers.leftOn), gt(publicLawyers.leftOn, today))));
  for (const p of lawyers) {
    const over = p.end < today;
    notices.push({
      key: `legalAdvisers.certificate:${p.id}:${p.end}:${over ? 'expired' : 'near'}`,
      module: 'legalAdvisers',
      orgUnitId: p.orgUnitId,
      level: over ? 'alert' : 'reminder',
      title: over ? `公职律师${p.name}的公职律师证已于${p.end}过期，请及时办理换证` : `公职律师${p.name}的公职律师证将于${p.end}到期`,
      link: `/legal-advisers/public-lawyers/${p.id}`,
      dueOn: p.end,
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
