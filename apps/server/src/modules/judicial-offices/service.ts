import type { ListQuery } from '@fazhi/core';
import type { RatingDetail } from '@fazhi/core/judicial-offices';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord, listRecords } from '../../platform/register/service.js';
import { scopeCondition } from '../../platform/access/policy.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { assistantRegister, ratingRegister, trainingRegister } from './registers.js';
import { checklistFor, thresholdsFor } from './standards.js';
import { judicialAssistants, judicialRatingScores, judicialTrainings } from './tables.js';
import { ratingFlow } from './workflow.js';

/** A rating with its score sheet and the steps the actor may take. */
export async function getRating(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, ratingRegister, id);
  const year = Number(record.year);
  const items = await checklistFor(services.db, record.orgUnitId, year);
  const scores = await services.db.select().from(judicialRatingScores).where(eq(judicialRatingScores.ratingId, id));
  const byItem = new Map(scores.map((s) => [s.itemId, s]));
  const sheet = {
    maxTotal: items.reduce((t, i) => t + i.maxPoints, 0),
    thresholds: await thresholdsFor(services.db, record.orgUnitId, year),
    items: items.map((i) => ({ ...i, selfScore: byItem.get(i.id)?.selfScore ?? null, districtScore: byItem.get(i.id)?.districtScore ?? null })),
  };
  return { ...record, year, state: String(record.state), sheet, transitions: await stepOptions(services.db, actor, ratingFlow, record) } as RatingDetail;
}

/** Shows an assistant's full ID number or phone to a user holding `reveal` over the office, logging who and why. */
export async function revealAssistant(services: Services, actor: Actor, id: string, field: 'idNumber' | 'phone', reason: string) {
  const record = await getRecord(services, actor, assistantRegister, id);
  const [row] = await services.db
    .select({ idNumberEnc: judicialAssistants.idNumberEnc, phoneEnc: judicialAssistants.phoneEnc })
    .from(judicialAssistants)
    .where(and(eq(judicialAssistants.id, id), scopeCondition(actor, 'judicialOffices', 'reveal', judicialAssistants, assistantRegister.spec.entity)));
  if (!row) throw new AppError('forbidden', '没有查看完整个人信息的权限');
  const enc = field === 'idNumber' ? row.idNumberEnc : row.phoneEnc;
  if (!enc) throw new AppError('notFound', '该司法协理员未登记联系电话');
  const what = field === 'idNumber' ? '公民身份号码' : '联系电话';
  await services.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), { action: 'reveal', entityType: assistantRegister.spec.entity, entityId: id, summary: `查看司法协理员${String(record.name)}${what}：${reason}` }),
  );
  return { value: services.cipher.decrypt(enc) };
}

/** The training records of one assistant, as far as the actor may read them (the assistant must be readable). */
export async function assistantTrainings(services: Services, actor: Actor, id: string, query: ListQuery) {
  await getRecord(services, actor, assistantRegister, id);
  return listRecords(services, actor, trainingRegister, query, [eq(judicialTrainings.assistantId, id)]);
}
