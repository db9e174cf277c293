import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { isValidIdNumber } from '../validators/id-number.js';
import { isValidPhone } from '../validators/phone.js';
import { booleanField, dateField, orgUnitField, textField } from '../validators/zod.js';
import { activityKinds, assistantStates, checklistCategories, genders, ratingStates, starLevels, trainingKinds } from './codes.js';
import { thresholdProblems } from './rules.js';

// Fresh schemas, not the shared idNumberField/phoneField: a label registered on a shared schema would rename it everywhere.
const phone = (label: string) =>
  described(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .refine(isValidPhone, { message: `${label}格式不正确` }),
    { label, kind: 'text' },
  );
const idNumber = (label: string) =>
  described(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .toUpperCase()
      .refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' }),
    { label, kind: 'text' },
  );

const int = (label: string, max: number, min = 0) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(min, { message: `${label}不能小于${min}` })
      .max(max, { message: `${label}不能超过${max}` }),
    { label, kind: 'integer' },
  );
const area = (label: string) =>
  described(
    z
      .number({ error: `请填写${label}` })
      .min(0, { message: `${label}不能为负数` })
      .max(100_000, { message: `${label}过大` }),
    { label, kind: 'integer' },
  );
export const yearField = int('年度', 2100, 2000);

// ---------------------------------------------------------------- 司法所概况

const officeFields = {
  orgUnitId: orgUnitField('司法所'),
  staffQuota: int('政法专项编制数', 100),
  staffInPost: int('在岗人数', 100),
  premisesArea: area('业务用房面积（平方米）'),
  hasServiceHall: booleanField('设有公共法律服务大厅'),
  serviceHallArea: area('服务大厅面积（平方米）').nullable(),
  address: textField('办公地址', 200),
  /** The office's public line, shown on the portal: not a person's phone, so neither encrypted nor masked. */
  officePhone: phone('办公电话'),
  director: textField('所长', 30).nullable(),
  note: textField('备注', 1000).nullable(),
};

export function officeProblems(o: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (o.hasServiceHall === true && !(typeof o.serviceHallArea === 'number' && o.serviceHallArea > 0)) issues.push({ path: 'serviceHallArea', message: '设有服务大厅的须填写大厅面积' });
  if (o.hasServiceHall === false && typeof o.serviceHallArea === 'number' && o.serviceHallArea > 0) issues.push({ path: 'serviceHallArea', message: '未设服务大厅的不应填写大厅面积' });
  return issues;
}

export const officeCreateSchema = z
  .object({ ...officeFields, serviceHallArea: officeFields.serviceHallArea.optional(), director: officeFields.director.optional(), note: officeFields.note.optional() })
  .superRefine(refineWith(officeProblems));
export const officeUpdateSchema = z.object(officeFields).omit({ orgUnitId: true }).partial().extend({ version });

export const officeSpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.office',
  path: 'judicial-offices/offices',
  title: '司法所概况',
  defaultSort: { field: 'orgUnitId', order: 'asc' },
  createSchema: officeCreateSchema,
  updateSchema: officeUpdateSchema,
  fields: fieldsOf(z.object(officeFields), [
    ['orgUnitId', { list: true, filter: true, form: true, help: '选择类别为“司法所”的单位' }],
    ['director', { list: true, form: true }],
    ['staffQuota', { list: true, form: true }],
    ['staffInPost', { list: true, form: true }],
    ['premisesArea', { list: true, form: true }],
    ['hasServiceHall', { list: true, filter: true, form: true }],
    ['serviceHallArea', { form: true }],
    ['address', { list: true, form: true }],
    ['officePhone', { list: true, form: true, help: '对外公开的办公电话，不填个人手机' }],
    { name: 'starLevel', label: '最新星级', kind: 'code', codes: starLevels, list: true, help: '取最近一次确定的规范化评定' },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 评定标准 (thresholds) and checklist items

const standardFields = {
  year: yearField,
  orgUnitId: orgUnitField('制定单位'),
  basis: textField('评定依据', 500),
  oneStar: int('一星级分数线（百分制）', 100),
  twoStar: int('二星级分数线（百分制）', 100),
  threeStar: int('三星级分数线（百分制）', 100),
  fourStar: int('四星级分数线（百分制）', 100),
  fiveStar: int('五星级分数线（百分制）', 100),
};
export const standardCreateSchema = z.object(standardFields).superRefine(refineWith((v) => thresholdProblems(v)));
export const standardUpdateSchema = z.object(standardFields).omit({ orgUnitId: true }).partial().extend({ version });

export const standardSpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.standard',
  path: 'judicial-offices/standards',
  title: '星级分数线',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: standardCreateSchema,
  updateSchema: standardUpdateSchema,
  fields: fieldsOf(z.object(standardFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['orgUnitId', { list: true, form: true, help: '由区级（法治办、司法局）制定' }],
    ['oneStar', { list: true, form: true, help: '得分占满分的百分比达到该线即评为该星级' }],
    ['twoStar', { list: true, form: true }],
    ['threeStar', { list: true, form: true }],
    ['fourStar', { list: true, form: true }],
    ['fiveStar', { list: true, form: true }],
    ['basis', { form: true }],
  ]),
};

const itemFields = {
  year: yearField,
  orgUnitId: orgUnitField('制定单位'),
  category: checklistCategories.schema,
  title: textField('评定内容', 300),
  maxPoints: described(z.number({ error: '请填写分值' }).positive({ message: '分值应大于0' }).max(100, { message: '分值不能超过100' }).multipleOf(0.5, { message: '分值以0.5分为单位' }), {
    label: '分值',
    kind: 'integer',
  }),
  sortOrder: int('排序', 999),
  scoringMethod: textField('计分方法', 300).nullable(),
};
export const itemCreateSchema = z.object({ ...itemFields, scoringMethod: itemFields.scoringMethod.optional() });
export const itemUpdateSchema = z.object(itemFields).omit({ orgUnitId: true }).partial().extend({ version });

export const itemSpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.checklistItem',
  path: 'judicial-offices/checklist-items',
  title: '评定标准',
  defaultSort: { field: 'sortOrder', order: 'asc' },
  createSchema: itemCreateSchema,
  updateSchema: itemUpdateSchema,
  fields: fieldsOf(z.object(itemFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['sortOrder', { list: true, sortable: true, form: true }],
    ['category', { list: true, filter: true, form: true }],
    ['title', { list: true, form: true }],
    ['maxPoints', { list: true, form: true }],
    ['scoringMethod', { form: true }],
    ['orgUnitId', { form: true, help: '由区级（法治办、司法局）制定' }],
  ]),
};

