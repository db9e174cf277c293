import { maskPhone, toIsoDate } from '@fazhi/core';
import {
  adviserProblems,
  adviserSpec,
  engagementState,
  enterpriseSpec,
  publicLawyerProblems,
  publicLawyerSpec,
  publicLawyerState,
  servedGroupOf,
  servedGroups,
  serviceKindGroups,
  serviceKinds,
  serviceProblems,
  serviceSpec,
  themeMonthOn,
  themeSpec,
  type PublicLawyerFacts,
  type ServedGroup,
  type ServiceKind,
} from '@fazhi/core/legal-advisers';
import { and, asc, count, eq, inArray, isNull, or, sql, sum } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import { users } from '../../platform/auth/tables.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister, type Row } from '../../platform/register/define.js';
import { reviewRequestBrief } from '../legal-review/subjects.js';
import { legalAdvisers, legalAdviserUnits, legalMonthlyThemes, legalParkEnterprises, legalServices, publicLawyers } from './tables.js';

const today = () => toIsoDate(new Date());

// ---------------------------------------------------------------- 法律顾问

/** Checks the units served exist; returns their names in tree order (for search text and the audit trail). */
async function servedUnits(tx: Db, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = await tx.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, unique)).orderBy(asc(orgUnits.path));
  if (rows.length !== unique.length) refuse([{ path: 'servedUnitIds', message: '所选服务单位不存在' }]);
  return rows;
}

export const adviserRegister = defineRegister({
  spec: adviserSpec,
  table: legalAdvisers,
  naturalKey: ['contractNumber'],
  extraColumns: [
    {
      label: '服务单位',
      exported: (row) => String(row.servedUnitNames ?? ''),
      imported: (text, unitIdByName) => {
        const names = text
          .split(/[、，,；;]/)
          .map((n) => n.trim())
          .filter(Boolean);
        const unknown = names.filter((n) => !unitIdByName(n));
        return unknown.length ? { message: `服务单位「${unknown.join('、')}」不存在或有重名，请在系统中选择` } : { input: { servedUnitIds: names.map((n) => unitIdByName(n)!) } };
      },
    },
  ],
  secretColumns: ['phoneEnc'],
  prepare: async (input, { tx, services, before }) => {
    const { servedUnitIds, phone, ...fields } = input;
    const merged = { ...before, ...fields };
    refuse(adviserProblems(merged));
    const values: Record<string, unknown> = { ...fields };
    if (phone !== undefined) {
      values.phoneEnc = typeof phone === 'string' ? services.cipher.encrypt(phone) : null;
      values.phoneMasked = typeof phone === 'string' ? maskPhone(phone) : null;
    }
    if (Array.isArray(servedUnitIds)) {
      const units = await servedUnits(tx, servedUnitIds as string[]);
      values.servedUnitCount = units.length;
      values.servedUnitNames = units.map((u) => u.name).join('、');
    }
    if (typeof fields.userId === 'string') {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, fields.userId));
      if (!user) refuse([{ path: 'userId', message: '所选账号不存在' }]);
    }
    values.state = engagementState(String(merged.contractStartOn), String(merged.contractEndOn), today());
    return values;
  },
  extraSearchText: (row) => [row.servedUnitNames, row.enterprisesServed].filter(Boolean).join(' '),
  afterWrite: async (row, input, { tx }) => {
    const ids = input.servedUnitIds as string[] | undefined;
    if (!ids) return [];
    // The names in servedUnitNames already carry the change into the audit entry.
    await tx.delete(legalAdviserUnits).where(eq(legalAdviserUnits.adviserId, row.id));
    await tx.insert(legalAdviserUnits).values([...new Set(ids)].map((orgUnitId) => ({ adviserId: row.id, orgUnitId })));
    return [];
  },
  expand: async (db, row) => {
    const servedUnits = await db
      .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
      .from(legalAdviserUnits)
      .innerJoin(orgUnits, eq(orgUnits.id, legalAdviserUnits.orgUnitId))
      .where(eq(legalAdviserUnits.adviserId, row.id))
      .orderBy(asc(orgUnits.path));
    const [user] = row.userId
      ? await db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(eq(users.id, String(row.userId)))
      : [];
    return { servedUnitIds: servedUnits.map((u) => u.id), servedUnits, linkedUser: user ?? null };
  },
});

// ---------------------------------------------------------------- 公职律师

export const publicLawyerRegister = defineRegister({
  spec: publicLawyerSpec,
  table: publicLawyers,
  naturalKey: ['certificateNumber'],
  prepare: (input, { before }) => {
    const merged = { ...before, ...input };
    refuse(publicLawyerProblems(merged));
    return { ...input, state: publicLawyerState(merged as PublicLawyerFacts, today()) };
  },
});

// ---------------------------------------------------------------- 服务台账

