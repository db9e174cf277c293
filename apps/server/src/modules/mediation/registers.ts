import { maskIdNumber, maskPhone } from '@fazhi/core';
import { campaignProblems, campaignSpec, committeeSpec, confirmationDueOn, disputeSpec, honourSpec, mediatorSpec, termEndOn, type PartyInput } from '@fazhi/core/mediation';
import { and, asc, count, eq, isNull, like } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FieldChange } from '../../platform/audit/tables.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister } from '../../platform/register/define.js';
import { mediationCampaigns, mediationCommittees, mediationDisputes, mediationHonours, mediationMediators, mediationParties, mediationSessions } from './tables.js';

/** The committee registered at a unit (one per unit): disputes and mediators belong to it through their unit. */
export async function committeeAt(tx: Db, orgUnitId: string) {
  const [c] = await tx
    .select({ id: mediationCommittees.id, name: mediationCommittees.name })
    .from(mediationCommittees)
    .where(and(eq(mediationCommittees.orgUnitId, orgUnitId), isNull(mediationCommittees.deletedAt)))
    .limit(1);
  return c;
}

async function committeeNameAt(tx: Db, orgUnitId: string): Promise<string> {
  const c = await committeeAt(tx, orgUnitId);
  if (!c) refuse([{ path: 'orgUnitId', message: '该单位尚未登记人民调解委员会' }]);
  return c!.name;
}

// ---------------------------------------------------------------- 调解委员会

export const committeeRegister = defineRegister({
  spec: committeeSpec,
  table: mediationCommittees,
  // One committee per unit: the unit names it across sheets (village names repeat across 街道).
  naturalKey: ['orgUnitId'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    if (typeof input.orgUnitId === 'string' && input.orgUnitId !== before?.orgUnitId) {
      const other = await committeeAt(tx, input.orgUnitId);
      if (other) refuse([{ path: 'orgUnitId', message: `该单位已登记“${other.name}”，一个单位只登记一个调委会` }]);
    }
    // 第9条: 委员每届任期三年.
    return { ...input, termEndOn: termEndOn(String(merged.termStartOn)) };
  },
});

// ---------------------------------------------------------------- 人民调解员

export const mediatorRegister = defineRegister({
  spec: mediatorSpec,
  table: mediationMediators,
  naturalKey: ['orgUnitId', 'name'],
  secretColumns: ['phoneEnc'],
  prepare: async (input, { tx, services, before }) => {
    const { phone, ...fields } = input;
    const values: Record<string, unknown> = { ...fields };
    if (phone !== undefined) {
      values.phoneEnc = typeof phone === 'string' ? services.cipher.encrypt(phone) : null;
      values.phoneMasked = typeof phone === 'string' ? maskPhone(phone) : null;
    }
    if (typeof fields.orgUnitId === 'string' || !before) values.committeeName = await committeeNameAt(tx, String(fields.orgUnitId ?? before?.orgUnitId));
    return values;
  },
});

// ---------------------------------------------------------------- 调解员荣誉

export const honourRegister = defineRegister({
  spec: honourSpec,
  table: mediationHonours,
  naturalKey: ['orgUnitId', 'mediatorName', 'kind', 'year'],
  // The honoured person must be on the roster of the committee named: the roster links the honour to the mediator.
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    if (!before || 'mediatorName' in input || 'orgUnitId' in input) {
      const [m] = await tx
        .select({ id: mediationMediators.id })
        .from(mediationMediators)
        .where(and(eq(mediationMediators.orgUnitId, String(merged.orgUnitId)), eq(mediationMediators.name, String(merged.mediatorName)), isNull(mediationMediators.deletedAt)))
        .limit(1);
      if (!m) refuse([{ path: 'mediatorName', message: '该调委会没有登记这名调解员' }]);
      return { ...input, mediatorId: m!.id };
    }
    return input;
  },
});

// ---------------------------------------------------------------- 排查专项活动

export const campaignRegister = defineRegister({
  spec: campaignSpec,
  table: mediationCampaigns,
  naturalKey: ['orgUnitId', 'title'],
  prepare: (input, { before }) => {
    refuse(campaignProblems({ ...before, ...input }));
    return input;
  },
  expand: async (db, row) => {
    const [n] = await db
      .select({ n: count() })
      .from(mediationDisputes)
      .where(and(eq(mediationDisputes.campaignId, row.id), isNull(mediationDisputes.deletedAt)));
    return { disputeCount: n?.n ?? 0 };
  },
});

// ---------------------------------------------------------------- 纠纷

/** Derived columns of a dispute: the last day of the 司法确认 window from the agreement's effective date. */
export function derivedDisputeFields(row: Record<string, unknown>) {
  if (!('agreementEffectiveOn' in row)) return {};
  return { confirmationDueOn: typeof row.agreementEffectiveOn === 'string' ? confirmationDueOn(row.agreementEffectiveOn) : null };
}

/** The next number such as “柳园社区调〔2026〕12号”, per name prefix (villages of one name share a sequence). */
async function nextCaseNumber(tx: Db, committeeName: string, receivedOn: string): Promise<string> {
  const year = receivedOn.slice(0, 4);
  const prefix = `${committeeName.replace(/人民调解委员会$/, '').replace(/街道$/, '')}调〔${year}〕`;
  const [n] = await tx
    .select({ n: count() })
    .from(mediationDisputes)
    .where(like(mediationDisputes.caseNumber, `${prefix}%`));
  return `${prefix}${(n?.n ?? 0) + 1}号`;
}

