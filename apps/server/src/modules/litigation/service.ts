import { addCalendarDays, daysBetween, nearDueDays, toIsoDate } from '@fazhi/core';
import { noticeUnheeded, type CaseDetail, type HearingCreate } from '@fazhi/core/litigation';
import { and, asc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord, loadForWrite, readConditions } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { caseRegister } from './registers.js';
import { caseFlow } from './workflow.js';
import { litigationCases, litigationHearings, litigationPlaintiffs } from './tables.js';

/** Case detail with every step of its workflow, allowed or with the reasons it is refused. */
export async function getCase(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, caseRegister, id);
  // The kit types a record loosely; the route's contract checks the case's own columns on the wire in tests.
  return { ...record, transitions: await stepOptions(services.db, actor, caseFlow, record) } as CaseDetail;
}

/** A hearing changes the case: its version moves on, so an edit made on the case as read before is refused as stale. */
async function bumpCase(tx: Parameters<Parameters<Services['db']['transaction']>[0]>[0], actor: Actor, caseId: string) {
  await tx
    .update(litigationCases)
    .set({ version: sql`${litigationCases.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
    .where(eq(litigationCases.id, caseId));
}

/** Hearings are part of the case file: adding or removing one is an update of the case (its version moves on). */
export async function addHearing(services: Services, actor: Actor, caseId: string, input: HearingCreate) {
  const { version, ...hearing } = input;
  return services.db.transaction(async (tx) => {
    const kase = await loadForWrite(tx, actor, caseRegister, caseId, 'update', version);
    if (kase.state === 'archived') throw new AppError('conflict', '已归档案件不能再登记庭审');
    const [row] = await tx
      .insert(litigationHearings)
      .values({ ...hearing, caseId, orgUnitId: kase.orgUnitId, createdBy: actor.userId })
      .returning();
    await bumpCase(tx, actor, caseId);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'hearing.add',
      entityType: caseRegister.spec.entity,
      entityId: caseId,
      summary: `登记庭审 ${hearing.heldOn}`,
      changes: diffFields({}, hearing),
    });
    return { ...row!, noticeUnheeded: noticeUnheeded(row!) };
  });
}

export async function removeHearing(services: Services, actor: Actor, caseId: string, hearingId: string, version?: number) {
  await services.db.transaction(async (tx) => {
    await loadForWrite(tx, actor, caseRegister, caseId, 'update', version);
    const [row] = await tx
      .update(litigationHearings)
      .set({ deletedAt: new Date() })
      .where(and(eq(litigationHearings.id, hearingId), eq(litigationHearings.caseId, caseId), isNull(litigationHearings.deletedAt)))
      .returning();
    if (!row) throw new AppError('notFound');
    await bumpCase(tx, actor, caseId);
    await recordAudit(tx, auditActorOf(actor), { action: 'hearing.remove', entityType: caseRegister.spec.entity, entityId: caseId, summary: `删除庭审 ${row.heldOn}` });
  });
}

/** Shows a plaintiff's full ID number to a user allowed to see it, logging who, when and why. */
export async function revealPlaintiffId(services: Services, actor: Actor, caseId: string, plaintiffId: string, reason: string) {
  // The right to reveal must be held over the case's own unit: being assigned to a case is not enough.
  await getRecord(services, actor, caseRegister, caseId);
  const [inScope] = await services.db
    .select({ id: litigationCases.id })
    .from(litigationCases)
    .where(and(eq(litigationCases.id, caseId), scopeCondition(actor, 'litigation', 'reveal', litigationCases, caseRegister.spec.entity)));
  if (!inScope) throw new AppError('forbidden', '没有查看完整个人信息的权限');
  const [p] = await services.db
    .select()
    .from(litigationPlaintiffs)
    .where(and(eq(litigationPlaintiffs.id, plaintiffId), eq(litigationPlaintiffs.caseId, caseId)));
  if (!p?.idNumberEnc) throw new AppError('notFound', '该原告未登记身份证号');
  await services.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), { action: 'reveal', entityType: caseRegister.spec.entity, entityId: caseId, summary: `查看原告${p.name}身份证号：${reason}` }),
  );
  return { idNumber: services.cipher.decrypt(p.idNumberEnc) };
}

/**
 * Answers due within three days or overdue and not yet submitted (the to-do list): the defence (第67条) of cases
 * not yet answered, and the 二审 answer (法释〔2018〕1号 第108条) of cases the other party appealed.
 */
export async function defenceTodo(services: Services, actor: Actor, today = toIsoDate(new Date())) {
  const horizon = addCalendarDays(today, nearDueDays);
  const c = litigationCases;
  const list = (kind: 'defence' | 'appealAnswer', dueColumn: typeof c.defenceDueOn | typeof c.appealAnswerDueOn, open: SQL) =>
    services.db
      .select({ id: c.id, caseNumber: c.caseNumber, cause: c.cause, orgUnitName: orgUnits.name, dueOn: sql<string>`${dueColumn}`, state: c.state })
      .from(c)
      .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
      .where(readConditions(caseRegister, actor, [open, lte(dueColumn, horizon)]))
      .orderBy(asc(dueColumn))
      .limit(500)
      .then((rows) => rows.map((r) => ({ ...r, kind })));
  const defences = await list('defence', c.defenceDueOn, inArray(c.state, ['received', 'defending']));
  const answers = await list('appealAnswer', c.appealAnswerDueOn, and(eq(c.state, 'appealed'), isNull(c.appealAnswerSubmittedOn))!);
  return [...defences, ...answers]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((r) => {
      const daysLeft = daysBetween(today, r.dueOn);
      return { ...r, daysLeft, overdue: daysLeft < 0 };
    });
}
