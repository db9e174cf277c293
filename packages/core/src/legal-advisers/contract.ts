import { z } from 'zod';
import { refineWith, versionField, type FieldIssue as Issue } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { creditCodeField, dateField, orgUnitField, phoneField, textField } from '../validators/zod.js';
import { adviserKinds, assessmentResults, engagementStates, publicLawyerStates, revokeReasons, servedGroups, serviceKinds } from './codes.js';

/**
 * 律师执业证号 and 公职律师证号 as issued today: 17 digits (province, year, category, sequence). Older or
 * hand-written numbers with letters or spaces are refused, so the roster can be matched against the bar registry.
 */
export function certificateNumberField(label: string) {
  const schema = z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^\d{17}$/, { message: `${label}应为17位数字` });
  return described(schema, { label, kind: 'text' });
}

// ---------------------------------------------------------------- 法律顾问 (roster)

const adviserFields = {
  kind: adviserKinds.schema,
  name: textField('顾问名称', 60),
  lawFirm: textField('所在律师事务所', 100).nullable(),
  licenseNumber: certificateNumberField('律师执业证号').nullable(),
  /** Write-only: stored SM4-encrypted, read back masked (phoneMasked). */
  phone: phoneField.nullable(),
  orgUnitId: orgUnitField('聘用单位'),
  contractNumber: textField('聘用合同编号', 60),
  contractStartOn: dateField('合同起始日期'),
  contractEndOn: dateField('合同终止日期'),
  fee: described(z.int({ message: '顾问费应为整数（元）' }).min(0, { message: '顾问费不能为负数' }).max(100_000_000, { message: '顾问费过大' }), {
    label: '年度顾问费（元）',
    kind: 'integer',
  }).nullable(),
  servedUnitIds: z
    .array(z.uuid({ message: '服务单位编号格式不正确' }), { error: '请选择服务单位' })
    .min(1, { message: '请至少选择一个服务单位' })
    .max(500, { message: '服务单位不能超过500个' }),
  enterprisesServed: textField('服务的园区企业', 2000).nullable(),
  userId: z.uuid({ message: '关联账号编号格式不正确' }).nullable(),
  note: textField('备注', 1000).nullable(),
};

/** Rules across fields, checked on create by the schema and on update by the server against the merged record. */
export function adviserProblems(a: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (a.kind === 'person') {
    if (!a.lawFirm) issues.push({ path: 'lawFirm', message: '律师个人须填写所在律师事务所' });
    if (!a.licenseNumber) issues.push({ path: 'licenseNumber', message: '律师个人须填写律师执业证号' });
  }
  // A 基层法律服务工作者 practises from a 基层法律服务所 (not a law firm, so no 律师执业证号); a 法学专家 needs neither.
  if (a.kind === 'grassrootsWorker' && !a.lawFirm) issues.push({ path: 'lawFirm', message: '基层法律服务工作者须填写所在基层法律服务所' });
  if (typeof a.contractStartOn === 'string' && typeof a.contractEndOn === 'string' && a.contractEndOn < a.contractStartOn) {
    issues.push({ path: 'contractEndOn', message: '合同终止日期不能早于起始日期' });
  }
  return issues;
}

export const adviserCreateSchema = z
  .object({
    ...adviserFields,
    lawFirm: adviserFields.lawFirm.optional(),
    licenseNumber: adviserFields.licenseNumber.optional(),
    phone: adviserFields.phone.optional(),
    fee: adviserFields.fee.optional(),
    enterprisesServed: adviserFields.enterprisesServed.optional(),
    userId: adviserFields.userId.optional(),
    note: adviserFields.note.optional(),
  })
  .superRefine(refineWith(adviserProblems));
export const adviserUpdateSchema = z.object(adviserFields).partial().extend({ version: versionField });
export type AdviserCreate = z.infer<typeof adviserCreateSchema>;

