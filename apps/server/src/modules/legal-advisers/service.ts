import { toIsoDate, type ListQuery } from '@fazhi/core';
import { engagementState, publicLawyerState, servedGroupOf } from '@fazhi/core/legal-advisers';
import { and, asc, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { assertUnitInScope, scopeCondition, scopePaths } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord, listRecords, readConditions } from '../../platform/register/service.js';
import { adviserRegister, publicLawyerRegister, serviceRegister, serviceTotals } from './registers.js';
import { legalAdvisers, legalAdviserUnits, legalMonthlyThemes, legalParkEnterprises, legalServices, publicLawyers } from './tables.js';

/** An adviser with the totals of their service log. */
export async function getAdviser(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, adviserRegister, id);
  const totals = await serviceTotals(services.db, readConditions(serviceRegister, actor, [eq(legalServices.adviserId, id)]));
  return { ...record, serviceTotals: totals };
}

export async function getPublicLawyer(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, publicLawyerRegister, id);
  const totals = await serviceTotals(services.db, readConditions(serviceRegister, actor, [eq(legalServices.publicLawyerId, id)]));
  return { ...record, serviceTotals: totals };
}

/** The service log of one roster entry, as far as the actor may read the log (the roster entry must be readable). */
export async function providerServices(services: Services, actor: Actor, provider: 'adviser' | 'publicLawyer', id: string, query: ListQuery) {
  await getRecord(services, actor, provider === 'adviser' ? adviserRegister : publicLawyerRegister, id);
  const column = provider === 'adviser' ? legalServices.adviserId : legalServices.publicLawyerId;
  return listRecords(services, actor, serviceRegister, query, [eq(column, id)]);
}

/** Shows an adviser's full phone number to a user holding `reveal` over the adviser's unit, logging who and why. */
export async function revealAdviserPhone(services: Services, actor: Actor, id: string, reason: string) {
  const record = await getRecord(services, actor, adviserRegister, id);
  const [inScope] = await services.db
    .select({ phoneEnc: legalAdvisers.phoneEnc })
    .from(legalAdvisers)
    .where(and(eq(legalAdvisers.id, id), scopeCondition(actor, 'legalAdvisers', 'reveal', legalAdvisers, adviserRegister.spec.entity)));
  if (!inScope) throw new AppError('forbidden', '没有查看完整个人信息的权限');
  if (!inScope.phoneEnc) throw new AppError('notFound', '该法律顾问未登记联系电话');
  await services.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), { action: 'reveal', entityType: adviserRegister.spec.entity, entityId: id, summary: `查看法律顾问${String(record.name)}联系电话：${reason}` }),
  );
  return { phone: services.cipher.decrypt(inScope.phoneEnc) };
}

export type Provider = { id: string; name: string; detail: string | null; state: string; servesUnit: boolean };

/**
 * Who may be named as the provider of a service to `orgUnitId`: advisers serving that unit and public lawyers of
 * the unit or a unit above it (whoever's roster entry the actor could not otherwise read), plus the roster the
 * actor may read. Asked only by someone who may log services for the unit.
 */
export async function providersFor(services: Services, actor: Actor, orgUnitId: string) {
  await assertUnitInScope(services.db, actor, 'legalAdvisers', 'create', orgUnitId, 'query.orgUnitId');
  const { db } = services;
  const serves = sql<boolean>`exists (select 1 from ${legalAdviserUnits} where ${legalAdviserUnits.adviserId} = ${legalAdvisers.id} and ${legalAdviserUnits.orgUnitId} = ${orgUnitId})`;
  const advisers = await db
    .select({ id: legalAdvisers.id, name: legalAdvisers.name, detail: legalAdvisers.lawFirm, state: legalAdvisers.state, servesUnit: serves, userId: legalAdvisers.userId })
    .from(legalAdvisers)
    .where(and(isNull(legalAdvisers.deletedAt), or(serves, eq(legalAdvisers.userId, actor.userId), scopeCondition(actor, 'legalAdvisers', 'read', legalAdvisers, adviserRegister.spec.entity))))
    .orderBy(desc(serves), asc(legalAdvisers.name))
    .limit(300);
  const above = sql<boolean>`(select ${orgUnits.path} from ${orgUnits} where ${orgUnits.id} = ${orgUnitId}) like (select u.path from ${orgUnits} u where u.id = ${publicLawyers.orgUnitId}) || '%'`;
  const lawyers = await db
    .select({ id: publicLawyers.id, name: publicLawyers.name, detail: orgUnits.name, state: publicLawyers.state, servesUnit: above })
    .from(publicLawyers)
    .innerJoin(orgUnits, eq(orgUnits.id, publicLawyers.orgUnitId))
    .where(and(isNull(publicLawyers.deletedAt), ne(publicLawyers.state, 'left'), or(above, scopeCondition(actor, 'legalAdvisers', 'read', publicLawyers, publicLawyerRegister.spec.entity))))
    .orderBy(desc(above), asc(publicLawyers.name))
    .limit(300);
  return {
    advisers: advisers.map(({ userId, ...a }) => ({ ...a, mine: userId === actor.userId })),
    publicLawyers: lawyers,
  };
}

