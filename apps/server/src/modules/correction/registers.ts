import { maskIdNumber, maskPhone, toIsoDate } from '@fazhi/core';
import {
  educationProblems,
  educationSpec,
  findingProblems,
  findingSpec,
  findingState,
  ladderProblems,
  leaveApprovalLevel,
  leaveEnd,
  leaveProblems,
  leaveSpec,
  meetingSpec,
  monitoringProblems,
  monitoringSpec,
  reportDue,
  reportSpec,
  subjectProblems,
  subjectSpec,
  subjectState,
  termEnd,
  leaveStatus,
  verificationSpec,
  violationProblems,
  violationSpec,
} from '@fazhi/core/correction';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister, type RegisterDef } from '../../platform/register/define.js';
import {
  correctionEducations,
  correctionFindings,
  correctionLeaves,
  correctionMeetings,
  correctionMonitorings,
  correctionReports,
  correctionSubjects,
  correctionVerifications,
  correctionViolations,
} from './tables.js';

const today = () => toIsoDate(new Date());

/** An address shows its first six characters (the 区/街道), the rest masked. */
export function maskAddress(address: string): string {
  return address.length <= 6 ? '****' : `${address.slice(0, 6)}****`;
}

/** The 执行地 must be a 司法所 of the org tree (第9条: 司法所 carry out 社区矫正 entrusted by the county agency). */
async function judicialOffice(tx: Db, orgUnitId: unknown) {
  const [unit] = await tx
    .select({ kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.id, String(orgUnitId)));
  if (unit?.kind !== 'judicialOffice') refuse([{ path: 'orgUnitId', message: '执行地须为司法所' }]);
}

/**
 * The subject a record names: it must exist, be readable by the actor and belong to the same 司法所 as the record;
 * anything else is refused as "不存在", revealing nothing about other units' subjects.
 */
export async function linkedSubject(tx: Db, actor: Actor, id: unknown, orgUnitId: unknown) {
  const [row] = await tx
    .select()
    .from(correctionSubjects)
    .where(and(eq(correctionSubjects.id, String(id)), isNull(correctionSubjects.deletedAt), scopeCondition(actor, 'correction', 'read', correctionSubjects, subjectSpec.entity)));
  if (!row) refuse([{ path: 'subjectId', message: '所选社区矫正对象不存在' }]);
  if (row!.orgUnitId !== orgUnitId) refuse([{ path: 'subjectId', message: '所选社区矫正对象不属于所选司法所' }]);
  return row!;
}

/** Child registers copy the subject's name when the link changes. */
async function withSubject(input: Record<string, unknown>, tx: Db, actor: Actor, before?: Record<string, unknown>) {
  const merged = { ...before, ...input };
  const values: Record<string, unknown> = { ...input };
  if ('subjectId' in input || 'orgUnitId' in input || !before) values.subjectName = (await linkedSubject(tx, actor, merged.subjectId, merged.orgUnitId)).name;
  return { merged: { ...merged, ...values }, values };
}

// ---------------------------------------------------------------- 社区矫正对象

export const subjectRegister = defineRegister({
  spec: subjectSpec,
  table: correctionSubjects,
  naturalKey: ['orgUnitId', 'name', 'judgmentEffectiveOn'],
  secretColumns: ['idNumberEnc', 'phoneEnc', 'addressEnc'],
  prepare: async (input, { tx, services, before }) => {
    const { idNumber, phone, address, ...fields } = input;
    const merged = { ...before, ...fields };
    if ('orgUnitId' in input || !before) await judicialOffice(tx, merged.orgUnitId);
    const values: Record<string, unknown> = { ...fields };
    if (typeof idNumber === 'string') Object.assign(values, { idNumberEnc: services.cipher.encrypt(idNumber), idNumberMasked: maskIdNumber(idNumber) });
    if (typeof phone === 'string') Object.assign(values, { phoneEnc: services.cipher.encrypt(phone), phoneMasked: maskPhone(phone) });
    if (typeof address === 'string') Object.assign(values, { addressEnc: services.cipher.encrypt(address), addressMasked: maskAddress(address) });
    values.reportDueOn = reportDue(String(merged.judgmentEffectiveOn));
    values.termEndOn = termEnd(String(merged.termStartOn), Number(merged.termMonths));
    const full = { ...merged, ...values };
    refuse(subjectProblems(full));
    values.state = subjectState(full as Parameters<typeof subjectState>[0], today());
    return values;
  },
});

// ---------------------------------------------------------------- 报告

export const reportRegister = defineRegister({
  spec: reportSpec,
  table: correctionReports,
  naturalKey: ['subjectId', 'reportedOn', 'kind'],
  prepare: async (input, { tx, actor, before }) => (await withSubject(input, tx, actor, before)).values,
});

// ---------------------------------------------------------------- 信息化核查

export const verificationRegister = defineRegister({
  spec: verificationSpec,
  table: correctionVerifications,
  naturalKey: ['subjectId', 'weekOf'],
  prepare: async (input, { tx, actor, before }) => {
    const { merged, values } = await withSubject(input, tx, actor, before);
    // One 核查 per subject and week: a second entry would count the week twice.
    const [clash] = await tx
      .select({ id: correctionVerifications.id })
      .from(correctionVerifications)
      .where(
        and(
          eq(correctionVerifications.subjectId, String(merged.subjectId)),
          eq(correctionVerifications.weekOf, String(merged.weekOf)),
          isNull(correctionVerifications.deletedAt),
          before ? ne(correctionVerifications.id, String(before.id)) : undefined,
        ),
      );
    if (clash) refuse([{ path: 'weekOf', message: '该对象本周的信息化核查已登记' }]);
    return values;
  },
});

