import { maskIdNumber, toIsoDate } from '@fazhi/core';
import {
  bodyProblems,
  bodySpec,
  certificateProblems,
  certificateSpec,
  certificateStatus,
  decisionSpec,
  entrustmentState,
  itemSpec,
  leniencyItemSpec,
  officerSpec,
  reviewSpec,
  standardProblems,
  standardSpec,
  trainingSpec,
} from '@fazhi/core/enforcement';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { defineRegister, type RegisterTable } from '../../platform/register/define.js';
import {
  enforcementBodies,
  enforcementCertificates,
  enforcementItems,
  enforcementLeniencyDecisions,
  enforcementLeniencyItems,
  enforcementOfficers,
  enforcementReviews,
  enforcementStandards,
  enforcementTrainings,
} from './tables.js';

const today = () => toIsoDate(new Date());

/**
 * A linked record (the body of an officer, the officer of a certificate …): it must exist, be readable by the actor
 * and belong to the same unit as the record naming it, so a department never hangs its rows off another's register.
 * Anything else is refused as "不存在", revealing nothing about other units.
 */
export async function linked<T extends RegisterTable>(tx: Db, actor: Actor, table: T, entity: string, id: unknown, orgUnitId: unknown, path: string, label: string) {
  const [row] = await tx
    .select()
    .from(table as RegisterTable)
    .where(and(eq(table.id, String(id)), isNull(table.deletedAt), scopeCondition(actor, 'enforcement', 'read', table, entity)));
  if (!row) refuse([{ path, message: `所选${label}不存在` }]);
  const r = row as Record<string, unknown>;
  if (r.orgUnitId !== orgUnitId) refuse([{ path, message: `所选${label}不属于所选单位` }]);
  return r;
}

/** Recomputes a certificate's derived status from its own fields and its 年审 (after either is written). */
export async function refreshCertificateStatus(tx: Db, certificateId: string, on = today()) {
  const [c] = await tx.select().from(enforcementCertificates).where(eq(enforcementCertificates.id, certificateId));
  if (!c) return;
  const reviews = await tx
    .select({ year: enforcementReviews.year, result: enforcementReviews.result })
    .from(enforcementReviews)
    .where(and(eq(enforcementReviews.certificateId, certificateId), isNull(enforcementReviews.deletedAt)));
  const status = certificateStatus(c, reviews, on);
  if (status !== c.status) await tx.update(enforcementCertificates).set({ status }).where(eq(enforcementCertificates.id, certificateId));
}

// ---------------------------------------------------------------- 执法主体

export const bodyRegister = defineRegister({
  spec: bodySpec,
  table: enforcementBodies,
  naturalKey: ['orgUnitId', 'name'],
  prepare: (input, { before }) => {
    const merged = { ...before, ...input };
    refuse(bodyProblems(merged));
    // A statutory or authorised body has no 委托 term: switching the kind clears it.
    const cleared = merged.kind === 'entrusted' ? {} : { entrustingAuthority: null, entrustmentDocument: null, entrustStartOn: null, entrustEndOn: null };
    return { ...input, ...cleared, entrustState: entrustmentState(String(merged.kind), merged.kind === 'entrusted' ? (merged.entrustEndOn as string | null) : null, today()) };
  },
  // Children are counted, not listed: the officers and items registers filter by body.
  expand: async (db, row) => {
    const [officers] = await db
      .select({ n: count() })
      .from(enforcementOfficers)
      .where(and(eq(enforcementOfficers.bodyId, row.id), isNull(enforcementOfficers.deletedAt)));
    const [items] = await db
      .select({ n: count() })
      .from(enforcementItems)
      .where(and(eq(enforcementItems.bodyId, row.id), isNull(enforcementItems.deletedAt)));
    return { officerCount: officers?.n ?? 0, itemCount: items?.n ?? 0 };
  },
});

// ---------------------------------------------------------------- 执法人员