/**
 * The provider named in an entry, as the log form offers them (see providersFor): an adviser the actor may read, who
 * serves the unit, or who is the actor; a public lawyer the actor may read or of the unit or a unit above it. Any
 * other id is refused as not found, so an entry never reveals another unit's roster.
 */
async function providerName(tx: Db, actor: Actor, adviserId: unknown, publicLawyerId: unknown, orgUnitId: string): Promise<string> {
  if (typeof adviserId === 'string') {
    const a = legalAdvisers;
    const serves = sql`exists (select 1 from ${legalAdviserUnits} where ${legalAdviserUnits.adviserId} = ${a.id} and ${legalAdviserUnits.orgUnitId} = ${orgUnitId})`;
    const [row] = await tx
      .select({ name: a.name })
      .from(a)
      .where(and(eq(a.id, adviserId), isNull(a.deletedAt), or(serves, eq(a.userId, actor.userId), scopeCondition(actor, 'legalAdvisers', 'read', a, adviserSpec.entity))));
    if (!row) refuse([{ path: 'adviserId', message: '所选法律顾问不存在或不服务该单位' }]);
    return row!.name;
  }
  const p = publicLawyers;
  const above = sql`(select path from org_units where id = ${orgUnitId}) like (select u.path from org_units u where u.id = ${p.orgUnitId}) || '%'`;
  const [row] = await tx
    .select({ name: p.name })
    .from(p)
    .where(and(eq(p.id, String(publicLawyerId)), isNull(p.deletedAt), or(above, scopeCondition(actor, 'legalAdvisers', 'read', p, publicLawyerSpec.entity))));
  if (!row) refuse([{ path: 'publicLawyerId', message: '所选公职律师不存在或不服务该单位' }]);
  return `${row!.name}（公职律师）`;
}

