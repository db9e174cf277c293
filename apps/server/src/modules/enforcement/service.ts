import { annualTrainingHours, certificateStatus } from '@fazhi/core/enforcement';
import { toIsoDate } from '@fazhi/core';
import { and, asc, between, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord } from '../../platform/register/service.js';
import { officerRegister } from './registers.js';
import { enforcementCertificates, enforcementOfficers, enforcementReviews, enforcementTrainings } from './tables.js';

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

/** Shows an officer's full ID number to a user holding `reveal` over the officer's unit, logging who and why. */
export async function revealOfficerIdNumber(services: Services, actor: Actor, id: string, reason: string) {
  const record = await getRecord(services, actor, officerRegister, id);
  const [inScope] = await services.db
    .select({ idNumberEnc: enforcementOfficers.idNumberEnc })
    .from(enforcementOfficers)
    .where(and(eq(enforcementOfficers.id, id), scopeCondition(actor, 'enforcement', 'reveal', enforcementOfficers, officerRegister.spec.entity)));
  if (!inScope) throw new AppError('forbidden', '没有查看完整个人信息的权限');
  await services.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), { action: 'reveal', entityType: officerRegister.spec.entity, entityId: id, summary: `查看执法人员${String(record.name)}公民身份号码：${reason}` }),
  );
  return { idNumber: services.cipher.decrypt(inScope.idNumberEnc) };
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