export const officerRegister = defineRegister({
  spec: officerSpec,
  table: enforcementOfficers,
  naturalKey: ['orgUnitId', 'name', 'bodyId'],
  secretColumns: ['idNumberEnc'],
  revealable: { idNumber: { column: 'idNumberEnc', label: '执法人员公民身份号码' } },
  prepare: async (input, { tx, actor, services, before }) => {
    const { idNumber, ...fields } = input;
    const merged = { ...before, ...fields };
    const values: Record<string, unknown> = { ...fields };
    if ('bodyId' in input || 'orgUnitId' in input || !before) {
      const body = await linked(tx, actor, enforcementBodies, bodySpec.entity, merged.bodyId, merged.orgUnitId, 'bodyId', '执法主体');
      values.bodyName = body.name;
    }
    if (typeof idNumber === 'string') {
      values.idNumberEnc = services.cipher.encrypt(idNumber);
      values.idNumberMasked = maskIdNumber(idNumber);
    }
    return values;
  },
});

// ---------------------------------------------------------------- 证件

export const certificateRegister = defineRegister({
  spec: certificateSpec,
  table: enforcementCertificates,
  naturalKey: ['number'],
  prepare: async (input, { tx, actor, before }) => {
    const values: Record<string, unknown> = { ...input };
    if (typeof input.number === 'string') values.number = input.number.toUpperCase();
    const merged = { ...before, ...values };
    refuse(certificateProblems(merged));
    if ('officerId' in input || 'orgUnitId' in input || !before) {
      const officer = await linked(tx, actor, enforcementOfficers, officerSpec.entity, merged.officerId, merged.orgUnitId, 'officerId', '执法人员');
      values.officerName = officer.name;
    }
    // A number identifies one certificate across the province: checked here, as deleted rows keep theirs.
    const [clash] = await tx
      .select({ id: enforcementCertificates.id })
      .from(enforcementCertificates)
      .where(and(eq(enforcementCertificates.number, String(merged.number)), isNull(enforcementCertificates.deletedAt), before ? ne(enforcementCertificates.id, before.id) : undefined));
    if (clash) refuse([{ path: 'number', message: '该证件号码已登记' }]);
    // The status of a new certificate has no 年审 yet; an update is recomputed in afterWrite with its 年审.
    values.status = certificateStatus({ issuedOn: String(merged.issuedOn), revokedOn: merged.revokedOn as string | null, suspended: Boolean(merged.suspended) }, [], today());
    return values;
  },
  afterWrite: async (row, _input, { tx }) => {
    await refreshCertificateStatus(tx, row.id);
    return [];
  },
  expand: async (db, row) => ({
    reviews: await db
      .select({ id: enforcementReviews.id, year: enforcementReviews.year, result: enforcementReviews.result, reviewedOn: enforcementReviews.reviewedOn })
      .from(enforcementReviews)
      .where(and(eq(enforcementReviews.certificateId, row.id), isNull(enforcementReviews.deletedAt)))
      .orderBy(enforcementReviews.year),
  }),
});

// ---------------------------------------------------------------- 年审

export const reviewRegister = defineRegister({
  spec: reviewSpec,
  table: enforcementReviews,
  naturalKey: ['certificateId', 'year'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    const values: Record<string, unknown> = { ...input };
    if ('certificateId' in input || 'orgUnitId' in input || !before) {
      const c = await linked(tx, actor, enforcementCertificates, certificateSpec.entity, merged.certificateId, merged.orgUnitId, 'certificateId', '证件');
      values.certificateNumber = c.number;
      values.officerName = c.officerName;
      if (Number(merged.year) < Number(String(c.issuedOn).slice(0, 4))) refuse([{ path: 'year', message: '年审年度不能早于发证年度' }]);
    }
    if (typeof merged.reviewedOn === 'string' && Number(merged.reviewedOn.slice(0, 4)) < Number(merged.year)) refuse([{ path: 'reviewedOn', message: '年审日期不能早于所审年度' }]);
    const [dup] = await tx
      .select({ id: enforcementReviews.id })
      .from(enforcementReviews)
      .where(
        and(
          eq(enforcementReviews.certificateId, String(merged.certificateId)),
          eq(enforcementReviews.year, Number(merged.year)),
          isNull(enforcementReviews.deletedAt),
          before ? ne(enforcementReviews.id, before.id) : undefined,
        ),
      );
    if (dup) refuse([{ path: 'year', message: '该证件本年度已有年审记录' }]);
    return values;
  },
  afterWrite: async (row, _input, { tx, before }) => {
    await refreshCertificateStatus(tx, String(row.certificateId));
    if (before && before.certificateId !== row.certificateId) await refreshCertificateStatus(tx, String(before.certificateId));
    return [];
  },
});

// ---------------------------------------------------------------- 培训