// ---------------------------------------------------------------- 外出请假

export const leaveRegister = defineRegister({
  spec: leaveSpec,
  table: correctionLeaves,
  naturalKey: ['subjectId', 'startOn'],
  prepare: async (input, { tx, actor, before }) => {
    const { merged, values } = await withSubject(input, tx, actor, before);
    refuse(leaveProblems(merged));
    values.endOn = leaveEnd(String(merged.startOn), Number(merged.days));
    values.approvalLevel = leaveApprovalLevel(Number(merged.days));
    values.status = leaveStatus({ decision: String(merged.decision), startOn: String(merged.startOn), endOn: String(values.endOn), returnedOn: merged.returnedOn as string | null }, today());
    return values;
  },
});

// ---------------------------------------------------------------- 违规处理

/** Approved, uncorrected earlier measures of the subject (the ladder's history), leaving out the record itself. */
export async function ladderHistory(tx: Db, subjectId: string, exceptId?: string) {
  const rows = await tx
    .select({ measure: correctionViolations.measure })
    .from(correctionViolations)
    .where(
      and(
        eq(correctionViolations.subjectId, subjectId),
        isNull(correctionViolations.deletedAt),
        eq(correctionViolations.approval, 'approved'),
        eq(correctionViolations.corrected, false),
        inArray(correctionViolations.measure, ['reprimand', 'warning']),
        exceptId ? ne(correctionViolations.id, exceptId) : undefined,
      ),
    );
  return { reprimands: rows.filter((r) => r.measure === 'reprimand').length, warnings: rows.filter((r) => r.measure === 'warning').length };
}

export const violationRegister = defineRegister({
  spec: violationSpec,
  table: correctionViolations,
  naturalKey: ['subjectId', 'occurredOn', 'measure'],
  prepare: async (input, { tx, actor, before }) => {
    const { merged, values } = await withSubject(input, tx, actor, before);
    refuse(violationProblems(merged));
    const [subject] = await tx
      .select({ category: correctionSubjects.category })
      .from(correctionSubjects)
      .where(eq(correctionSubjects.id, String(merged.subjectId)));
    refuse(ladderProblems(merged, subject!.category, await ladderHistory(tx, String(merged.subjectId), before ? String(before.id) : undefined)));
    return values;
  },
});

// ---------------------------------------------------------------- 电子定位

export const monitoringRegister = defineRegister({
  spec: monitoringSpec,
  table: correctionMonitorings,
  naturalKey: ['subjectId', 'startOn'],
  prepare: async (input, { tx, actor, before }) => {
    const { merged, values } = await withSubject(input, tx, actor, before);
    refuse(monitoringProblems(merged));
    if (merged.extensionOf) {
      const [prior] = await tx
        .select({ subjectId: correctionMonitorings.subjectId, endOn: correctionMonitorings.endOn })
        .from(correctionMonitorings)
        .where(and(eq(correctionMonitorings.id, String(merged.extensionOf)), isNull(correctionMonitorings.deletedAt)));
      if (!prior || prior.subjectId !== merged.subjectId) refuse([{ path: 'extensionOf', message: '所延长的电子定位批准不存在' }]);
      if (prior && String(merged.startOn) <= prior.endOn) refuse([{ path: 'startOn', message: `延长应从前次批准期满（${prior.endOn}）之后开始` }]);
    }
    return values;
  },
});

// ---------------------------------------------------------------- 矫情分析会

export const meetingRegister = defineRegister({
  spec: meetingSpec,
  table: correctionMeetings,
  naturalKey: ['orgUnitId', 'heldOn'],
  prepare: async (input, { tx, before }) => {
    if ('orgUnitId' in input || !before) await judicialOffice(tx, input.orgUnitId ?? before?.orgUnitId);
    return input;
  },
});

// ---------------------------------------------------------------- 教育帮扶

export const educationRegister = defineRegister({
  spec: educationSpec,
  table: correctionEducations,
  naturalKey: ['subjectId', 'on', 'kind', 'content'],
  prepare: async (input, { tx, actor, before }) => {
    const { merged, values } = await withSubject(input, tx, actor, before);
    refuse(educationProblems(merged));
    if (!before) values.source = 'staff';
    return values;
  },
});

// ---------------------------------------------------------------- 检察监督与整改（第8条、第62条）

/** The addressee is a 司法所 or the district's 社区矫正机构 (区司法局, or the district itself where staff hold it). */
async function supervisedUnit(tx: Db, orgUnitId: unknown) {
  const [unit] = await tx
    .select({ kind: orgUnits.kind, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, String(orgUnitId)));
  const ok = unit && (unit.kind === 'judicialOffice' || unit.kind === 'district' || (unit.kind === 'department' && unit.name.includes('司法局')));
  if (!ok) refuse([{ path: 'orgUnitId', message: '被监督单位须为司法所或社区矫正机构（区司法局）' }]);
}

export const findingRegister = defineRegister({
  spec: findingSpec,
  table: correctionFindings,
  naturalKey: ['orgUnitId', 'foundOn', 'kind', 'content'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    if ('orgUnitId' in input || !before) await supervisedUnit(tx, merged.orgUnitId);
    refuse(findingProblems(merged));
    return { ...input, state: findingState({ replyDueOn: String(merged.replyDueOn), rectifiedOn: merged.rectifiedOn as string | null }, today()) };
  },
});

export const correctionRegisters: RegisterDef[] = [
  subjectRegister,
  reportRegister,
  verificationRegister,
  leaveRegister,
  violationRegister,
  monitoringRegister,
  meetingRegister,
  educationRegister,
  findingRegister,
];