export const disputeRegister = defineRegister({
  spec: disputeSpec,
  table: mediationDisputes,
  naturalKey: ['caseNumber'],
  extraColumns: [
    {
      label: '当事人',
      exported: (row) => String(row.partyNames ?? ''),
      imported: (text) => ({
        input: {
          parties: text
            .split(/[、，,；;]/)
            .map((name) => name.trim())
            .filter(Boolean)
            .map((name) => ({ name })),
        },
      }),
    },
  ],
  prepare: async (input, { tx, before }) => {
    const { parties, ...fields } = input;
    const merged = { ...before, ...fields };
    const values: Record<string, unknown> = { ...fields };
    if (typeof fields.orgUnitId === 'string' || !before) values.committeeName = await committeeNameAt(tx, String(merged.orgUnitId));
    if (!before && !fields.caseNumber) values.caseNumber = await nextCaseNumber(tx, String(values.committeeName), String(merged.receivedOn));
    if (fields.caseNumber === null) refuse([{ path: 'caseNumber', message: '纠纷编号不能清空' }]);
    // A campaign named by the client must cover the dispute's unit: it is organised for the area of the organiser's
    // parent (区司法局 → the whole district; a 街道 → its villages), whoever records the dispute.
    if (typeof fields.campaignId === 'string') {
      const organiser = alias(orgUnits, 'organiser');
      const area = alias(orgUnits, 'area');
      const [c] = await tx
        .select({ title: mediationCampaigns.title, areaPath: area.path })
        .from(mediationCampaigns)
        .innerJoin(organiser, eq(organiser.id, mediationCampaigns.orgUnitId))
        .leftJoin(area, eq(area.id, organiser.parentId))
        .where(and(eq(mediationCampaigns.id, fields.campaignId), isNull(mediationCampaigns.deletedAt)));
      const [unit] = await tx
        .select({ path: orgUnits.path })
        .from(orgUnits)
        .where(eq(orgUnits.id, String(merged.orgUnitId)));
      if (!c || !unit?.path.startsWith(c.areaPath ?? '')) refuse([{ path: 'campaignId', message: '所选排查活动不存在或不覆盖该调委会' }]);
      values.campaignTitle = c!.title;
    } else if (fields.campaignId === null) values.campaignTitle = null;
    if (!before && Array.isArray(parties)) values.partyNames = (parties as PartyInput[]).map((p) => p.name).join('、');
    return { ...values, ...derivedDisputeFields(merged) };
  },
  extraSearchText: (row) => [row.partyNames, row.committeeName].filter(Boolean).join(' '),
  afterWrite: async (row, input, { tx, services, before: ctxBefore }) => {
    const parties = input.parties as PartyInput[] | undefined;
    if (!parties) return [];
    const isNew = !ctxBefore;
    const before = isNew ? [] : await tx.select().from(mediationParties).where(eq(mediationParties.disputeId, row.id)).orderBy(asc(mediationParties.ordinal));
    const onFile = new Map(before.map((b) => [b.id, b]));
    if (!isNew) await tx.delete(mediationParties).where(eq(mediationParties.disputeId, row.id));
    await tx.insert(mediationParties).values(
      parties.map((p, ordinal) => {
        const kept = p.id ? onFile.get(p.id) : undefined;
        return {
          ...(kept ? { id: kept.id } : {}),
          disputeId: row.id,
          ordinal,
          name: p.name,
          // A number not typed again is kept, not erased.
          idNumberEnc: p.idNumber ? services.cipher.encrypt(p.idNumber) : (kept?.idNumberEnc ?? null),
          idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber) : (kept?.idNumberMasked ?? null),
          phoneEnc: p.phone ? services.cipher.encrypt(p.phone) : (kept?.phoneEnc ?? null),
          phoneMasked: p.phone ? maskPhone(p.phone) : (kept?.phoneMasked ?? null),
        };
      }),
    );
    const names = parties.map((p) => p.name).join('、');
    if (!isNew) await tx.update(mediationDisputes).set({ partyNames: names }).where(eq(mediationDisputes.id, row.id));
    const from = before.map((b) => b.name).join('、');
    return from === names || isNew ? [] : ([{ field: 'parties', from: from || null, to: names }] satisfies FieldChange[]);
  },
  expand: async (db, row) => {
    const parties = await db
      .select({ id: mediationParties.id, name: mediationParties.name, idNumberMasked: mediationParties.idNumberMasked, phoneMasked: mediationParties.phoneMasked })
      .from(mediationParties)
      .where(eq(mediationParties.disputeId, row.id))
      .orderBy(asc(mediationParties.ordinal));
    const sessions = await db
      .select({ id: mediationSessions.id, heldOn: mediationSessions.heldOn, content: mediationSessions.content, recordedBy: mediationSessions.recordedBy })
      .from(mediationSessions)
      .where(and(eq(mediationSessions.disputeId, row.id), isNull(mediationSessions.deletedAt)))
      .orderBy(asc(mediationSessions.heldOn), asc(mediationSessions.createdAt));
    return { parties, sessions };
  },
});