/** The served unit, the group it puts the entry in, and the kind's fit with that group. */
async function servedUnitOf(tx: Db, orgUnitId: string, kind: ServiceKind) {
  const [unit] = await tx.select({ kind: orgUnits.kind, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
  if (!unit) refuse([{ path: 'orgUnitId', message: '所选服务单位不存在' }]);
  const group = servedGroupOf(unit!.kind);
  const only = serviceKindGroups[kind];
  if (only && only !== group) refuse([{ path: 'kind', message: `“${serviceKinds.label(kind)}”只能登记在${servedGroups.label(only)}名下` }]);
  return { group, path: unit!.path };
}

/** The 园区企业 must belong to the served 园区 (its id is checked against the unit already in the actor's scope). */
async function enterpriseNameOf(tx: Db, enterpriseId: string, orgUnitId: string, group: ServedGroup): Promise<string> {
  if (group !== 'park') refuse([{ path: 'enterpriseId', message: '只有服务园区时才能选择园区企业' }]);
  const [e] = await tx
    .select({ name: legalParkEnterprises.name })
    .from(legalParkEnterprises)
    .where(and(eq(legalParkEnterprises.id, enterpriseId), eq(legalParkEnterprises.orgUnitId, orgUnitId), isNull(legalParkEnterprises.deletedAt)));
  if (!e) refuse([{ path: 'enterpriseId', message: '所选企业不属于该园区' }]);
  return e!.name;
}

/** A theme applies to the 村(社区) under its deploying unit, in its month. */
async function themeTitleOf(tx: Db, themeId: string, unitPath: string, servedOn: string, group: ServedGroup): Promise<string> {
  if (group !== 'community') refuse([{ path: 'themeId', message: '“一月一主题”活动只能登记在村(社区)名下' }]);
  const [t] = await tx
    .select({ title: legalMonthlyThemes.title, monthOn: legalMonthlyThemes.monthOn, path: orgUnits.path })
    .from(legalMonthlyThemes)
    .innerJoin(orgUnits, eq(orgUnits.id, legalMonthlyThemes.orgUnitId))
    .where(and(eq(legalMonthlyThemes.id, themeId), isNull(legalMonthlyThemes.deletedAt)));
  if (!t || !unitPath.startsWith(t.path)) refuse([{ path: 'themeId', message: '所选“一月一主题”不适用于该村(社区)' }]);
  if (servedOn.slice(0, 7) !== t!.monthOn.slice(0, 7)) refuse([{ path: 'servedOn', message: `“一月一主题”活动应在${t!.monthOn.slice(0, 7)}月内开展` }]);
  return t!.title;
}

export const serviceRegister = defineRegister({
  spec: serviceSpec,
  table: legalServices,
  naturalKey: ['orgUnitId', 'servedOn', 'kind', 'subject', 'hours'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    refuse(serviceProblems(merged));
    const values: Record<string, unknown> = { ...input };
    const { group, path } = await servedUnitOf(tx, String(merged.orgUnitId), merged.kind as ServiceKind);
    values.servedGroup = group;
    // A moved entry (other unit or month) is checked again against its enterprise and theme.
    const enterpriseId = merged.enterpriseId as string | null | undefined;
    values.enterpriseId = enterpriseId ?? null;
    values.enterpriseName = enterpriseId ? await enterpriseNameOf(tx, enterpriseId, String(merged.orgUnitId), group) : null;
    const themeId = merged.themeId as string | null | undefined;
    values.themeId = themeId ?? null;
    values.themeTitle = themeId ? await themeTitleOf(tx, themeId, path, String(merged.servedOn), group) : null;
    if ('adviserId' in input || 'publicLawyerId' in input || 'orgUnitId' in input || !before) {
      values.providerName = await providerName(tx, actor, merged.adviserId, merged.publicLawyerId, String(merged.orgUnitId));
      // Choosing one kind of provider clears the other.
      values.adviserId = merged.adviserId ?? null;
      values.publicLawyerId = merged.publicLawyerId ?? null;
    }
    if (typeof input.reviewRequestId === 'string') {
      const review = await reviewRequestBrief(tx, actor, input.reviewRequestId);
      if (!review) refuse([{ path: 'reviewRequestId', message: '所选合法性审核申请不存在' }]);
      values.reviewRequestTitle = review!.title;
    } else if (input.reviewRequestId === null) values.reviewRequestTitle = null;
    return values;
  },
  extraSearchText: (row) => String(row.providerName ?? ''),
  expand: async (db, row) => {
    const [adviser] = row.adviserId
      ? await db
          .select({ id: legalAdvisers.id, name: legalAdvisers.name, lawFirm: legalAdvisers.lawFirm })
          .from(legalAdvisers)
          .where(eq(legalAdvisers.id, String(row.adviserId)))
      : [];
    const [publicLawyer] = row.publicLawyerId
      ? await db
          .select({ id: publicLawyers.id, name: publicLawyers.name, post: publicLawyers.post })
          .from(publicLawyers)
          .where(eq(publicLawyers.id, String(row.publicLawyerId)))
      : [];
    return {
      adviser: adviser ?? null,
      publicLawyer: publicLawyer ?? null,
      reviewRequestPath: row.reviewRequestId ? `/legal-review/requests/${String(row.reviewRequestId)}` : null,
    };
  },
});

// ---------------------------------------------------------------- 园区企业

export const enterpriseRegister = defineRegister({
  spec: enterpriseSpec,
  table: legalParkEnterprises,
  naturalKey: ['creditCode'],
  prepare: async (input, { tx, before }) => {
    const orgUnitId = (input.orgUnitId ?? before?.orgUnitId) as string;
    const [unit] = await tx.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
    if (unit?.kind !== 'park') refuse([{ path: 'orgUnitId', message: '所在园区应选择类别为“园区”的单位' }]);
    return input;
  },
  expand: async (db, row) => {
    const [r] = await db
      .select({ n: count(), last: sql<string | null>`max(${legalServices.servedOn})` })
      .from(legalServices)
      .where(and(eq(legalServices.enterpriseId, row.id), isNull(legalServices.deletedAt)));
    return { serviceCount: r?.n ?? 0, lastServedOn: r?.last ?? null };
  },
});

// ---------------------------------------------------------------- 一月一主题

export const themeRegister = defineRegister({
  spec: themeSpec,
  table: legalMonthlyThemes,
  naturalKey: ['orgUnitId', 'year', 'month'],
  prepare: (input, { before }) => {
    const merged = { ...before, ...input };
    return { ...input, monthOn: themeMonthOn(Number(merged.year), Number(merged.month)) };
  },
  // Which 村(社区) under the deploying unit held the theme (at least one activity logged with it).
  expand: async (db, row) => {
    const [owner] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, row.orgUnitId));
    // Written out: drizzle leaves columns unqualified in a one-table select, and "id" would bind inside the subquery.
    const held = sql<boolean>`exists (select 1 from legal_services s where s.org_unit_id = "org_units"."id" and s.theme_id = ${row.id} and s.deleted_at is null)`;
    const communities = await db
      .select({ id: orgUnits.id, name: orgUnits.name, held })
      .from(orgUnits)
      .where(and(eq(orgUnits.kind, 'community'), sql`${orgUnits.path} like ${`${owner?.path ?? '-'}%`}`))
      .orderBy(asc(orgUnits.path));
    return { communities, communitiesHeld: communities.filter((c) => c.held).length, communitiesTotal: communities.length };
  },
});

/** Entries and hours of one provider, for the roster's detail page. */
export async function serviceTotals(db: Db, where: ReturnType<typeof and>) {
  const [r] = await db
    .select({ n: count(), hours: sum(legalServices.hours) })
    .from(legalServices)
    .where(where);
  return { entries: r?.n ?? 0, hours: Number(r?.hours ?? 0) };
}

export type { Row };
