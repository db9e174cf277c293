import { deadlineRules, dueDate, maskIdNumber } from '@fazhi/core';
import {
  appealAnswerDueOn,
  appealDueOn,
  caseNumberMismatch,
  caseSpec,
  decisionKindOf,
  effectiveOn,
  isLost,
  noticeUnheeded,
  observationSpec,
  suggestionReplyDueOn,
  suggestionSpec,
  type PlaintiffInput,
} from '@fazhi/core/litigation';
import { asc, eq, and, isNull, sql } from 'drizzle-orm';
import type { FieldChange } from '../../platform/audit/tables.js';
import { AppError } from '../../platform/http/errors.js';
import { defineRegister, type WriteContext } from '../../platform/register/define.js';
import { readConditions } from '../../platform/register/service.js';
import { litigationCases, litigationHearings, litigationObservations, litigationPlaintiffs, litigationProceedings, litigationSuggestions } from './tables.js';

/** The first 审级's record of a case, from the case's own columns (a new case's, or a seeded one's with its judgment). */
export function firstProceedingOf(caseId: string, row: Record<string, unknown>): typeof litigationProceedings.$inferInsert {
  const outcome = typeof row.outcome === 'string' ? row.outcome : null;
  const servedOn = typeof row.servedOn === 'string' ? row.servedOn : null;
  return {
    caseId,
    orgUnitId: String(row.orgUnitId),
    ordinal: 0,
    instance: String(row.instance),
    caseNumber: String(row.caseNumber),
    court: String(row.court),
    startedOn: String(row.complaintReceivedOn),
    outcome,
    decisionKind: outcome ? decisionKindOf(outcome) : null,
    decidedOn: typeof row.closedOn === 'string' ? row.closedOn : null,
    servedOn,
    appealDueOn: appealDueOn(outcome, servedOn),
  };
}

/** The case an observation or a 司法建议 names must be one the actor may read; otherwise "不存在", nothing echoed. */
async function assertCaseReadable(tx: WriteContext['tx'], actor: WriteContext['actor'], caseId: unknown) {
  if (typeof caseId !== 'string') return;
  const [kase] = await tx
    .select({ id: litigationCases.id })
    .from(litigationCases)
    .where(readConditions(caseRegister, actor, [eq(litigationCases.id, caseId)]));
  if (!kase) throw new AppError('validation', '所选案件不存在', [{ path: 'caseId', message: '所选案件不存在' }]);
}

/**
 * Derived columns of a case: the defence deadline from the receipt date, lateness, 败诉 from the outcome in force,
 * the appeal deadline of the latest decision from its service date (第85条), the day it takes effect, and the
 * 二审 answer deadline when the other party appealed.
 */
