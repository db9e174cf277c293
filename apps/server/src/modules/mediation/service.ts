import { compositionProblems, memberPositions, type CommitteeDetail, type DisputeDetail } from '@fazhi/core/mediation';
import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { toIsoDate } from '@fazhi/core';
import { committeeRegister, disputeRegister } from './registers.js';
import { mediationDisputes, mediationMediators, mediationParties } from './tables.js';
import { disputeFlow } from './workflow.js';

/** Dispute detail with parties (masked), sessions and every step of its workflow. */
export async function getDispute(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, disputeRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, disputeFlow, record) } as DisputeDetail;
}

/** Committee detail with its serving members and the 第8条 composition check. */
export async function getCommittee(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, committeeRegister, id);
  const today = toIsoDate(new Date());
  const members = await services.db
    .select({ id: mediationMediators.id, name: mediationMediators.name, gender: mediationMediators.gender, position: mediationMediators.position })
    .from(mediationMediators)
    .where(
      and(
        eq(mediationMediators.orgUnitId, String(record.orgUnitId)),
        isNull(mediationMediators.deletedAt),
        inArray(mediationMediators.position, [...memberPositions]),
        or(isNull(mediationMediators.leftOn), gt(mediationMediators.leftOn, today)),
      ),
    )
    .orderBy(asc(mediationMediators.position), asc(mediationMediators.name));
  const composition = { memberCount: members.length, femaleCount: members.filter((m) => m.gender === 'female').length, problems: compositionProblems(members) };
  return { ...record, members, composition } as CommitteeDetail;
}

/** Shows a party's full ID number and phone to a user holding `reveal` over the dispute's unit, logging who and why. */
export async function revealParty(services: Services, actor: Actor, disputeId: string, partyId: string, reason: string) {
  await getRecord(services, actor, disputeRegister, disputeId);
  const [inScope] = await services.db
    .select({ id: mediationDisputes.id })
    .from(mediationDisputes)
    .where(and(eq(mediationDisputes.id, disputeId), scopeCondition(actor, 'mediation', 'reveal', mediationDisputes, disputeRegister.spec.entity)));
  if (!inScope) throw new AppError('forbidden', '没有查看完整个人信息的权限');
  const [p] = await services.db
    .select()
    .from(mediationParties)
    .where(and(eq(mediationParties.id, partyId), eq(mediationParties.disputeId, disputeId)));
  if (!p || (!p.idNumberEnc && !p.phoneEnc)) throw new AppError('notFound', '该当事人未登记身份证号或联系电话');
  await services.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), { action: 'reveal', entityType: disputeRegister.spec.entity, entityId: disputeId, summary: `查看当事人${p.name}个人信息：${reason}` }),
  );
  return { idNumber: p.idNumberEnc ? services.cipher.decrypt(p.idNumberEnc) : null, phone: p.phoneEnc ? services.cipher.decrypt(p.phoneEnc) : null };
}
