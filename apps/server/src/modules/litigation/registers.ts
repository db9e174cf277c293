import { deadlineRules, dueDate, maskIdNumber } from '@fazhi/core';
import { caseSpec, losingOutcomes, observationSpec, type PlaintiffInput } from '@fazhi/core/litigation';
import { asc, eq, and, isNull } from 'drizzle-orm';
import type { FieldChange } from '../../platform/audit/tables.js';
import { AppError } from '../../platform/http/errors.js';
import { defineRegister } from '../../platform/register/define.js';
import { readConditions } from '../../platform/register/service.js';
import { litigationCases, litigationHearings, litigationObservations, litigationPlaintiffs } from './tables.js';

/** Derived columns of a case: the defence deadline from the receipt date, lateness, 败诉 from the outcome. */
export function derivedCaseFields(row: Record<string, unknown>) {
  const derived: Record<string, unknown> = {};
  if (typeof row.complaintReceivedOn === 'string') {
    derived.defenceDueOn = dueDate(row.complaintReceivedOn, deadlineRules['litigation.defenceDue']);
  }
  const due = (derived.defenceDueOn ?? row.defenceDueOn) as string | undefined;
  if (typeof row.defenceSubmittedOn === 'string' && due) derived.defenceLate = row.defenceSubmittedOn > due;
  if ('outcome' in row) derived.lost = typeof row.outcome === 'string' && losingOutcomes.includes(row.outcome);
  return derived;
}

// A plaintiff in a sheet is a name only: these words mark an organisation (ID numbers are entered in the form).
const organisationName = /公司|集团|厂|店|合作社|委员会|协会|中心|医院|学校|事务所|局|院|部|社/;

export const caseRegister = defineRegister({
  spec: caseSpec,
  table: litigationCases,
  naturalKey: ['caseNumber'],
  extraColumns: [
    {
      label: '原告',
      exported: (row) => String(row.plaintiffNames ?? ''),
      imported: (text) => ({
        input: {
          plaintiffs: text
            .split(/[、，,；;]/)
            .map((name) => name.trim())
            .filter(Boolean)
            .map((name) => (organisationName.test(name) ? { kind: 'organization', name } : { kind: 'person', name })),
        },
      }),
    },
  ],
  prepare: (input, { before }) => {
    const { plaintiffs, ...fields } = input;
    // A new case carries its plaintiffs' names from the start (one UPDATE fewer per row of an import).
    const names = !before && Array.isArray(plaintiffs) ? { plaintiffNames: (plaintiffs as PlaintiffInput[]).map((p) => p.name).join('、') } : {};
    return { ...fields, ...names, ...derivedCaseFields({ ...before, ...fields }) };
  },
  extraSearchText: (row) => String(row.plaintiffNames ?? ''),
  afterWrite: async (row, input, { tx, services, before: ctxBefore }) => {
    const plaintiffs = input.plaintiffs as PlaintiffInput[] | undefined;
    if (!plaintiffs) return [];
    // A new case has no plaintiffs or hearings on file yet: three queries fewer per row of an import.
    const isNew = !ctxBefore;
    const before = isNew ? [] : await tx.select().from(litigationPlaintiffs).where(eq(litigationPlaintiffs.caseId, row.id)).orderBy(asc(litigationPlaintiffs.ordinal));
    const onFile = new Map(before.map((b) => [b.id, b]));
    if (!isNew) await tx.delete(litigationPlaintiffs).where(eq(litigationPlaintiffs.caseId, row.id));
    await tx.insert(litigationPlaintiffs).values(
      plaintiffs.map((p, ordinal) => {
        const kept = p.id ? onFile.get(p.id) : undefined;
        const typed = p.kind === 'person' && p.idNumber ? p.idNumber : undefined;
        return {
          ...(kept ? { id: kept.id } : {}),
          caseId: row.id,
          ordinal,
          kind: p.kind,
          name: p.name,
          idNumberEnc: typed ? services.cipher.encrypt(typed) : p.kind === 'person' ? (kept?.idNumberEnc ?? null) : null,
          idNumberMasked: typed ? maskIdNumber(typed) : p.kind === 'person' ? (kept?.idNumberMasked ?? null) : null,
          creditCode: p.kind === 'organization' ? (p.creditCode ?? null) : null,
        };
      }),
    );
    const names = plaintiffs.map((p) => p.name).join('、');
    if (!isNew) await tx.update(litigationCases).set({ plaintiffNames: names }).where(eq(litigationCases.id, row.id));
    // Hearings follow their case when it moves to another unit.
    if (!isNew) await tx.update(litigationHearings).set({ orgUnitId: row.orgUnitId }).where(eq(litigationHearings.caseId, row.id));
    const from = before.map((b) => b.name).join('、');
    return from === names ? [] : ([{ field: 'plaintiffs', from: from || null, to: names }] satisfies FieldChange[]);
  },
  expand: async (db, row) => {
    const plaintiffs = await db
      .select({
        id: litigationPlaintiffs.id,
        kind: litigationPlaintiffs.kind,
        name: litigationPlaintiffs.name,
        idNumberMasked: litigationPlaintiffs.idNumberMasked,
        creditCode: litigationPlaintiffs.creditCode,
      })
      .from(litigationPlaintiffs)
      .where(eq(litigationPlaintiffs.caseId, row.id))
      .orderBy(asc(litigationPlaintiffs.ordinal));
    const hearings = await db
      .select()
      .from(litigationHearings)
      .where(and(eq(litigationHearings.caseId, row.id), isNull(litigationHearings.deletedAt)))
      .orderBy(asc(litigationHearings.heldOn));
    return { plaintiffs, hearings };
  },
});

export const observationRegister = defineRegister({
  spec: observationSpec,
  table: litigationObservations,
  naturalKey: ['orgUnitId', 'heldOn', 'title'],
  // An observed hearing may name its case: it must be a case the recorder can see.
  prepare: async (input, { tx, actor }) => {
    if (typeof input.caseId === 'string') {
      const [kase] = await tx
        .select({ id: litigationCases.id })
        .from(litigationCases)
        .where(readConditions(caseRegister, actor, [eq(litigationCases.id, input.caseId)]));
      if (!kase) throw new AppError('validation', '所选案件不存在', [{ path: 'caseId', message: '所选案件不存在' }]);
    }
    return input;
  },
});