// ---------------------------------------------------------------- 规范化评定

const ratingFields = {
  orgUnitId: orgUnitField('司法所'),
  year: yearField,
  note: textField('备注', 1000).nullable(),
};
export const ratingCreateSchema = z.object({ ...ratingFields, note: ratingFields.note.optional() });
// Scores and levels move only through the workflow's steps.
export const ratingUpdateSchema = z.object({ note: ratingFields.note }).partial().extend({ version });

export const ratingSpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.rating',
  path: 'judicial-offices/ratings',
  title: '规范化评定',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: ratingCreateSchema,
  updateSchema: ratingUpdateSchema,
  fields: fieldsOf(z.object(ratingFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    { name: 'state', label: '评定状态', kind: 'code', codes: ratingStates, list: true, filter: true },
    { name: 'selfTotal', label: '自评得分', kind: 'integer', list: true, sortable: true },
    { name: 'districtTotal', label: '区级评定得分', kind: 'integer', list: true, sortable: true },
    { name: 'starLevel', label: '星级', kind: 'code', codes: starLevels, list: true, filter: true },
    { name: 'confirmedOn', label: '确定日期', kind: 'date', list: true, sortable: true },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 工作台账

const activityFields = {
  orgUnitId: orgUnitField('司法所'),
  occurredOn: dateField('日期'),
  kind: activityKinds.schema,
  subject: textField('事项', 200),
  quantity: int('数量（场次/次/件）', 10_000, 1),
  persons: int('人次', 100_000).nullable(),
  place: textField('地点', 100).nullable(),
  note: textField('备注', 1000).nullable(),
};

export function activityProblems(a: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  // 法治宣传 is reported with its participants and 法律咨询 in 人次 (the report's "接待群众法律咨询…人次").
  if ((a.kind === 'legalPublicity' || a.kind === 'consultation') && !(typeof a.persons === 'number' && a.persons >= 1)) {
    issues.push({ path: 'persons', message: a.kind === 'consultation' ? '法律咨询须填写接待人次' : '法治宣传须填写参加人次' });
  }
  return issues;
}

export const activityCreateSchema = z
  .object({ ...activityFields, persons: activityFields.persons.optional(), place: activityFields.place.optional(), note: activityFields.note.optional() })
  .superRefine(refineWith(activityProblems));
export const activityUpdateSchema = z.object(activityFields).partial().extend({ version });
export type ActivityCreate = z.infer<typeof activityCreateSchema>;

export const activitySpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.activity',
  path: 'judicial-offices/activities',
  title: '司法所工作台账',
  defaultSort: { field: 'occurredOn', order: 'desc' },
  createSchema: activityCreateSchema,
  updateSchema: activityUpdateSchema,
  fields: fieldsOf(z.object(activityFields), [
    ['occurredOn', { list: true, filter: true, sortable: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['subject', { list: true, form: true }],
    ['quantity', { list: true, sortable: true, form: true, help: '法治宣传填场次，法律咨询填接待次数，矛盾调处填件数，社区矫正填工作次数' }],
    ['persons', { list: true, sortable: true, form: true, help: '法治宣传填参加人次，法律咨询填接待人次' }],
    ['place', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 司法协理员

const assistantFields = {
  name: textField('姓名', 30),
  gender: genders.field('性别'),
  /** Write-only: stored SM4-encrypted, read back masked (idNumberMasked). */
  idNumber: idNumber('公民身份号码'),
  /** Write-only: stored SM4-encrypted, read back masked (phoneMasked). */
  phone: phone('联系电话').nullable(),
  orgUnitId: orgUnitField('所在司法所'),
  hiredOn: dateField('聘用日期'),
  batch: textField('聘用批次（依据方案）', 100),
  assignment: textField('岗位分工', 200).nullable(),
  exitOn: dateField('解聘日期').nullable(),
  exitReason: textField('解聘原因', 200).nullable(),
  note: textField('备注', 1000).nullable(),
};

export function assistantProblems(a: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (typeof a.exitOn === 'string' && typeof a.hiredOn === 'string' && a.exitOn < a.hiredOn) issues.push({ path: 'exitOn', message: '解聘日期不能早于聘用日期' });
  if (typeof a.exitOn === 'string' && !a.exitReason) issues.push({ path: 'exitReason', message: '解聘的须填写解聘原因' });
  return issues;
}

export const assistantCreateSchema = z
  .object({
    ...assistantFields,
    phone: assistantFields.phone.optional(),
    assignment: assistantFields.assignment.optional(),
    exitOn: assistantFields.exitOn.optional(),
    exitReason: assistantFields.exitReason.optional(),
    note: assistantFields.note.optional(),
  })
  .superRefine(refineWith(assistantProblems));
export const assistantUpdateSchema = z.object(assistantFields).partial().extend({ version });

export const assistantSpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.assistant',
  path: 'judicial-offices/assistants',
  title: '司法协理员',
  defaultSort: { field: 'hiredOn', order: 'desc' },
  createSchema: assistantCreateSchema,
  updateSchema: assistantUpdateSchema,
  fields: fieldsOf(z.object(assistantFields), [
    ['name', { list: true, sortable: true, form: true }],
    ['gender', { list: true, filter: true, form: true }],
    { name: 'idNumberMasked', label: '公民身份号码', kind: 'text', list: true },
    { name: 'phoneMasked', label: '联系电话', kind: 'text', list: true },
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['hiredOn', { list: true, filter: true, sortable: true, form: true }],
    ['batch', { list: true, filter: true, form: true }],
    ['assignment', { form: true }],
    { name: 'state', label: '在岗状态', kind: 'code', codes: assistantStates, list: true, filter: true, help: '按聘用、解聘日期自动计算' },
    { name: 'trainingHours', label: '培训学时', kind: 'integer', list: true, sortable: true },
    ['exitOn', { form: true }],
    ['exitReason', { form: true }],
    ['note', { form: true }],
  ]),
};

/**
 * The write-only inputs of the roster's form: never in a row (the server keeps them SM4-encrypted and answers the
 * masked copies), so they stay out of the spec's fields, which also describe rows.
 */
export const assistantSecretFields = fieldsOf(z.object(assistantFields), [
  ['idNumber', { form: true, help: '加密保存，列表中只显示部分号码；修改时不填则保持原号码' }],
  ['phone', { form: true, help: '加密保存，列表中只显示部分号码' }],
]);

// ---------------------------------------------------------------- 培训记录

const trainingFields = {
  assistantId: described(z.uuid({ message: '请选择司法协理员' }), { label: '司法协理员编号', kind: 'text' }),
  orgUnitId: orgUnitField('所在司法所'),
  kind: trainingKinds.schema,
  trainedOn: dateField('培训日期'),
  hours: described(z.number({ error: '请填写培训学时' }).positive({ message: '培训学时应大于0' }).max(200, { message: '单次培训学时不超过200' }).multipleOf(0.5, { message: '学时以0.5为单位' }), {
    label: '学时',
    kind: 'integer',
  }),
  subject: textField('培训内容', 200),
};
export const trainingCreateSchema = z.object(trainingFields);
export const trainingUpdateSchema = z.object(trainingFields).omit({ assistantId: true, orgUnitId: true }).partial().extend({ version });

export const trainingSpec: RegisterSpec = {
  module: 'judicialOffices',
  entity: 'judicialOffices.training',
  path: 'judicial-offices/trainings',
  title: '协理员培训记录',
  defaultSort: { field: 'trainedOn', order: 'desc' },
  createSchema: trainingCreateSchema,
  updateSchema: trainingUpdateSchema,
  fields: fieldsOf(z.object(trainingFields), [
    ['trainedOn', { list: true, filter: true, sortable: true, form: true }],
    { name: 'assistantName', label: '司法协理员', kind: 'text', list: true },
    // The sheet carries the assistant's system number, so an export imports back onto the same person.
    ['assistantId', { form: true, help: '在司法协理员详情页“登记培训”时自动填写' }],
    ['kind', { list: true, filter: true, form: true }],
    ['hours', { list: true, form: true }],
    ['subject', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
  ]),
};

export const revealReasonSchema = z.object({ reason: z.string({ error: '请说明查看理由' }).trim().min(2, { message: '请说明查看理由' }).max(200, { message: '查看理由不能超过200个字' }) });
