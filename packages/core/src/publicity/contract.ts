import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { isValidIdNumber } from '../validators/id-number.js';
import { isValidPhone } from '../validators/phone.js';
import { booleanField, dateField, orgUnitField, textField } from '../validators/zod.js';
import { eventKinds, genders, levels, liaisonRoles, midtermConclusions, ratingKinds, siteKinds, taskStates, trainingModes } from './codes.js';

const count = (label: string, max = 1_000_000) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(0, { message: `${label}不能为负数` })
      .max(max, { message: `${label}过大` }),
    { label, kind: 'integer' },
  );
const year = (label: string) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(1949, { message: `${label}不正确` })
      .max(2100, { message: `${label}不正确` }),
    { label, kind: 'integer' },
  );
// Fresh schemas: a label registered on a shared schema would rename it everywhere.
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

// ---------------------------------------------------------------- “八五”普法规划任务

const taskFields = {
  title: textField('任务名称', 200),
  orgUnitId: orgUnitField('牵头单位'),
  dueOn: dateField('完成时限'),
  state: taskStates.schema,
  completedOn: dateField('完成日期').nullable(),
  midtermConclusion: midtermConclusions.schema.nullable(),
  midtermScore: described(z.number({ message: '评估得分应为数字' }).min(0, { message: '评估得分不能为负数' }).max(100, { message: '评估得分不能超过100' }), {
    label: '中期评估得分',
    kind: 'integer',
  }).nullable(),
  note: textField('备注', 1000).nullable(),
};
export function taskProblems(t: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (t.state === 'done' && !t.completedOn) issues.push({ path: 'completedOn', message: '已完成的任务须填写完成日期' });
  if (t.state !== 'done' && t.completedOn) issues.push({ path: 'completedOn', message: '未完成的任务不应填写完成日期' });
  return issues;
}
export const taskCreateSchema = z
  .object({
    ...taskFields,
    completedOn: taskFields.completedOn.optional(),
    midtermConclusion: taskFields.midtermConclusion.optional(),
    midtermScore: taskFields.midtermScore.optional(),
    note: taskFields.note.optional(),
  })
  .superRefine(refineWith(taskProblems));
