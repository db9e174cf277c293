import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { isValidIdNumber } from '../validators/id-number.js';
import { creditCodeField, dateField, orgUnitField, refField, textField } from '../validators/zod.js';
import {
  bodyKinds,
  certificateKinds,
  certificateStates,
  enforcementFields,
  entrustmentStates,
  genders,
  itemKinds,
  leniencyOutcomes,
  officerPosts,
  reviewResults,
  revokeReasons,
  trainingSources,
} from './codes.js';
import { enforcementCertificateFormat, isValidCertificateNumber } from './rules.js';

const year = described(z.int({ message: '年度应为整数' }).min(2000, { message: '年度应在2000年至2100年之间' }).max(2100, { message: '年度应在2000年至2100年之间' }), {
  label: '年度',
  kind: 'integer',
});
const money = (label: string) =>
  described(
    z
      .int({ message: `${label}应为整数（元）` })
      .min(0, { message: `${label}不能为负数` })
      .max(10_000_000_000, { message: `${label}过大` }),
    { label, kind: 'integer' },
  );

// ---------------------------------------------------------------- 执法主体

const bodyFields = {
  name: textField('主体名称', 100),
  kind: bodyKinds.schema,
  field: enforcementFields.schema,
  legalBasis: textField('设立或授权依据', 1000),
  orgUnitId: orgUnitField('所属单位'),
  entrustingAuthority: textField('委托机关', 100).nullable(),
  entrustmentDocument: textField('委托书文号', 100).nullable(),
  entrustStartOn: dateField('委托起始日期').nullable(),
  entrustEndOn: dateField('委托终止日期').nullable(),
  note: textField('备注', 1000).nullable(),
};

/** 行政处罚法 第20条: 委托书 names the 委托机关, the matters and the term — all required for a 受委托组织. */
export function bodyProblems(b: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (b.kind === 'entrusted') {
    if (!b.entrustingAuthority) issues.push({ path: 'entrustingAuthority', message: '受委托组织须填写委托机关' });
    if (!b.entrustmentDocument) issues.push({ path: 'entrustmentDocument', message: '受委托组织须填写委托书文号' });
    if (!b.entrustStartOn) issues.push({ path: 'entrustStartOn', message: '受委托组织须填写委托起始日期' });
    if (!b.entrustEndOn) issues.push({ path: 'entrustEndOn', message: '受委托组织须填写委托终止日期' });
  }
  if (typeof b.entrustStartOn === 'string' && typeof b.entrustEndOn === 'string' && b.entrustEndOn < b.entrustStartOn) {
    issues.push({ path: 'entrustEndOn', message: '委托终止日期不能早于起始日期' });
  }
  return issues;
}

export const bodyCreateSchema = z
  .object({
    ...bodyFields,
    entrustingAuthority: bodyFields.entrustingAuthority.optional(),
    entrustmentDocument: bodyFields.entrustmentDocument.optional(),
    entrustStartOn: bodyFields.entrustStartOn.optional(),
    entrustEndOn: bodyFields.entrustEndOn.optional(),
    note: bodyFields.note.optional(),
  })
  .superRefine(refineWith(bodyProblems));
export const bodyUpdateSchema = z.object(bodyFields).partial().extend({ version });

