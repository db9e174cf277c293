import { maskIdNumber, maskPhone, toIsoDate } from '@fazhi/core';
import {
  activityProblems,
  activitySpec,
  assistantProblems,
  assistantSpec,
  assistantState,
  itemSpec,
  officeProblems,
  officeSpec,
  ratingSpec,
  standardSpec,
  thresholdProblems,
  trainingSpec,
} from '@fazhi/core/judicial-offices';
import { and, eq, isNull, ne, sum } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister } from '../../platform/register/define.js';
import { judicialActivities, judicialAssistants, judicialChecklistItems, judicialOffices, judicialRatings, judicialRatingStandards, judicialTrainings } from './tables.js';

const today = () => toIsoDate(new Date());

/** The unit a record is written for must be of `kind` (a 司法所, or the district for its 评定标准). */
async function requireUnitKind(tx: Db, orgUnitId: unknown, kind: 'judicialOffice' | 'district', path = 'orgUnitId') {
  const [unit] = await tx
    .select({ kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.id, String(orgUnitId)));
  if (unit?.kind !== kind) refuse([{ path, message: kind === 'district' ? '评定标准由区级单位制定，请选择区（县）' : '请选择类别为“司法所”的单位' }]);
}

// ---------------------------------------------------------------- 司法所概况

export const officeRegister = defineRegister({
  spec: officeSpec,
  table: judicialOffices,
  naturalKey: ['orgUnitId'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    refuse(officeProblems(merged));
    if (!before) {
      await requireUnitKind(tx, input.orgUnitId, 'judicialOffice');
      const [existing] = await tx
        .select({ id: judicialOffices.id })
        .from(judicialOffices)
        .where(and(eq(judicialOffices.orgUnitId, String(input.orgUnitId)), isNull(judicialOffices.deletedAt)));
      if (existing) refuse([{ path: 'orgUnitId', message: '该司法所已有概况，请修改原记录' }]);
    }
    // No hall, no hall area.
    return merged.hasServiceHall === false ? { ...input, serviceHallArea: null } : input;
  },
});

// ---------------------------------------------------------------- 星级分数线, 评定标准

export const standardRegister = defineRegister({
  spec: standardSpec,
  table: judicialRatingStandards,
  naturalKey: ['orgUnitId', 'year'],
  prepare: async (input, { tx, before }) => {
    refuse(thresholdProblems({ ...before, ...input } as Parameters<typeof thresholdProblems>[0]));
    if (!before) await requireUnitKind(tx, input.orgUnitId, 'district');
    return input;
  },
});

export const itemRegister = defineRegister({
  spec: itemSpec,
  table: judicialChecklistItems,
  naturalKey: ['orgUnitId', 'year', 'title'],
  prepare: async (input, { tx, before }) => {
    if (!before) await requireUnitKind(tx, input.orgUnitId, 'district');
    // Totals already given would no longer add up: a year's checklist is fixed once an office has submitted.
    const year = Number(input.year ?? before?.year);
    const years = before && input.year !== undefined && before.year !== input.year ? [year, Number(before.year)] : [year];
    for (const y of years) {
      const [scored] = await tx
        .select({ id: judicialRatings.id })
        .from(judicialRatings)
        .where(and(eq(judicialRatings.year, y), ne(judicialRatings.state, 'selfAssessment'), isNull(judicialRatings.deletedAt)))
        .limit(1);
      if (scored) refuse([{ path: 'year', message: `${y}年度已有司法所提交评分，评定标准不能再修改` }]);
    }
    return input;
  },
});

// ---------------------------------------------------------------- 规范化评定

export const ratingRegister = defineRegister({
  spec: ratingSpec,
  table: judicialRatings,
  naturalKey: ['orgUnitId', 'year'],
  prepare: async (input, { tx, before }) => {
    if (before) return input;
    await requireUnitKind(tx, input.orgUnitId, 'judicialOffice');
    const [existing] = await tx
      .select({ id: judicialRatings.id })
      .from(judicialRatings)
      .where(and(eq(judicialRatings.orgUnitId, String(input.orgUnitId)), eq(judicialRatings.year, Number(input.year)), isNull(judicialRatings.deletedAt)));
    if (existing) refuse([{ path: 'year', message: '该司法所本年度已有规范化评定' }]);
    return { ...input, state: 'selfAssessment' };
  },
});

// ---------------------------------------------------------------- 工作台账

export const activityRegister = defineRegister({
  spec: activitySpec,
  table: judicialActivities,
  naturalKey: ['orgUnitId', 'occurredOn', 'kind', 'subject'],
  prepare: async (input, { tx, before }) => {
    refuse(activityProblems({ ...before, ...input }));
    if (!before || input.orgUnitId !== undefined) await requireUnitKind(tx, input.orgUnitId ?? before?.orgUnitId, 'judicialOffice');
    return input;
  },
});

// ---------------------------------------------------------------- 司法协理员

export const assistantRegister = defineRegister({
  spec: assistantSpec,
  table: judicialAssistants,
  naturalKey: ['orgUnitId', 'name', 'hiredOn'],
  secretColumns: ['idNumberEnc', 'phoneEnc'],
  prepare: async (input, { tx, services, before }) => {
    const { idNumber, phone, ...fields } = input;
    const merged = { ...before, ...fields };
    refuse(assistantProblems(merged));
    if (!before || fields.orgUnitId !== undefined) await requireUnitKind(tx, merged.orgUnitId, 'judicialOffice');
    const values: Record<string, unknown> = { ...fields };
    if (typeof idNumber === 'string') {
      values.idNumberEnc = services.cipher.encrypt(idNumber);
      values.idNumberMasked = maskIdNumber(idNumber);
    }
    if (phone !== undefined) {
      values.phoneEnc = typeof phone === 'string' ? services.cipher.encrypt(phone) : null;
      values.phoneMasked = typeof phone === 'string' ? maskPhone(phone) : null;
    }
    // Clearing the exit clears its reason too.
    if (fields.exitOn === null) values.exitReason = null;
    values.state = assistantState({ hiredOn: String(merged.hiredOn), exitOn: (merged.exitOn as string | null) ?? null }, today());
    return values;
  },
});

/** Keeps an assistant's total training hours (a list column) in step with the training records. */
export async function refreshTrainingHours(tx: Db, assistantId: string) {
  const [r] = await tx
    .select({ hours: sum(judicialTrainings.hours) })
    .from(judicialTrainings)
    .where(and(eq(judicialTrainings.assistantId, assistantId), isNull(judicialTrainings.deletedAt)));
  await tx
    .update(judicialAssistants)
    .set({ trainingHours: Number(r?.hours ?? 0) })
    .where(eq(judicialAssistants.id, assistantId));
}

export const trainingRegister = defineRegister({
  spec: trainingSpec,
  table: judicialTrainings,
  naturalKey: ['assistantId', 'kind', 'trainedOn'],
  prepare: async (input, { tx, before }) => {
    if (before) return input;
    // The assistant must belong to the office named (that office is already checked against the actor's scope).
    const [a] = await tx
      .select({ name: judicialAssistants.name })
      .from(judicialAssistants)
      .where(and(eq(judicialAssistants.id, String(input.assistantId)), eq(judicialAssistants.orgUnitId, String(input.orgUnitId)), isNull(judicialAssistants.deletedAt)));
    if (!a) refuse([{ path: 'assistantId', message: '所选司法协理员不属于该司法所' }]);
    return { ...input, assistantName: a!.name };
  },
  afterWrite: async (row, _input, { tx }) => {
    await refreshTrainingHours(tx, String(row.assistantId));
    return [];
  },
});
