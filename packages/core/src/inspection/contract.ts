import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, orgUnitField, refField, textField } from '../validators/zod.js';
import { demoItemLevels, honourKinds, itemMethods, levels, scoringRules, selfAssessments, supervisionStates, taskStates } from './codes.js';
import { scoreStates, subjectStates } from './workflow.js';

const year = (label: string) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(2000, { message: `${label}应在2000年至2100年之间` })
      .max(2100, { message: `${label}应在2000年至2100年之间` }),
    { label, kind: 'integer' },
  );
const points = (label: string, max = 100) =>
  described(
    z
      .number({ message: `${label}应为数字` })
      .min(0, { message: `${label}不能为负数` })
      .max(max, { message: `${label}不能超过${max}` }),
    { label, kind: 'integer' },
  );
// A reference to another record of the module, by its id (the form shows it as a code; the list shows the title).
const indicatorId = (label: string) =>
  described(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .regex(/^[a-zA-Z]+\.[a-zA-Z0-9]+$/, { message: `${label}格式不正确（如 legalReview.onTimeRate）` }),
    { label, kind: 'text' },
  );
const notBefore = (later: unknown, earlier: unknown, path: string, message: string): Issue[] =>
  typeof later === 'string' && typeof earlier === 'string' && later < earlier ? [{ path, message }] : [];

// ---------------------------------------------------------------- 依法治区工作要点任务

const taskFields = {
  year: year('年度'),
  title: textField('工作任务', 300),
  orgUnitId: orgUnitField('责任单位'),
  dueOn: dateField('完成时限'),
  state: taskStates.field('任务状态'),
  progress: textField('进展情况', 2000).nullable(),
  progressReportedOn: dateField('进展报告日期').nullable(),
  completedOn: dateField('完成日期').nullable(),
  note: textField('备注', 1000).nullable(),
};
export function taskProblems(t: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (t.state === 'done' && !t.completedOn) issues.push({ path: 'completedOn', message: '已完成的任务须填写完成日期' });
  if (t.state !== 'done' && t.completedOn) issues.push({ path: 'completedOn', message: '未完成的任务不应填写完成日期' });
  if (t.progress && !t.progressReportedOn) issues.push({ path: 'progressReportedOn', message: '报告进展须填写报告日期' });
  return issues;
}
export const taskCreateSchema = z
  .object({
    ...taskFields,
    state: taskFields.state.default('planned'),
    progress: taskFields.progress.optional(),
    progressReportedOn: taskFields.progressReportedOn.optional(),
    completedOn: taskFields.completedOn.optional(),
    note: taskFields.note.optional(),
  })
  .superRefine(refineWith(taskProblems));