export const adviserSpec: RegisterSpec = {
  module: 'legalAdvisers',
  entity: 'legalAdvisers.adviser',
  path: 'legal-advisers/advisers',
  title: '法律顾问',
  defaultSort: { field: 'contractEndOn', order: 'asc' },
  createSchema: adviserCreateSchema,
  updateSchema: adviserUpdateSchema,
  fields: fieldsOf(z.object(adviserFields), [
    ['name', { list: true, form: true, sortable: true, help: '律师姓名或律师事务所名称' }],
    ['kind', { list: true, filter: true, form: true }],
    ['lawFirm', { list: true, form: true, help: '律师个人必填；基层法律服务工作者填写所在基层法律服务所' }],
    ['licenseNumber', { form: true, help: '17位数字，律师个人必填；法学专家、基层法律服务工作者不填' }],
    { name: 'phoneMasked', label: '联系电话', kind: 'text', list: true },
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['contractNumber', { form: true }],
    ['contractStartOn', { filter: true, sortable: true, form: true }],
    ['contractEndOn', { list: true, filter: true, sortable: true, form: true }],
    { name: 'state', label: '聘用状态', kind: 'code', codes: engagementStates, list: true, filter: true, sortable: true, help: '按合同期限自动计算，到期前30日为“即将到期”' },
    { name: 'servedUnitCount', label: '服务单位数', kind: 'integer', list: true, sortable: true },
    ['fee', { form: true }],
    ['enterprisesServed', { form: true, help: '每行一家企业' }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 公职律师

const yearField = (label: string) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(2000, { message: `${label}应在2000年至2100年之间` })
      .max(2100, { message: `${label}应在2000年至2100年之间` }),
    { label, kind: 'integer' },
  );

// A 公职律师证 has no expiry: it stands until 注销, with a 年度考核 each year (《公职律师管理办法》).
const publicLawyerFields = {
  name: textField('姓名', 30),
  certificateNumber: certificateNumberField('公职律师证号'),
  orgUnitId: orgUnitField('所在单位'),
  post: textField('职务', 60),
  certificateIssuedOn: dateField('发证日期'),
  assessmentYear: yearField('最近年度考核年度').nullable(),
  assessmentResult: assessmentResults.field('最近年度考核结果').nullable(),
  leftOn: dateField('离岗日期').nullable(),
  revokedOn: dateField('注销日期').nullable(),
  revokeReason: revokeReasons.field('注销原因').nullable(),
  note: textField('备注', 1000).nullable(),
};

export function publicLawyerProblems(p: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const issued = typeof p.certificateIssuedOn === 'string' ? p.certificateIssuedOn : null;
  if (issued && typeof p.leftOn === 'string' && p.leftOn < issued) issues.push({ path: 'leftOn', message: '离岗日期不能早于发证日期' });
  if (issued && typeof p.revokedOn === 'string' && p.revokedOn < issued) issues.push({ path: 'revokedOn', message: '注销日期不能早于发证日期' });
  if (p.revokedOn && !p.revokeReason) issues.push({ path: 'revokeReason', message: '注销公职律师证须选择注销原因' });
  if (!p.revokedOn && p.revokeReason) issues.push({ path: 'revokedOn', message: '请填写注销日期' });
  if (p.assessmentYear != null && !p.assessmentResult) issues.push({ path: 'assessmentResult', message: '请选择年度考核结果' });
  if (p.assessmentYear == null && p.assessmentResult) issues.push({ path: 'assessmentYear', message: '请填写年度考核年度' });
  if (issued && typeof p.assessmentYear === 'number' && p.assessmentYear < Number(issued.slice(0, 4))) {
    issues.push({ path: 'assessmentYear', message: '年度考核年度不能早于发证年度' });
  }
  return issues;
}

export const publicLawyerCreateSchema = z
  .object({
    ...publicLawyerFields,
    assessmentYear: publicLawyerFields.assessmentYear.optional(),
    assessmentResult: publicLawyerFields.assessmentResult.optional(),
    leftOn: publicLawyerFields.leftOn.optional(),
    revokedOn: publicLawyerFields.revokedOn.optional(),
    revokeReason: publicLawyerFields.revokeReason.optional(),
    note: publicLawyerFields.note.optional(),
  })
  .superRefine(refineWith(publicLawyerProblems));
export const publicLawyerUpdateSchema = z.object(publicLawyerFields).partial().extend({ version: versionField });

export const publicLawyerSpec: RegisterSpec = {
  module: 'legalAdvisers',
  entity: 'legalAdvisers.publicLawyer',
  path: 'legal-advisers/public-lawyers',
  title: '公职律师',
  defaultSort: { field: 'certificateIssuedOn', order: 'desc' },
  createSchema: publicLawyerCreateSchema,
  updateSchema: publicLawyerUpdateSchema,
  fields: fieldsOf(z.object(publicLawyerFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['certificateNumber', { list: true, form: true, help: '17位数字' }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['post', { list: true, form: true }],
    ['certificateIssuedOn', { list: true, filter: true, sortable: true, form: true, help: '公职律师证不设有效期，注销前持续有效' }],
    ['assessmentYear', { list: true, filter: true, form: true }],
    ['assessmentResult', { list: true, filter: true, form: true }],
    {
      name: 'state',
      label: '状态',
      kind: 'code',
      codes: publicLawyerStates,
      list: true,
      filter: true,
      sortable: true,
      help: '按注销、离岗和年度考核自动计算；上一年度考核未登记的，3月31日后为“待年度考核”',
    },
    ['leftOn', { form: true }],
    ['revokedOn', { filter: true, form: true, help: '注销后不再计入在岗公职律师' }],
    ['revokeReason', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 服务台账

export const maxServiceHours = 24;

const serviceFields = {
  kind: serviceKinds.schema,
  servedOn: dateField('服务日期'),
  orgUnitId: orgUnitField('服务单位'),
  adviserId: z.uuid({ message: '请选择法律顾问' }).nullable(),
  publicLawyerId: z.uuid({ message: '请选择公职律师' }).nullable(),
  reviewRequestId: z.uuid({ message: '合法性审核申请编号格式不正确' }).nullable(),
  subject: textField('服务事项', 200),
  hours: described(
    z
      .number({ error: '请填写服务时长（小时）' })
      .positive({ message: '服务时长应大于0' })
      .max(maxServiceHours, { message: `单次服务时长不超过${maxServiceHours}小时` })
      .multipleOf(0.5, { message: '服务时长以0.5小时为单位' }),
    { label: '时长（小时）', kind: 'integer' },
  ),
  outcome: textField('服务结果', 1000).nullable(),
  /** People served by one entry: 法律咨询 is reported in 人次 (the model's "法律咨询4871余人次"). */
  persons: described(z.int({ message: '服务人次应为整数' }).min(1, { message: '服务人次至少为1' }).max(10_000, { message: '服务人次不超过10000' }), { label: '服务人次', kind: 'integer' }),
  /** The 园区 enterprise served, when the served unit is a 园区. */
  enterpriseId: z.uuid({ message: '请选择园区企业' }).nullable(),
  /** The month's 一月一主题 this activity carried out, when the served unit is a 村(社区). */
  themeId: z.uuid({ message: '请选择“一月一主题”' }).nullable(),
};

export function serviceProblems(s: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (!s.adviserId && !s.publicLawyerId) issues.push({ path: 'adviserId', message: '请选择提供服务的法律顾问或公职律师' });
  if (s.adviserId && s.publicLawyerId) issues.push({ path: 'publicLawyerId', message: '法律顾问与公职律师只能选择其一' });
  if (s.reviewRequestId && s.kind !== 'legalOpinion') issues.push({ path: 'reviewRequestId', message: '只有“法律意见”可以关联合法性审核申请' });
  if (s.enterpriseId && s.themeId) issues.push({ path: 'themeId', message: '园区企业服务不能关联“一月一主题”' });
  return issues;
}

export const serviceCreateSchema = z
  .object({
    ...serviceFields,
    adviserId: serviceFields.adviserId.optional(),
    publicLawyerId: serviceFields.publicLawyerId.optional(),
    reviewRequestId: serviceFields.reviewRequestId.optional(),
    outcome: serviceFields.outcome.optional(),
    persons: serviceFields.persons.default(1),
    enterpriseId: serviceFields.enterpriseId.optional(),
    themeId: serviceFields.themeId.optional(),
  })
  .superRefine(refineWith(serviceProblems));
export const serviceUpdateSchema = z.object(serviceFields).partial().extend({ version: versionField });
export type ServiceCreate = z.infer<typeof serviceCreateSchema>;

export const serviceSpec: RegisterSpec = {
  module: 'legalAdvisers',
  entity: 'legalAdvisers.service',
  path: 'legal-advisers/services',
  title: '服务台账',
  defaultSort: { field: 'servedOn', order: 'desc' },
  createSchema: serviceCreateSchema,
  updateSchema: serviceUpdateSchema,
  fields: fieldsOf(z.object(serviceFields), [
    ['servedOn', { list: true, filter: true, sortable: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    { name: 'servedGroup', label: '服务对象类别', kind: 'code', codes: servedGroups, list: true, filter: true, help: '按服务单位的类别自动确定' },
    { name: 'providerName', label: '服务提供者', kind: 'text', list: true },
    ['subject', { list: true, form: true }],
    ['hours', { list: true, sortable: true, form: true }],
    ['persons', { list: true, sortable: true, form: true, help: '法律咨询按人次统计，其他服务一般为1' }],
    { name: 'enterpriseName', label: '园区企业', kind: 'text' },
    { name: 'themeTitle', label: '一月一主题', kind: 'text' },
    { name: 'reviewRequestTitle', label: '关联合法性审核', kind: 'text' },
    ['outcome', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 园区企业

const enterpriseFields = {
  name: textField('企业名称', 100),
  creditCode: described(creditCodeField, { label: '统一社会信用代码', kind: 'text' }),
  orgUnitId: orgUnitField('所在园区'),
  industry: textField('所属行业', 60).nullable(),
  note: textField('备注', 1000).nullable(),
};

export const enterpriseCreateSchema = z.object({ ...enterpriseFields, industry: enterpriseFields.industry.optional(), note: enterpriseFields.note.optional() });
export const enterpriseUpdateSchema = z.object(enterpriseFields).partial().extend({ version: versionField });

/** 园区企业: the enterprises a 园区 legal adviser serves ("一园区一法律顾问"), counted once however often served. */
export const enterpriseSpec: RegisterSpec = {
  module: 'legalAdvisers',
  entity: 'legalAdvisers.enterprise',
  path: 'legal-advisers/enterprises',
  title: '园区企业',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: enterpriseCreateSchema,
  updateSchema: enterpriseUpdateSchema,
  fields: fieldsOf(z.object(enterpriseFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['creditCode', { list: true, form: true, help: '18位，按GB 32100-2015校验' }],
    ['orgUnitId', { list: true, filter: true, form: true, help: '选择园区' }],
    ['industry', { list: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 一月一主题

const themeFields = {
  year: described(z.int({ message: '年度应为整数' }).min(2000, { message: '年度应在2000年至2100年之间' }).max(2100, { message: '年度应在2000年至2100年之间' }), {
    label: '年度',
    kind: 'integer',
  }),
  month: described(z.int({ message: '月份应为1至12的整数' }).min(1, { message: '月份应为1至12的整数' }).max(12, { message: '月份应为1至12的整数' }), { label: '月份', kind: 'integer' }),
  orgUnitId: orgUnitField('部署单位'),
  title: textField('主题', 100),
  content: textField('活动内容', 2000).nullable(),
};

export const themeCreateSchema = z.object({ ...themeFields, content: themeFields.content.optional() });
export const themeUpdateSchema = z.object(themeFields).partial().extend({ version: versionField });

/** 村(社区)法律顾问“一月一主题”: one theme a month for the villages under the deploying unit. */
export const themeSpec: RegisterSpec = {
  module: 'legalAdvisers',
  entity: 'legalAdvisers.theme',
  path: 'legal-advisers/themes',
  title: '一月一主题',
  defaultSort: { field: 'monthOn', order: 'desc' },
  createSchema: themeCreateSchema,
  updateSchema: themeUpdateSchema,
  fields: fieldsOf(z.object(themeFields), [
    ['year', { list: true, form: true, filter: true }],
    ['month', { list: true, form: true }],
    { name: 'monthOn', label: '月份（起）', kind: 'date', sortable: true },
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true, help: '主题适用于该单位下的全部村(社区)' }],
    ['content', { form: true }],
  ]),
};

/** The first day of a theme's month: the service entries carrying it must fall in this month. */
export const themeMonthOn = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

export const revealReasonSchema = z.object({ reason: z.string({ error: '请说明查看理由' }).trim().min(2, { message: '请说明查看理由' }).max(200, { message: '查看理由不能超过200个字' }) });