export const taskUpdateSchema = z.object(taskFields).partial().extend({ version });
export const taskSpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.task',
  path: 'publicity/tasks',
  title: '“八五”普法规划任务',
  defaultSort: { field: 'dueOn', order: 'asc' },
  createSchema: taskCreateSchema,
  updateSchema: taskUpdateSchema,
  fields: fieldsOf(z.object(taskFields), [
    ['title', { list: true, form: true, sortable: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['dueOn', { list: true, filter: true, sortable: true, form: true }],
    ['state', { list: true, filter: true, form: true }],
    { name: 'overdue', label: '是否逾期', kind: 'boolean', list: true, filter: true, help: '未完成且已过完成时限，每日自动核对' },
    ['completedOn', { list: true, form: true }],
    ['midtermConclusion', { list: true, filter: true, form: true }],
    ['midtermScore', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 普法责任清单 (one row per item)

const dutyFields = {
  orgUnitId: orgUnitField('责任单位'),
  year: year('年度'),
  content: textField('普法内容', 500),
  audience: textField('普法对象', 100),
  form: textField('普法形式', 100),
  timing: textField('时间安排', 100),
  completed: booleanField('是否完成'),
  completion: textField('完成情况', 1000).nullable(),
};
export const dutyCreateSchema = z.object({ ...dutyFields, completed: dutyFields.completed.optional(), completion: dutyFields.completion.optional() });
export const dutyUpdateSchema = z.object(dutyFields).partial().extend({ version });
export const dutySpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.duty',
  path: 'publicity/duties',
  title: '普法责任清单',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: dutyCreateSchema,
  updateSchema: dutyUpdateSchema,
  fields: fieldsOf(z.object(dutyFields), [
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['content', { list: true, form: true }],
    ['audience', { list: true, form: true }],
    ['form', { list: true, form: true }],
    ['timing', { list: true, form: true }],
    ['completed', { list: true, filter: true, form: true }],
    ['completion', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 普法活动

const eventFields = {
  kind: eventKinds.schema,
  title: textField('活动名称', 200),
  heldOn: dateField('活动日期'),
  place: textField('活动地点', 200),
  orgUnitId: orgUnitField('组织单位'),
  participants: count('参与人数'),
  published: booleanField('在政务公开页公布'),
  summary: textField('活动简况', 2000).nullable(),
};
export const eventCreateSchema = z.object({ ...eventFields, published: eventFields.published.optional(), summary: eventFields.summary.optional() });
export const eventUpdateSchema = z.object(eventFields).partial().extend({ version });
export const eventSpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.event',
  path: 'publicity/events',
  title: '普法活动',
  defaultSort: { field: 'heldOn', order: 'desc' },
  createSchema: eventCreateSchema,
  updateSchema: eventUpdateSchema,
  fields: fieldsOf(z.object(eventFields), [
    ['heldOn', { list: true, filter: true, sortable: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['title', { list: true, form: true }],
    ['place', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['participants', { list: true, sortable: true, form: true }],
    ['published', { list: true, filter: true, form: true }],
    ['summary', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 法治文化阵地

const siteFields = {
  name: textField('阵地名称', 100),
  kind: siteKinds.schema,
  orgUnitId: orgUnitField('所在村(社区)或街道'),
  builtYear: year('建成年份'),
  honour: textField('所获荣誉', 100).nullable(),
  honourLevel: levels.schema.nullable(),
  honourYear: year('获评年份').nullable(),
};
export function siteProblems(s: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (s.honour && (!s.honourLevel || !s.honourYear)) issues.push({ path: 'honourLevel', message: '填写荣誉时须填写级别和获评年份' });
  if (!s.honour && (s.honourLevel || s.honourYear)) issues.push({ path: 'honour', message: '请填写所获荣誉名称' });
  return issues;
}
export const siteCreateSchema = z
  .object({ ...siteFields, honour: siteFields.honour.optional(), honourLevel: siteFields.honourLevel.optional(), honourYear: siteFields.honourYear.optional() })
  .superRefine(refineWith(siteProblems));
export const siteUpdateSchema = z.object(siteFields).partial().extend({ version });
export const siteSpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.site',
  path: 'publicity/sites',
  title: '法治文化阵地',
  defaultSort: { field: 'builtYear', order: 'desc' },
  createSchema: siteCreateSchema,
  updateSchema: siteUpdateSchema,
  fields: fieldsOf(z.object(siteFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['builtYear', { list: true, filter: true, sortable: true, form: true }],
    ['honour', { list: true, form: true, help: '如“最受群众欢迎的法治文化阵地”' }],
    ['honourLevel', { list: true, filter: true, form: true }],
    ['honourYear', { filter: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 法律明白人 / 法治带头人

const liaisonFields = {
  name: textField('姓名', 30),
  gender: genders.field('性别'),
  /** Write-only: stored SM4-encrypted, read back masked. */
  idNumber: idNumber('公民身份号码'),
  phone: phone('联系电话'),
  role: liaisonRoles.schema,
  orgUnitId: orgUnitField('所在村(社区)'),
  appointedOn: dateField('选任日期'),
  leftOn: dateField('离任日期').nullable(),
  trainingMode: trainingModes.schema.nullable(),
  trainingHours: described(z.number({ message: '培训学时应为数字' }).min(0, { message: '培训学时不能为负数' }).max(1000, { message: '培训学时过大' }), {
    label: '本年度培训学时',
    kind: 'integer',
  }),
};
export function liaisonProblems(l: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (typeof l.leftOn === 'string' && typeof l.appointedOn === 'string' && l.leftOn < l.appointedOn) issues.push({ path: 'leftOn', message: '离任日期不能早于选任日期' });
  if (Number(l.trainingHours ?? 0) > 0 && !l.trainingMode) issues.push({ path: 'trainingMode', message: '有培训学时须选择培训方式' });
  return issues;
}
export const liaisonCreateSchema = z
  .object({ ...liaisonFields, leftOn: liaisonFields.leftOn.optional(), trainingMode: liaisonFields.trainingMode.optional(), trainingHours: liaisonFields.trainingHours.optional() })
  .superRefine(refineWith(liaisonProblems));
export const liaisonUpdateSchema = z.object(liaisonFields).partial().extend({ version });
export const liaisonSpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.liaison',
  path: 'publicity/liaisons',
  title: '法律明白人',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: liaisonCreateSchema,
  updateSchema: liaisonUpdateSchema,
  fields: fieldsOf(z.object(liaisonFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['gender', { list: true, filter: true, form: true }],
    { name: 'idNumberMasked', label: '公民身份号码', kind: 'text', list: true },
    { name: 'phoneMasked', label: '联系电话', kind: 'text', list: true },
    ['role', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['appointedOn', { list: true, sortable: true, form: true }],
    ['leftOn', { form: true }],
    ['trainingMode', { list: true, filter: true, form: true }],
    ['trainingHours', { list: true, sortable: true, form: true }],
  ]),
};

/** The write-only inputs of the roster's form: never in a row (kept SM4-encrypted, answered masked), so out of the spec's fields. */
export const liaisonSecretFields = fieldsOf(z.object(liaisonFields), [
  ['idNumber', { form: true, help: '加密保存，列表中只显示部分号码；修改时不填则保持原号码' }],
  ['phone', { form: true, help: '加密保存，列表中只显示部分号码' }],
]);

// ---------------------------------------------------------------- 示范创建

const ratingFields = {
  kind: ratingKinds.schema,
  level: levels.schema,
  orgUnitId: orgUnitField('获评单位'),
  year: year('命名年度'),
  batch: textField('批次', 60),
};
export const ratingCreateSchema = z.object(ratingFields);
export const ratingUpdateSchema = z.object(ratingFields).partial().extend({ version });
export const ratingSpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.rating',
  path: 'publicity/ratings',
  title: '示范创建',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: ratingCreateSchema,
  updateSchema: ratingUpdateSchema,
  fields: fieldsOf(z.object(ratingFields), [
    ['kind', { list: true, filter: true, form: true }],
    ['level', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true, help: '守法普法示范镇街选择街道' }],
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['batch', { list: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 国家工作人员学法培训

const trainingFields = {
  title: textField('培训名称', 200),
  heldOn: dateField('培训日期'),
  orgUnitId: orgUnitField('组织单位'),
  mode: trainingModes.schema,
  participants: count('参训人次'),
  hours: described(z.number({ message: '学时应为数字' }).min(0, { message: '学时不能为负数' }).max(200, { message: '学时过大' }), { label: '学时', kind: 'integer' }),
};
export const trainingCreateSchema = z.object(trainingFields);
export const trainingUpdateSchema = z.object(trainingFields).partial().extend({ version });
export const trainingSpec: RegisterSpec = {
  module: 'publicity',
  entity: 'publicity.training',
  path: 'publicity/trainings',
  title: '学法培训',
  defaultSort: { field: 'heldOn', order: 'desc' },
  createSchema: trainingCreateSchema,
  updateSchema: trainingUpdateSchema,
  fields: fieldsOf(z.object(trainingFields), [
    ['heldOn', { list: true, filter: true, sortable: true, form: true }],
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['mode', { list: true, filter: true, form: true }],
    ['participants', { list: true, sortable: true, form: true }],
    ['hours', { list: true, form: true }],
  ]),
};