export const trainingRegister = defineRegister({
  spec: trainingSpec,
  table: enforcementTrainings,
  naturalKey: ['officerId', 'trainedOn', 'course'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    const values: Record<string, unknown> = { ...input };
    if ('officerId' in input || 'orgUnitId' in input || !before) {
      const officer = await linked(tx, actor, enforcementOfficers, officerSpec.entity, merged.officerId, merged.orgUnitId, 'officerId', '执法人员');
      values.officerName = officer.name;
    }
    return values;
  },
});

// ---------------------------------------------------------------- 执法事项 and 裁量基准

async function refreshStandardCount(tx: Db, itemId: string) {
  const [r] = await tx
    .select({ n: count() })
    .from(enforcementStandards)
    .where(and(eq(enforcementStandards.itemId, itemId), isNull(enforcementStandards.deletedAt)));
  await tx
    .update(enforcementItems)
    .set({ standardCount: r?.n ?? 0 })
    .where(eq(enforcementItems.id, itemId));
}

export const itemRegister = defineRegister({
  spec: itemSpec,
  table: enforcementItems,
  naturalKey: ['code'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    const values: Record<string, unknown> = { ...input };
    if ('bodyId' in input || 'orgUnitId' in input || !before) {
      const body = await linked(tx, actor, enforcementBodies, bodySpec.entity, merged.bodyId, merged.orgUnitId, 'bodyId', '执法主体');
      values.bodyName = body.name;
    }
    return values;
  },
  expand: async (db, row) => ({
    standards: await db
      .select({
        id: enforcementStandards.id,
        circumstance: enforcementStandards.circumstance,
        fineMin: enforcementStandards.fineMin,
        fineMax: enforcementStandards.fineMax,
        measure: enforcementStandards.measure,
        version: enforcementStandards.version,
      })
      .from(enforcementStandards)
      .where(and(eq(enforcementStandards.itemId, row.id), isNull(enforcementStandards.deletedAt)))
      .orderBy(enforcementStandards.createdAt),
  }),
});

/** 裁量基准 versions: each change is an audited update of the row (version number + field diff in the audit log). */
export const standardRegister = defineRegister({
  spec: standardSpec,
  table: enforcementStandards,
  naturalKey: ['itemId', 'circumstance'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    refuse(standardProblems(merged));
    const values: Record<string, unknown> = { ...input };
    if ('itemId' in input || 'orgUnitId' in input || !before) {
      const item = await linked(tx, actor, enforcementItems, itemSpec.entity, merged.itemId, merged.orgUnitId, 'itemId', '执法事项');
      values.itemCode = item.code;
      values.itemName = item.name;
    }
    return values;
  },
  afterWrite: async (row, _input, { tx, before }) => {
    await refreshStandardCount(tx, String(row.itemId));
    if (before && before.itemId !== row.itemId) await refreshStandardCount(tx, String(before.itemId));
    return [];
  },
});

// ---------------------------------------------------------------- 不罚轻罚

export const leniencyItemRegister = defineRegister({
  spec: leniencyItemSpec,
  table: enforcementLeniencyItems,
  naturalKey: ['code'],
});

export const decisionRegister = defineRegister({
  spec: decisionSpec,
  table: enforcementLeniencyDecisions,
  naturalKey: ['creditCode', 'leniencyItemId', 'decidedOn'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    const values: Record<string, unknown> = { ...input };
    if ('bodyId' in input || 'orgUnitId' in input || !before) {
      const body = await linked(tx, actor, enforcementBodies, bodySpec.entity, merged.bodyId, merged.orgUnitId, 'bodyId', '执法主体');
      values.bodyName = body.name;
    }
    if ('leniencyItemId' in input || !before) {
      // The list is the district's, published for all: any item on it may be applied.
      const [item] = await tx
        .select({ behaviour: enforcementLeniencyItems.behaviour, outcome: enforcementLeniencyItems.outcome })
        .from(enforcementLeniencyItems)
        .where(and(eq(enforcementLeniencyItems.id, String(merged.leniencyItemId)), isNull(enforcementLeniencyItems.deletedAt)));
      if (!item) refuse([{ path: 'leniencyItemId', message: '所选清单事项不存在' }]);
      values.leniencyItemName = item!.behaviour;
    }
    return values;
  },
});

export const enforcementRegisters = [bodyRegister, officerRegister, certificateRegister, reviewRegister, trainingRegister, itemRegister, standardRegister, leniencyItemRegister, decisionRegister];
