import { annualTrainingHours, certificateStatus } from '@fazhi/core/enforcement';
import { toIsoDate } from '@fazhi/core';
import { and, asc, between, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord } from '../../platform/register/service.js';
import { officerRegister } from './registers.js';
import { enforcementCertificates, enforcementReviews, enforcementTrainings } from './tables.js';

/** An officer's year: certificates with their 年审, and the training of the year against the 60-hour floor. */
export async function officerYear(services: Services, actor: Actor, id: string, year: number) {
  await getRecord(services, actor, officerRegister, id);
  const { db } = services;
  const certs = await db
    .select()
    .from(enforcementCertificates)
    .where(and(eq(enforcementCertificates.officerId, id), isNull(enforcementCertificates.deletedAt)))
    .orderBy(asc(enforcementCertificates.issuedOn));
  const reviews = certs.length
    ? await db
        .select({ certificateId: enforcementReviews.certificateId, year: enforcementReviews.year, result: enforcementReviews.result, reviewedOn: enforcementReviews.reviewedOn })
        .from(enforcementReviews)
        .where(
          and(
            inArray(
              enforcementReviews.certificateId,
              certs.map((c) => c.id),
            ),
            isNull(enforcementReviews.deletedAt),
          ),
        )
        .orderBy(asc(enforcementReviews.year))
    : [];
  const trainings = await db
    .select({ id: enforcementTrainings.id, trainedOn: enforcementTrainings.trainedOn, course: enforcementTrainings.course, hours: enforcementTrainings.hours, source: enforcementTrainings.source })
    .from(enforcementTrainings)
    .where(and(eq(enforcementTrainings.officerId, id), isNull(enforcementTrainings.deletedAt), between(enforcementTrainings.trainedOn, `${year}-01-01`, `${year}-12-31`)))
    .orderBy(asc(enforcementTrainings.trainedOn));
  return {
    year,
    trainingHours: trainings.reduce((s, t) => s + t.hours, 0),
    floor: annualTrainingHours,
    certificates: certs.map((c) => ({
      id: c.id,
      kind: c.kind,
      number: c.number,
      issuedOn: c.issuedOn,
      revokedOn: c.revokedOn,
      status: c.status,
      reviews: reviews.filter((r) => r.certificateId === c.id).map(({ year, result, reviewedOn }) => ({ year, result, reviewedOn })),
    })),
    trainings,
  };
}

/** Daily: statuses follow the calendar (待年审 begins on 1 April). */
export async function refreshStatuses(db: Db, today = toIsoDate(new Date())) {
  const certs = await db.select().from(enforcementCertificates).where(isNull(enforcementCertificates.deletedAt));
  const reviews = await db
    .select({ certificateId: enforcementReviews.certificateId, year: enforcementReviews.year, result: enforcementReviews.result })
    .from(enforcementReviews)
    .where(isNull(enforcementReviews.deletedAt));
  const byCert = new Map<string, { year: number; result: string }[]>();
  for (const r of reviews) byCert.set(r.certificateId, [...(byCert.get(r.certificateId) ?? []), r]);
  let changed = 0;
  for (const c of certs) {
    const status = certificateStatus(c, byCert.get(c.id) ?? [], today);
    if (status === c.status) continue;
    await db.update(enforcementCertificates).set({ status }).where(eq(enforcementCertificates.id, c.id));
    changed++;
  }
  return changed;
}
