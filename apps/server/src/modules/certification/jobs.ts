import { toIsoDate } from '@fazhi/core';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise, type Notice } from '../../platform/notify/service.js';
import { certVerifications } from './tables.js';

/** Marks unanswered requests past their due date and tells the responding unit, once per request. */
export async function flagOverdueVerifications(db: Db, today: string) {
  const late = await db
    .update(certVerifications)
    .set({ overdue: true })
    .where(and(isNull(certVerifications.deletedAt), eq(certVerifications.state, 'requested'), lt(certVerifications.dueOn, today)))
    .returning({ id: certVerifications.id, respondingUnitId: certVerifications.respondingUnitId, matter: certVerifications.matter, dueOn: certVerifications.dueOn });
  const notices: Notice[] = late.map((v) => ({
    key: `certification.verification:${v.id}:overdue`,
    module: 'certification',
    orgUnitId: v.respondingUnitId,
    level: 'alert',
    title: `协助核查“${v.matter}”已超过答复期限（${v.dueOn}），请尽快答复`,
    link: `/certification/verifications/${v.id}`,
    dueOn: v.dueOn,
  }));
  return raise(db, notices);
}

export const certificationJobs: JobDefinition[] = [
  {
    kind: 'certification.overdue',
    schedule: (now) => [{ key: `certification.overdue:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      await flagOverdueVerifications(services.db, String(payload.today));
    },
  },
];
