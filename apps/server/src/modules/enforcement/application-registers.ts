import { maskIdNumber } from '@fazhi/core';
import { applicationSpec, applicationWorkflow, bodySpec, enforcementCertificateFormat, isValidCertificateNumber, type ApplicationDetail, type ApplicationState } from '@fazhi/core/enforcement';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { refuse } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { defineRegister } from '../../platform/register/define.js';
import { getRecord, insertRecord } from '../../platform/register/service.js';
import { bindWorkflow, stepOptions, type StepContext } from '../../platform/workflow/engine.js';
import { certificateRegister, linked, officerRegister } from './registers.js';
import { enforcementApplications, enforcementBodies, enforcementCertificates, enforcementOfficers } from './tables.js';

export const applicationRegister = defineRegister({
  spec: applicationSpec,
  table: enforcementApplications,
  naturalKey: ['orgUnitId', 'name', 'kind', 'appliedOn'],
  secretColumns: ['idNumberEnc'],
  revealable: { idNumber: { column: 'idNumberEnc', label: '申领人公民身份号码' } },
  prepare: async (input, { tx, actor, services, before }) => {
    const { idNumber, ...fields } = input;
    const values: Record<string, unknown> = { ...fields };
    if (!before) {
      const body = await linked(tx, actor, enforcementBodies, bodySpec.entity, input.bodyId, input.orgUnitId, 'bodyId', '执法主体');
      values.bodyName = body.name;
      values.state = 'applied';
    }
    if (typeof idNumber === 'string') {
      values.idNumberEnc = services.cipher.encrypt(idNumber);
      values.idNumberMasked = maskIdNumber(idNumber);
    }
    return values;
  },
});

type IssueInput = { certificateNumber: string; issuedOn: string };

/**
 * 发证: the officer already on the roll (same unit, body and name, and the same ID number) is reused, otherwise one
 * is added; then the certificate is registered through its own register, so both are audited and checked as if
 * entered by hand.
 */
async function issue({ tx, services, actor, before }: StepContext<unknown, IssueInput>, input: IssueInput) {
  const number = input.certificateNumber.toUpperCase();
  if (!isValidCertificateNumber(String(before.kind), number)) {
    refuse([{ path: 'certificateNumber', message: before.kind === 'enforcement' ? `执法证号格式不正确：应为${enforcementCertificateFormat}` : '证件号码应为6至30位字母或数字' }]);
  }
  const [clash] = await tx
    .select({ id: enforcementCertificates.id })
    .from(enforcementCertificates)
    .where(and(eq(enforcementCertificates.number, number), isNull(enforcementCertificates.deletedAt)));
  if (clash) refuse([{ path: 'certificateNumber', message: '该证件号码已登记' }]);

  const idNumber = services.cipher.decrypt(String(before.idNumberEnc));
  const namesakes = await tx
    .select({ id: enforcementOfficers.id, idNumberEnc: enforcementOfficers.idNumberEnc })
    .from(enforcementOfficers)
    .where(
      and(
        eq(enforcementOfficers.orgUnitId, String(before.orgUnitId)),
        eq(enforcementOfficers.bodyId, String(before.bodyId)),
        eq(enforcementOfficers.name, String(before.name)),
        isNull(enforcementOfficers.deletedAt),
      ),
    );
  const ctx = { tx, services, actor };
  const officerId =
    namesakes.find((o) => services.cipher.decrypt(o.idNumberEnc) === idNumber)?.id ??
    (await insertRecord(ctx, officerRegister, { name: before.name, gender: before.gender, idNumber, bodyId: before.bodyId, orgUnitId: before.orgUnitId, post: before.post }));
  const certificateId = await insertRecord(ctx, certificateRegister, { officerId, orgUnitId: before.orgUnitId, kind: before.kind, number, issuedOn: input.issuedOn, suspended: false });
  return { certificateNumber: number, officerId, certificateId };
}

export const applicationFlow = bindWorkflow({
  workflow: applicationWorkflow,
  register: applicationRegister,
  facts: (_db, row) => ({ state: row.state as ApplicationState, appliedOn: String(row.appliedOn), examOn: (row.examOn as string | null) ?? null }),
  values: {
    issue: (ctx) => issue(ctx, ctx.input),
  },
  summary: (name, values, input) =>
    name === 'refuse' ? `不予发证：${String(input.refuseReason)}` : name === 'issue' ? `发证：${String(values.certificateNumber)}` : `考试成绩：${String(input.examScore)}分`,
});

/** An application with the steps the actor may take (司法局 records the exam, issues or refuses). */
export async function getApplication(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, applicationRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, applicationFlow, record) } as ApplicationDetail;
}