export const bodySpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.body',
  path: 'enforcement/bodies',
  title: '执法主体',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: bodyCreateSchema,
  updateSchema: bodyUpdateSchema,
  fields: fieldsOf(z.object(bodyFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['kind', { list: true, filter: true, form: true, help: '行政处罚法第17–21条' }],
    ['field', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['legalBasis', { form: true }],
    ['entrustingAuthority', { list: true, form: true, help: '受委托组织必填' }],
    ['entrustmentDocument', { form: true, help: '受委托组织必填' }],
    ['entrustStartOn', { form: true }],
    ['entrustEndOn', { list: true, sortable: true, form: true }],
    { name: 'entrustState', label: '委托状态', kind: 'code', codes: entrustmentStates, list: true, filter: true, help: '委托终止日期已过即为“委托已到期”' },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 执法人员

const idNumber = described(z.string({ error: '请填写公民身份号码' }).trim().toUpperCase().refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' }), {
  label: '公民身份号码',
  kind: 'text',
});

const officerFields = {
  name: textField('姓名', 30),
  gender: genders.schema,
  /** Write-only: stored SM4-encrypted, read back masked (idNumberMasked). */
  idNumber,
  bodyId: refField('执法主体', 'enforcement/bodies', 'name'),
  orgUnitId: orgUnitField('所在单位'),
  post: officerPosts.schema,
  note: textField('备注', 1000).nullable(),
};
export const officerCreateSchema = z.object({ ...officerFields, note: officerFields.note.optional() });
export const officerUpdateSchema = z.object(officerFields).partial().extend({ version });

export const officerSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.officer',
  path: 'enforcement/officers',
  title: '执法人员',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: officerCreateSchema,
  updateSchema: officerUpdateSchema,
  fields: fieldsOf(z.object(officerFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['gender', { list: true, filter: true, form: true }],
    { name: 'idNumberMasked', label: '公民身份号码', kind: 'text', list: true },
    { name: 'bodyName', label: '执法主体', kind: 'text', list: true },
    ['bodyId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true, help: '须与执法主体所属单位一致' }],
    ['post', { list: true, filter: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 证件

const certificateFields = {
  officerId: refField('执法人员', 'enforcement/officers', 'name'),
  orgUnitId: orgUnitField('所在单位'),
  kind: certificateKinds.schema,
  number: textField('证件号码', 30),
  issuedOn: dateField('发证日期'),
  suspended: described(z.boolean({ error: '请选择是否暂扣' }), { label: '暂扣', kind: 'boolean' }),
  revokedOn: dateField('注销日期').nullable(),
  revokeReason: revokeReasons.schema.nullable(),
  note: textField('备注', 1000).nullable(),
};

export function certificateProblems(c: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (typeof c.kind === 'string' && typeof c.number === 'string' && !isValidCertificateNumber(c.kind, c.number.toUpperCase())) {
    issues.push({ path: 'number', message: c.kind === 'enforcement' ? `执法证号格式不正确：应为${enforcementCertificateFormat}` : '证件号码应为6至30位字母或数字' });
  }
  if (c.revokedOn && !c.revokeReason) issues.push({ path: 'revokeReason', message: '注销证件须选择注销原因' });
  if (!c.revokedOn && c.revokeReason) issues.push({ path: 'revokedOn', message: '请填写注销日期' });
  if (typeof c.revokedOn === 'string' && typeof c.issuedOn === 'string' && c.revokedOn < c.issuedOn) issues.push({ path: 'revokedOn', message: '注销日期不能早于发证日期' });
  return issues;
}

export const certificateCreateSchema = z
  .object({
    ...certificateFields,
    suspended: certificateFields.suspended.default(false),
    revokedOn: certificateFields.revokedOn.optional(),
    revokeReason: certificateFields.revokeReason.optional(),
    note: certificateFields.note.optional(),
  })
  .superRefine(refineWith(certificateProblems));
export const certificateUpdateSchema = z.object(certificateFields).partial().extend({ version });

export const certificateSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.certificate',
  path: 'enforcement/certificates',
  title: '执法证件',
  defaultSort: { field: 'issuedOn', order: 'desc' },
  createSchema: certificateCreateSchema,
  updateSchema: certificateUpdateSchema,
  fields: fieldsOf(z.object(certificateFields), [
    ['number', { list: true, form: true, sortable: true, help: `执法证：${enforcementCertificateFormat}` }],
    ['kind', { list: true, filter: true, form: true }],
    { name: 'officerName', label: '持证人', kind: 'text', list: true },
    ['officerId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['issuedOn', { list: true, filter: true, sortable: true, form: true }],
    { name: 'status', label: '证件状态', kind: 'code', codes: certificateStates, list: true, filter: true, help: '上一年度未经年审合格的，3月31日后为“待年审”' },
    ['suspended', { form: true }],
    ['revokedOn', { list: true, filter: true, form: true }],
    ['revokeReason', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 年审

const reviewFields = {
  certificateId: refField('证件', 'enforcement/certificates', 'number'),
  orgUnitId: orgUnitField('所在单位'),
  year,
  result: reviewResults.schema,
  reviewedOn: dateField('年审日期'),
  note: textField('备注', 1000).nullable(),
};
export const reviewCreateSchema = z.object({ ...reviewFields, note: reviewFields.note.optional() });
export const reviewUpdateSchema = z.object(reviewFields).partial().extend({ version });

export const reviewSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.review',
  path: 'enforcement/reviews',
  title: '证件年审',
  defaultSort: { field: 'reviewedOn', order: 'desc' },
  createSchema: reviewCreateSchema,
  updateSchema: reviewUpdateSchema,
  fields: fieldsOf(z.object(reviewFields), [
    ['year', { list: true, filter: true, form: true }],
    { name: 'certificateNumber', label: '证件号码', kind: 'text', list: true },
    { name: 'officerName', label: '持证人', kind: 'text', list: true },
    ['certificateId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['result', { list: true, filter: true, form: true }],
    ['reviewedOn', { list: true, sortable: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 培训

const trainingFields = {
  officerId: refField('执法人员', 'enforcement/officers', 'name'),
  orgUnitId: orgUnitField('所在单位'),
  trainedOn: dateField('培训日期'),
  course: textField('培训课程', 200),
  hours: described(z.number({ error: '请填写学时' }).positive({ message: '学时应大于0' }).max(200, { message: '单次培训不超过200学时' }).multipleOf(0.5, { message: '学时以0.5为单位' }), {
    label: '学时',
    kind: 'integer',
  }),
  source: trainingSources.schema,
};
export const trainingCreateSchema = z.object(trainingFields);
export const trainingUpdateSchema = z.object(trainingFields).partial().extend({ version });

export const trainingSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.training',
  path: 'enforcement/trainings',
  title: '培训记录',
  defaultSort: { field: 'trainedOn', order: 'desc' },
  createSchema: trainingCreateSchema,
  updateSchema: trainingUpdateSchema,
  fields: fieldsOf(z.object(trainingFields), [
    ['trainedOn', { list: true, filter: true, sortable: true, form: true }],
    { name: 'officerName', label: '执法人员', kind: 'text', list: true },
    ['officerId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['course', { list: true, form: true }],
    ['hours', { list: true, sortable: true, form: true }],
    ['source', { list: true, filter: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 执法事项

const itemFields = {
  code: textField('事项编码', 40),
  name: textField('事项名称', 200),
  kind: itemKinds.schema,
  legalBasis: textField('执法依据', 2000),
  bodyId: refField('执法主体', 'enforcement/bodies', 'name'),
  orgUnitId: orgUnitField('所属单位'),
};
export const itemCreateSchema = z.object(itemFields);
export const itemUpdateSchema = z.object(itemFields).partial().extend({ version });

export const itemSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.item',
  path: 'enforcement/items',
  title: '执法事项清单',
  defaultSort: { field: 'code', order: 'asc' },
  createSchema: itemCreateSchema,
  updateSchema: itemUpdateSchema,
  fields: fieldsOf(z.object(itemFields), [
    ['code', { list: true, form: true, sortable: true }],
    ['name', { list: true, form: true, sortable: true }],
    ['kind', { list: true, filter: true, form: true }],
    { name: 'bodyName', label: '执法主体', kind: 'text', list: true },
    ['bodyId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    { name: 'standardCount', label: '裁量基准数', kind: 'integer', list: true, sortable: true },
    ['legalBasis', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 裁量基准 (行政处罚法 第34条: set and published)

const standardFields = {
  itemId: refField('执法事项', 'enforcement/items', 'name'),
  orgUnitId: orgUnitField('所属单位'),
  circumstance: textField('违法情节', 500),
  fineMin: money('罚款下限').nullable(),
  fineMax: money('罚款上限').nullable(),
  measure: textField('处理措施', 500).nullable(),
};
export function standardProblems(s: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const hasFine = s.fineMin != null || s.fineMax != null;
  if (!hasFine && !s.measure) issues.push({ path: 'measure', message: '请填写罚款幅度或处理措施' });
  if ((s.fineMin == null) !== (s.fineMax == null)) issues.push({ path: s.fineMin == null ? 'fineMin' : 'fineMax', message: '罚款上下限须同时填写' });
  if (typeof s.fineMin === 'number' && typeof s.fineMax === 'number' && s.fineMax < s.fineMin) issues.push({ path: 'fineMax', message: '罚款上限不能低于下限' });
  return issues;
}
export const standardCreateSchema = z
  .object({ ...standardFields, fineMin: standardFields.fineMin.optional(), fineMax: standardFields.fineMax.optional(), measure: standardFields.measure.optional() })
  .superRefine(refineWith(standardProblems));
export const standardUpdateSchema = z.object(standardFields).partial().extend({ version });

export const standardSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.standard',
  path: 'enforcement/standards',
  title: '裁量基准',
  defaultSort: { field: 'itemCode', order: 'asc' },
  createSchema: standardCreateSchema,
  updateSchema: standardUpdateSchema,
  fields: fieldsOf(z.object(standardFields), [
    { name: 'itemCode', label: '事项编码', kind: 'text', list: true, sortable: true },
    { name: 'itemName', label: '执法事项', kind: 'text', list: true },
    ['itemId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['circumstance', { list: true, form: true }],
    ['fineMin', { list: true, form: true }],
    ['fineMax', { list: true, form: true }],
    ['measure', { list: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 不罚轻罚清单 (行政处罚法 第32–33条)

const leniencyItemFields = {
  code: textField('清单编号', 40),
  behaviour: textField('违法行为', 300),
  legalBasis: textField('法律依据', 1000),
  outcome: leniencyOutcomes.schema,
  conditions: textField('适用条件', 1000),
  field: enforcementFields.schema,
  orgUnitId: orgUnitField('发布单位'),
};
export const leniencyItemCreateSchema = z.object(leniencyItemFields);
export const leniencyItemUpdateSchema = z.object(leniencyItemFields).partial().extend({ version });

export const leniencyItemSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.leniencyItem',
  path: 'enforcement/leniency-items',
  title: '不罚轻罚清单',
  defaultSort: { field: 'code', order: 'asc' },
  createSchema: leniencyItemCreateSchema,
  updateSchema: leniencyItemUpdateSchema,
  fields: fieldsOf(z.object(leniencyItemFields), [
    ['code', { list: true, form: true, sortable: true }],
    ['behaviour', { list: true, form: true }],
    ['outcome', { list: true, filter: true, form: true }],
    ['field', { list: true, filter: true, form: true }],
    ['orgUnitId', { filter: true, form: true }],
    ['legalBasis', { form: true }],
    ['conditions', { form: true }],
  ]),
};

const decisionFields = {
  entityName: textField('市场主体名称', 100),
  creditCode: described(creditCodeField, { label: '统一社会信用代码', kind: 'text' }),
  leniencyItemId: refField('不罚轻罚清单事项', 'enforcement/leniency-items', 'behaviour'),
  outcome: leniencyOutcomes.schema,
  decidedOn: dateField('决定日期'),
  bodyId: refField('执法主体', 'enforcement/bodies', 'name'),
  orgUnitId: orgUnitField('所属单位'),
  documentNumber: textField('决定文书号', 60).nullable(),
};
export const decisionCreateSchema = z.object({ ...decisionFields, documentNumber: decisionFields.documentNumber.optional() });
export const decisionUpdateSchema = z.object(decisionFields).partial().extend({ version });

export const decisionSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.leniencyDecision',
  path: 'enforcement/leniency-decisions',
  title: '不罚轻罚决定',
  defaultSort: { field: 'decidedOn', order: 'desc' },
  createSchema: decisionCreateSchema,
  updateSchema: decisionUpdateSchema,
  fields: fieldsOf(z.object(decisionFields), [
    ['decidedOn', { list: true, filter: true, sortable: true, form: true }],
    ['entityName', { list: true, form: true }],
    ['creditCode', { list: true, form: true, help: '18位，按GB 32100-2015校验' }],
    { name: 'leniencyItemName', label: '清单事项', kind: 'text', list: true },
    ['leniencyItemId', { form: true }],
    ['outcome', { list: true, filter: true, form: true }],
    { name: 'bodyName', label: '执法主体', kind: 'text', list: true },
    ['bodyId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['documentNumber', { form: true }],
  ]),
};

/** The portal's certificate check: the number typed by a citizen. */
export const certificateCheckQuerySchema = z.object({
  number: z
    .string({ error: '请输入执法证号' })
    .trim()
    .toUpperCase()
    .min(6, { message: '请输入完整的证件号码' })
    .max(30, { message: '证件号码不能超过30位' })
    .regex(/^[0-9A-Z]+$/, { message: '证件号码只含字母和数字' }),
});

/** The officer form's write-only ID number (rows carry only its mask). */
export const officerSecretFields = fieldsOf(z.object(officerFields), [['idNumber', { form: true, help: '加密保存，列表和详情中只显示部分号码' }]]);
