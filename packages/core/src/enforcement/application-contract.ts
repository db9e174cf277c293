import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { described, fieldsOf } from '../register/field-meta.js';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { versionField as version } from '../register/rules.js';
import type { RegisterSpec } from '../register/spec.js';
import { isValidIdNumber } from '../validators/id-number.js';
import { dateField, orgUnitField, refField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { certificateKinds, genders, officerPosts } from './codes.js';
import { enforcementCertificateFormat } from './rules.js';

/**
 * 执法证件新申领: the unit applies for a person, 司法局 records the 资格考试 result (百分制, 60分及格 is the common
 * local rule, kept here as the district's setting) and then issues the certificate or refuses it. Issuing creates the
 * 执法人员 (or finds the one already on the roll by ID number) and the 证件, so the certificate counts as 新申领 in the
 * year it is issued.
 */
export const examPassMark = 60;

export const applicationStates = codeTable(
  [
    { code: 'applied', label: '待考试' },
    { code: 'failed', label: '考试未通过' },
    { code: 'passed', label: '待发证' },
    { code: 'issued', label: '已发证' },
    { code: 'refused', label: '不予发证' },
  ],
  '申领状态',
);
export type ApplicationState = (typeof applicationStates.codes)[number];
export type ApplicationFacts = { state: ApplicationState; appliedOn: string; examOn: string | null };

const score = described(z.int({ error: '考试成绩应为0至100的整数' }).min(0, { message: '考试成绩应在0至100分之间' }).max(100, { message: '考试成绩应在0至100分之间' }), {
  label: '考试成绩（百分制）',
  kind: 'integer',
  help: `${examPassMark}分及格`,
});

export const applicationWorkflow = defineWorkflow<ApplicationFacts>()({
  entity: 'enforcement.application',
  states: applicationStates,
  steps: {
    exam: {
      label: '录入考试成绩',
      from: ['applied', 'failed'],
      to: (input) => (input.examScore >= examPassMark ? 'passed' : 'failed'),
      action: 'approve',
      input: z.object({ examOn: dateField('考试日期'), examScore: score }),
      check: (f, input) => (input.examOn < f.appliedOn ? ['考试日期不能早于申请日期'] : []),
    },
    issue: {
      label: '发证',
      from: ['passed'],
      to: 'issued',
      action: 'approve',
      input: z.object({ certificateNumber: textField('证件号码', 30), issuedOn: dateField('发证日期') }),
      check: (f, input) => (f.examOn && input.issuedOn < f.examOn ? ['发证日期不能早于考试日期'] : []),
      stateReasons: { applied: '尚未录入考试成绩，不能发证', failed: '考试未通过，不能发证（可补考后再发证）' },
    },
    refuse: {
      label: '不予发证',
      from: ['applied', 'failed', 'passed'],
      to: 'refused',
      action: 'approve',
      danger: true,
      input: z.object({ decidedOn: dateField('决定日期'), refuseReason: textField('不予发证理由', 500) }),
      check: (f, input) => (input.decidedOn < f.appliedOn ? ['决定日期不能早于申请日期'] : []),
    },
  },
});

const applicationFields = {
  orgUnitId: orgUnitField('申请单位'),
  bodyId: refField('执法主体', 'enforcement/bodies', 'name'),
  name: textField('姓名', 30),
  gender: genders.schema,
  /** Write-only: stored SM4-encrypted, read back masked. */
  idNumber: described(z.string({ error: '请填写公民身份号码' }).trim().toUpperCase().refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' }), {
    label: '公民身份号码',
    kind: 'text',
  }),
  post: officerPosts.schema,
  kind: certificateKinds.field('申领证件'),
  appliedOn: dateField('申请日期'),
  note: textField('备注', 1000).nullable(),
};
export const applicationCreateSchema = z.object({ ...applicationFields, note: applicationFields.note.optional() });
// Who and what is applied for is fixed once filed; a mistake is refused (不予发证) and filed again.
export const applicationUpdateSchema = z.object({ note: applicationFields.note }).partial().extend({ version });

export const applicationSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.application',
  path: 'enforcement/applications',
  title: '执法证件申领',
  defaultSort: { field: 'appliedOn', order: 'desc' },
  createSchema: applicationCreateSchema,
  updateSchema: applicationUpdateSchema,
  fields: [
    ...fieldsOf(z.object(applicationFields), [
      ['name', { list: true, form: true }],
      ['gender', { form: true }],
    ]),
    { name: 'idNumberMasked', label: '公民身份号码', kind: 'text', list: true },
    { name: 'bodyName', label: '执法主体', kind: 'text', list: true },
    ...fieldsOf(z.object(applicationFields), [
      ['bodyId', { form: true }],
      ['orgUnitId', { list: true, filter: true, form: true, help: '须与执法主体所属单位一致' }],
      ['post', { form: true }],
      ['kind', { list: true, filter: true, form: true }],
      ['appliedOn', { list: true, filter: true, sortable: true, form: true }],
    ]),
    { name: 'state', label: '状态', kind: 'code', codes: applicationStates, list: true, filter: true },
    { name: 'examOn', label: '考试日期', kind: 'date' },
    { name: 'examScore', label: '考试成绩', kind: 'integer', list: true },
    { name: 'certificateNumber', label: '证件号码', kind: 'text', list: true, help: `执法证：${enforcementCertificateFormat}` },
    { name: 'issuedOn', label: '发证日期', kind: 'date', list: true },
    { name: 'refuseReason', label: '不予发证理由', kind: 'text' },
    ...fieldsOf(z.object(applicationFields), [['note', { form: true }]]),
  ],
};

/** GET /api/enforcement/applications/:id: the application and the steps the actor may take. */
export const applicationDetailSchema = rowSchemaOf(applicationSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  state: z.string(),
  officerId: z.string().nullable(),
  certificateId: z.string().nullable(),
  transitions: z.array(stepOptionSchema),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