export const taskUpdateSchema = z.object(taskFields).partial().extend({ version });
export const taskSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.task',
  path: 'inspection/tasks',
  title: '依法治区工作要点任务',
  defaultSort: { field: 'dueOn', order: 'asc' },
  createSchema: taskCreateSchema,
  updateSchema: taskUpdateSchema,
  fields: fieldsOf(z.object(taskFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['dueOn', { list: true, filter: true, sortable: true, form: true }],
    ['state', { list: true, filter: true, form: true }],
    { name: 'overdue', label: '是否逾期', kind: 'boolean', list: true, filter: true, help: '未完成且已过完成时限，每日自动核对' },
    ['progress', { form: true, help: '最近一次进展报告；佐证材料以附件上传' }],
    ['progressReportedOn', { list: true, form: true }],
    ['completedOn', { list: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 法治督察 (plan / round)

const roundFields = {
  year: year('年度'),
  title: textField('督察名称', 200),
  orgUnitId: orgUnitField('组织单位'),
  startOn: dateField('开始日期'),
  endOn: dateField('结束日期'),
  focus: textField('督察重点', 2000),
  note: textField('备注', 1000).nullable(),
};
export const roundProblems = (r: Record<string, unknown>): Issue[] => notBefore(r.endOn, r.startOn, 'endOn', '结束日期不能早于开始日期');
export const roundCreateSchema = z.object({ ...roundFields, note: roundFields.note.optional() }).superRefine(refineWith(roundProblems));
export const roundUpdateSchema = z.object(roundFields).partial().extend({ version });
export const roundSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.round',
  path: 'inspection/rounds',
  title: '法治督察计划',
  defaultSort: { field: 'startOn', order: 'desc' },
  createSchema: roundCreateSchema,
  updateSchema: roundUpdateSchema,
  fields: fieldsOf(z.object(roundFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['startOn', { list: true, sortable: true, form: true }],
    ['endOn', { list: true, form: true }],
    ['focus', { form: true, help: '含党政主要负责人履行推进法治建设第一责任人职责情况' }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 督察对象 (one inspected unit of a round)

const subjectFields = {
  roundId: refField('督察计划', 'inspection/rounds', 'title'),
  orgUnitId: orgUnitField('被督察单位'),
  inspectedOn: dateField('督察日期'),
  firstDutyInspected: booleanField('督察第一责任人履职情况'),
  findings: textField('督察发现问题', 4000).nullable(),
};
export const subjectCreateSchema = z.object({ ...subjectFields, findings: subjectFields.findings.optional() });
export const subjectUpdateSchema = z.object(subjectFields).partial().extend({ version });
export const subjectSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.subject',
  path: 'inspection/subjects',
  title: '督察对象及整改',
  defaultSort: { field: 'inspectedOn', order: 'desc' },
  createSchema: subjectCreateSchema,
  updateSchema: subjectUpdateSchema,
  fields: fieldsOf(z.object(subjectFields), [
    { name: 'roundTitle', label: '督察计划', kind: 'text', list: true },
    ['roundId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['inspectedOn', { list: true, filter: true, sortable: true, form: true }],
    ['firstDutyInspected', { list: true, filter: true, form: true }],
    ['findings', { form: true }],
    { name: 'state', label: '整改状态', kind: 'code', codes: subjectStates, list: true, filter: true, sortable: true },
    { name: 'noticeNumber', label: '督察意见书/整改通知文号', kind: 'text' },
    { name: 'rectifyDueOn', label: '整改期限', kind: 'date', list: true, sortable: true },
    { name: 'reportedOn', label: '整改报告日期', kind: 'date' },
    { name: 'acceptedOn', label: '验收日期', kind: 'date', filter: true },
    { name: 'overdue', label: '整改逾期', kind: 'boolean', list: true, filter: true },
  ]),
};

// ---------------------------------------------------------------- 考核方案, 考核项目, 考核得分

const schemeFields = {
  year: year('考核年度'),
  title: textField('方案名称', 200),
  orgUnitId: orgUnitField('考核组织单位'),
  appealDays: described(z.int({ message: '申诉期应为整数' }).min(1, { message: '申诉期至少1个工作日' }).max(30, { message: '申诉期不能超过30个工作日' }), {
    label: '申诉期（工作日）',
    kind: 'integer',
  }),
  note: textField('备注', 1000).nullable(),
};
export const schemeCreateSchema = z.object({ ...schemeFields, appealDays: schemeFields.appealDays.default(5), note: schemeFields.note.optional() });
export const schemeUpdateSchema = z.object(schemeFields).partial().extend({ version });
export const schemeSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.scheme',
  path: 'inspection/schemes',
  title: '法治建设考核方案',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: schemeCreateSchema,
  updateSchema: schemeUpdateSchema,
  fields: fieldsOf(z.object(schemeFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['appealDays', { list: true, form: true, help: '区级设置，默认公布后5个工作日内可申诉' }],
    { name: 'publishedOn', label: '结果公布日期', kind: 'date', list: true },
    ['note', { form: true }],
  ]),
};

const itemFields = {
  schemeId: refField('考核方案', 'inspection/schemes', 'title'),
  orgUnitId: orgUnitField('方案所属单位'),
  code: textField('项目编号', 20),
  name: textField('考核项目', 200),
  weight: points('分值'),
  method: itemMethods.field('计分方式'),
  indicatorId: indicatorId('绑定指标').nullable(),
  rule: scoringRules.field('计分规则').nullable(),
  target: points('目标值', 1_000_000).nullable(),
  criteria: textField('评分标准', 2000),
};
export function itemProblems(i: Record<string, unknown>): Issue[] {
  if (i.method !== 'indicator') return i.indicatorId ? [{ path: 'indicatorId', message: '人工评分的项目不绑定指标' }] : [];
  const issues: Issue[] = [];
  if (!i.indicatorId) issues.push({ path: 'indicatorId', message: '按指标计分须选择绑定的指标' });
  if (!i.rule) issues.push({ path: 'rule', message: '按指标计分须选择计分规则' });
  if (i.target == null) issues.push({ path: 'target', message: '按指标计分须填写目标值' });
  return issues;
}
export const itemCreateSchema = z
  .object({ ...itemFields, indicatorId: itemFields.indicatorId.optional(), rule: itemFields.rule.optional(), target: itemFields.target.optional() })
  .superRefine(refineWith(itemProblems));
export const itemUpdateSchema = z.object(itemFields).omit({ schemeId: true }).partial().extend({ version });
export const itemSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.item',
  path: 'inspection/items',
  title: '考核项目',
  defaultSort: { field: 'code', order: 'asc' },
  createSchema: itemCreateSchema,
  updateSchema: itemUpdateSchema,
  fields: fieldsOf(z.object(itemFields), [
    { name: 'schemeTitle', label: '考核方案', kind: 'text', list: true },
    ['schemeId', { form: true }],
    ['orgUnitId', { form: true }],
    ['code', { list: true, sortable: true, form: true }],
    ['name', { list: true, form: true }],
    ['weight', { list: true, form: true }],
    ['method', { list: true, filter: true, form: true }],
    ['indicatorId', { list: true, form: true, help: '平台任一模块的指标编号，如 legalReview.onTimeRate' }],
    ['rule', { form: true }],
    ['target', { form: true, help: '比率类指标填百分数，如 95' }],
    ['criteria', { form: true }],
  ]),
};

const scoreFields = {
  itemId: refField('考核项目', 'inspection/items', 'name'),
  orgUnitId: orgUnitField('被考核单位'),
  score: points('得分'),
  basis: textField('评分依据', 2000),
};
export const scoreCreateSchema = z.object(scoreFields);
export const scoreUpdateSchema = z.object(scoreFields).omit({ itemId: true, orgUnitId: true }).partial().extend({ version });
export const scoreSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.score',
  path: 'inspection/scores',
  title: '考核得分',
  defaultSort: { field: 'itemCode', order: 'asc' },
  createSchema: scoreCreateSchema,
  updateSchema: scoreUpdateSchema,
  fields: fieldsOf(z.object(scoreFields), [
    { name: 'year', label: '考核年度', kind: 'integer', list: true, filter: true },
    { name: 'itemCode', label: '项目编号', kind: 'text', list: true, sortable: true },
    { name: 'itemName', label: '考核项目', kind: 'text', list: true },
    ['itemId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['score', { list: true, sortable: true, form: true }],
    { name: 'computed', label: '按指标自动计分', kind: 'boolean', list: true, filter: true },
    { name: 'indicatorValue', label: '指标值', kind: 'text', list: true },
    ['basis', { form: true, help: '人工评分须写明依据并上传佐证材料' }],
    { name: 'published', label: '已公布', kind: 'boolean', list: true, filter: true },
    { name: 'state', label: '申诉状态', kind: 'code', codes: scoreStates, list: true, filter: true },
  ]),
};

// ---------------------------------------------------------------- 示范创建 指标体系 and 任务

const demoItemFields = {
  year: year('创建年度'),
  orgUnitId: orgUnitField('牵头单位'),
  level: demoItemLevels.field('指标层级'),
  code: textField('指标编号', 20),
  title: textField('指标名称', 300),
  parentCode: textField('上级指标编号', 20).nullable(),
  indicatorId: indicatorId('对应平台指标').nullable(),
};
export function demoItemProblems(i: Record<string, unknown>): Issue[] {
  if (i.level === 'second' && !i.parentCode) return [{ path: 'parentCode', message: '二级指标须填写所属一级指标编号' }];
  if (i.level === 'first' && i.parentCode) return [{ path: 'parentCode', message: '一级指标不填上级指标' }];
  return [];
}
export const demoItemCreateSchema = z
  .object({ ...demoItemFields, parentCode: demoItemFields.parentCode.optional(), indicatorId: demoItemFields.indicatorId.optional() })
  .superRefine(refineWith(demoItemProblems));
export const demoItemUpdateSchema = z.object(demoItemFields).partial().extend({ version });
export const demoItemSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.demoItem',
  path: 'inspection/demo-items',
  title: '示范创建指标体系',
  defaultSort: { field: 'code', order: 'asc' },
  createSchema: demoItemCreateSchema,
  updateSchema: demoItemUpdateSchema,
  fields: fieldsOf(z.object(demoItemFields), [
    ['year', { list: true, filter: true, form: true }],
    ['code', { list: true, sortable: true, form: true }],
    ['level', { list: true, filter: true, form: true }],
    ['title', { list: true, form: true }],
    ['parentCode', { list: true, form: true }],
    ['indicatorId', { list: true, form: true, help: '能由平台数据反映的，填对应指标编号' }],
    ['orgUnitId', { list: true, filter: true, form: true }],
  ]),
};

const demoTaskFields = {
  demoItemId: refField('示范指标', 'inspection/demo-items', 'title'),
  orgUnitId: orgUnitField('责任单位'),
  title: textField('创建任务', 300),
  dueOn: dateField('完成时限'),
  state: taskStates.field('任务状态'),
  selfAssessment: selfAssessments.field('自评结果'),
  selfAssessmentNote: textField('自评说明', 2000).nullable(),
  supervision: supervisionStates.field('督办状态'),
  completedOn: dateField('完成日期').nullable(),
};
export const demoTaskProblems = (t: Record<string, unknown>): Issue[] => [
  ...taskProblems({ state: t.state, completedOn: t.completedOn }),
  ...(t.selfAssessment === 'met' && t.state !== 'done' ? [{ path: 'selfAssessment', message: '任务未完成，不能自评为已达标' }] : []),
];
export const demoTaskCreateSchema = z
  .object({
    ...demoTaskFields,
    state: demoTaskFields.state.default('planned'),
    selfAssessment: demoTaskFields.selfAssessment.default('notAssessed'),
    selfAssessmentNote: demoTaskFields.selfAssessmentNote.optional(),
    supervision: demoTaskFields.supervision.default('onTrack'),
    completedOn: demoTaskFields.completedOn.optional(),
  })
  .superRefine(refineWith(demoTaskProblems));
export const demoTaskUpdateSchema = z.object(demoTaskFields).omit({ demoItemId: true }).partial().extend({ version });
export const demoTaskSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.demoTask',
  path: 'inspection/demo-tasks',
  title: '示范创建任务',
  defaultSort: { field: 'dueOn', order: 'asc' },
  createSchema: demoTaskCreateSchema,
  updateSchema: demoTaskUpdateSchema,
  fields: fieldsOf(z.object(demoTaskFields), [
    { name: 'itemCode', label: '指标编号', kind: 'text', list: true },
    ['demoItemId', { form: true }],
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['dueOn', { list: true, sortable: true, form: true }],
    ['state', { list: true, filter: true, form: true }],
    ['selfAssessment', { list: true, filter: true, form: true }],
    ['selfAssessmentNote', { form: true }],
    ['supervision', { list: true, filter: true, form: true }],
    ['completedOn', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 荣誉及典型

const honourFields = {
  kind: honourKinds.field('荣誉类别'),
  level: levels.field('级别'),
  title: textField('荣誉或案例名称', 200),
  awardedBy: textField('授予机关', 100),
  year: year('获评年度'),
  orgUnitId: orgUnitField('获评单位'),
  writeUp: textField('事迹简介', 8000).nullable(),
};
export const honourCreateSchema = z.object({ ...honourFields, writeUp: honourFields.writeUp.optional() });
export const honourUpdateSchema = z.object(honourFields).partial().extend({ version });
export const honourSpec: RegisterSpec = {
  module: 'inspection',
  entity: 'inspection.honour',
  path: 'inspection/honours',
  title: '法治荣誉及典型',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: honourCreateSchema,
  updateSchema: honourUpdateSchema,
  fields: fieldsOf(z.object(honourFields), [
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['level', { list: true, filter: true, form: true }],
    ['title', { list: true, form: true }],
    ['awardedBy', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['writeUp', { form: true }],
  ]),
};