/**
 * What the log form offers for a served unit: its group, the 园区's enterprises, and the 一月一主题 themes deployed
 * by the unit or a unit above it (newest first). Asked only by someone who may log services for the unit.
 */
export async function servedOptionsFor(services: Services, actor: Actor, orgUnitId: string) {
  await assertUnitInScope(services.db, actor, 'legalAdvisers', 'create', orgUnitId, 'query.orgUnitId');
  const { db } = services;
  const [unit] = await db.select({ kind: orgUnits.kind, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
  const group = servedGroupOf(unit!.kind);
  const enterprises =
    group === 'park'
      ? await db
          .select({ id: legalParkEnterprises.id, name: legalParkEnterprises.name })
          .from(legalParkEnterprises)
          .where(and(eq(legalParkEnterprises.orgUnitId, orgUnitId), isNull(legalParkEnterprises.deletedAt)))
          .orderBy(asc(legalParkEnterprises.name))
          .limit(1000)
      : [];
  const themes =
    group === 'community'
      ? await db
          .select({ id: legalMonthlyThemes.id, title: legalMonthlyThemes.title, monthOn: legalMonthlyThemes.monthOn })
          .from(legalMonthlyThemes)
          .innerJoin(orgUnits, eq(orgUnits.id, legalMonthlyThemes.orgUnitId))
          .where(and(isNull(legalMonthlyThemes.deletedAt), sql`${unit!.path} like ${orgUnits.path} || '%'`))
          .orderBy(desc(legalMonthlyThemes.monthOn))
          .limit(24)
      : [];
  return { group, enterprises, themes };
}

/**
 * Defaults of the quick log form: today, and what this user logged last (unit, kind, provider); an adviser
 * logging for the first time is their own roster entry, at their first unit.
 */
export async function serviceDefaults(services: Services, actor: Actor, today = toIsoDate(new Date())) {
  const { db } = services;
  const [last] = await db
    .select({ orgUnitId: legalServices.orgUnitId, kind: legalServices.kind, adviserId: legalServices.adviserId, publicLawyerId: legalServices.publicLawyerId })
    .from(legalServices)
    .where(readConditions(serviceRegister, actor, [eq(legalServices.createdBy, actor.userId)]))
    .orderBy(desc(legalServices.createdAt), desc(legalServices.id))
    .limit(1);
  const [own] = await db
    .select({ id: legalAdvisers.id })
    .from(legalAdvisers)
    .where(and(eq(legalAdvisers.userId, actor.userId), isNull(legalAdvisers.deletedAt)))
    .limit(1);
  const homeUnit = actor.grants.find((g) => scopePaths(actor, 'legalAdvisers', 'create').includes(g.path))?.orgUnitId ?? actor.orgUnitId;
  return {
    servedOn: today,
    kind: last?.kind ?? 'consultation',
    orgUnitId: last?.orgUnitId ?? homeUnit,
    adviserId: last ? last.adviserId : (own?.id ?? null),
    publicLawyerId: last ? last.publicLawyerId : null,
    hours: 1,
  };
}

/** Derived states follow the calendar: the daily job moves 在聘 → 即将到期 → 已到期 (and certificates alike). */
export async function refreshStates(db: Db, today: string) {
  let changed = 0;
  await db.transaction(async (tx) => {
    const advisers = await tx
      .select({ id: legalAdvisers.id, name: legalAdvisers.name, start: legalAdvisers.contractStartOn, end: legalAdvisers.contractEndOn, state: legalAdvisers.state })
      .from(legalAdvisers)
      .where(isNull(legalAdvisers.deletedAt));
    for (const a of advisers) {
      const state = engagementState(a.start, a.end, today);
      if (state === a.state) continue;
      await tx.update(legalAdvisers).set({ state }).where(eq(legalAdvisers.id, a.id));
      await recordAudit(
        tx,
        { userId: null, displayName: '系统', ip: null },
        { action: 'state.refresh', entityType: adviserRegister.spec.entity, entityId: a.id, summary: `聘用状态按合同期限更新（${today}）`, changes: [{ field: 'state', from: a.state, to: state }] },
      );
      changed++;
    }
    const lawyers = await tx
      .select({
        id: publicLawyers.id,
        certificateIssuedOn: publicLawyers.certificateIssuedOn,
        leftOn: publicLawyers.leftOn,
        revokedOn: publicLawyers.revokedOn,
        assessmentYear: publicLawyers.assessmentYear,
        assessmentResult: publicLawyers.assessmentResult,
        state: publicLawyers.state,
      })
      .from(publicLawyers)
      .where(isNull(publicLawyers.deletedAt));
    for (const p of lawyers) {
      const state = publicLawyerState(p, today);
      if (state === p.state) continue;
      await tx.update(publicLawyers).set({ state }).where(eq(publicLawyers.id, p.id));
      await recordAudit(
        tx,
        { userId: null, displayName: '系统', ip: null },
        {
          action: 'state.refresh',
          entityType: publicLawyerRegister.spec.entity,
          entityId: p.id,
          summary: `状态按注销、离岗和年度考核更新（${today}）`,
          changes: [{ field: 'state', from: p.state, to: state }],
        },
      );
      changed++;
    }
  });
  return changed;
}