export function derivedCaseFields(row: Record<string, unknown>) {
  const derived: Record<string, unknown> = {};
  if (typeof row.complaintReceivedOn === 'string') {
    derived.defenceDueOn = dueDate(row.complaintReceivedOn, deadlineRules['litigation.defenceDue']);
  }
  const due = (derived.defenceDueOn ?? row.defenceDueOn) as string | undefined;
  if (typeof row.defenceSubmittedOn === 'string' && due) derived.defenceLate = row.defenceSubmittedOn > due;
  if ('effectiveOutcome' in row) derived.lost = isLost(row.effectiveOutcome as string | null);
  if ('servedOn' in row || 'outcome' in row) derived.appealDueOn = appealDueOn(row.outcome as string | null, row.servedOn as string | null, String(row.instance ?? 'first'));
  if ('state' in row) derived.effectiveOn = effectiveOn({ ...row, ...derived });
  if ('appealCopyReceivedOn' in row) {
    const answerDue = appealAnswerDueOn(row.appealCopyReceivedOn as string | null);
    derived.appealAnswerDueOn = answerDue;
    derived.appealAnswerLate = Boolean(answerDue && typeof row.appealAnswerSubmittedOn === 'string' && row.appealAnswerSubmittedOn > answerDue);
  }
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
    if (before && ('caseNumber' in fields || 'instance' in fields)) {
      // An edit must keep the 案号's type and the 审级 in step (the create schema checks a new case).
      const wrong = caseNumberMismatch(String(fields.caseNumber ?? before.caseNumber), String(fields.instance ?? before.instance));
      if (wrong) throw new AppError('validation', wrong, [{ path: 'caseNumber', message: wrong }]);
    }
    // A new case carries its plaintiffs' names from the start (one UPDATE fewer per row of an import).
    const names = !before && Array.isArray(plaintiffs) ? { plaintiffNames: (plaintiffs as PlaintiffInput[]).map((p) => p.name).join('、') } : {};
    return { ...fields, ...names, ...derivedCaseFields({ ...before, ...fields }) };
  },
  extraSearchText: (row) => String(row.plaintiffNames ?? ''),
  afterWrite: async (row, input, { tx, services, before: ctxBefore }) => {
    const isNew = !ctxBefore;
    if (isNew) {
      // The first 审级's record: later ones (二审, 重审) are added by the workflow, this one never overwritten.
      await tx.insert(litigationProceedings).values(firstProceedingOf(row.id, row));
    } else if (['caseNumber', 'court', 'instance', 'orgUnitId'].some((k) => k in input)) {
      // Editing the case's 案号 or court corrects the current 审级's record.
      await tx
        .update(litigationProceedings)
        .set({ caseNumber: String(row.caseNumber), court: String(row.court), instance: String(row.instance) })
        .where(and(eq(litigationProceedings.caseId, row.id), sql`${litigationProceedings.ordinal} = (select max(ordinal) from litigation_proceedings where case_id = ${row.id})`));
      await tx
        .update(litigationProceedings)
        .set({ orgUnitId: String(row.orgUnitId) })
        .where(eq(litigationProceedings.caseId, row.id));
    }
    const plaintiffs = input.plaintiffs as PlaintiffInput[] | undefined;
    if (!plaintiffs) return [];
    // A new case has no plaintiffs or hearings on file yet: three queries fewer per row of an import.
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
    const hearings = (
      await db
        .select()
        .from(litigationHearings)
        .where(and(eq(litigationHearings.caseId, row.id), isNull(litigationHearings.deletedAt)))
        .orderBy(asc(litigationHearings.heldOn))
    ).map((h) => ({ ...h, noticeUnheeded: noticeUnheeded(h) }));
    const proceedings = await db.select().from(litigationProceedings).where(eq(litigationProceedings.caseId, row.id)).orderBy(asc(litigationProceedings.ordinal));
    return { plaintiffs, hearings, proceedings };
  },
});

export const observationRegister = defineRegister({
  spec: observationSpec,
  table: litigationObservations,
  naturalKey: ['orgUnitId', 'heldOn', 'title'],
  // An observed hearing may name its case: it must be a case the recorder can see.
  prepare: async (input, { tx, actor }) => {
    await assertCaseReadable(tx, actor, input.caseId);
    return input;
  },
});

/** Reply deadline and lateness of a 司法建议/检察建议 from its receipt date, urgency and reply date. */
export function derivedSuggestionFields(row: Record<string, unknown>) {
  const replyDueOn = suggestionReplyDueOn(String(row.receivedOn), Boolean(row.urgent));
  return { replyDueOn, replyLate: typeof row.repliedOn === 'string' && row.repliedOn > replyDueOn };
}

export const suggestionRegister = defineRegister({
  spec: suggestionSpec,
  table: litigationSuggestions,
  naturalKey: ['docNumber'],
  prepare: async (input, { tx, actor, before }) => {
    await assertCaseReadable(tx, actor, input.caseId);
    const merged = { ...before, ...input };
    if (typeof merged.repliedOn === 'string' && merged.repliedOn < String(merged.receivedOn)) {
      throw new AppError('validation', '回复日期不能早于收到日期', [{ path: 'repliedOn', message: '回复日期不能早于收到日期' }]);
    }
    return { ...input, ...derivedSuggestionFields(merged) };
  },
});
