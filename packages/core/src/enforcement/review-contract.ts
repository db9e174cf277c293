import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, orgUnitField, refField, textField } from '../validators/zod.js';
import { checkKinds, enforcementFields, fileGrades, rectificationSources, rubricGroups, scoreRules } from './codes.js';

const int = (label: string, min: number, max: number) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(min, { message: `${label}应在${min}至${max}之间` })
      .max(max, { message: `${label}应在${min}至${max}之间` }),
    { label, kind: 'integer' },
  );
const points = (label: string) =>
  described(
    z
      .number({ error: `请填写${label}` })
      .min(0, { message: `${label}不能为负数` })
      .max(80, { message: `${label}不超过80分` })
      .multipleOf(0.5, { message: `${label}以0.5分为单位` }),
    { label, kind: 'integer' },
  );
const optional = <T extends Record<string, z.ZodType>, K extends keyof T>(fields: T, ...keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, fields[k]!.optional()])) as { [P in K]: z.ZodOptional<T[P]> };
const dateOrder =
  (later: string, earlier: string, message: string) =>
  (v: Record<string, unknown>): Issue[] =>
    typeof v[later] === 'string' && typeof v[earlier] === 'string' && (v[later] as string) < (v[earlier] as string) ? [{ path: later, message }] : [];

// ---------------------------------------------------------------- 评查活动 (quarterly)

const campaignFields = {
  name: textField('活动名称', 100),
  year: int('年度', 2000, 2100),
  quarter: int('季度', 1, 4),
  scoreRule: scoreRules.schema,
  startedOn: dateField('开始日期'),
  endsOn: dateField('截止日期'),
  orgUnitId: orgUnitField('组织单位'),
  note: textField('备注', 1000).nullable(),
};
export const campaignProblems = dateOrder('endsOn', 'startedOn', '截止日期不能早于开始日期');
export const campaignCreateSchema = z.object({ ...campaignFields, scoreRule: campaignFields.scoreRule.default('mean'), ...optional(campaignFields, 'note') }).superRefine(refineWith(campaignProblems));
export const campaignUpdateSchema = z.object(campaignFields).partial().extend({ version });
export const campaignSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.reviewCampaign',
  path: 'enforcement/review-campaigns',
  title: '案卷评查活动',
  defaultSort: { field: 'startedOn', order: 'desc' },
  createSchema: campaignCreateSchema,
  updateSchema: campaignUpdateSchema,
  fields: fieldsOf(z.object(campaignFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['year', { list: true, filter: true, form: true }],
    ['quarter', { list: true, filter: true, form: true }],
    ['scoreRule', { list: true, form: true, help: '平均分：各评查人员得分的平均；合议：各评查人员逐项扣分一致后定分' }],
    ['startedOn', { list: true, sortable: true, form: true }],
    ['endsOn', { list: true, form: true }],
    ['orgUnitId', { filter: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 评查标准 (the district's rubric)

const rubricFields = {
  code: textField('编号', 20),
  group: rubricGroups.schema,
  title: textField('评查项目', 300),
  maxDeduction: points('最高扣分'),
  orgUnitId: orgUnitField('制定单位'),
};
export function rubricProblems(v: Record<string, unknown>): Issue[] {
  if (v.group === 'veto' && typeof v.maxDeduction === 'number' && v.maxDeduction !== 0) return [{ path: 'maxDeduction', message: '否决项不扣分，一票否决，最高扣分填0' }];
  if (v.group !== 'veto' && v.maxDeduction === 0) return [{ path: 'maxDeduction', message: '请填写该项的最高扣分' }];
  return [];
}
export const rubricItemCreateSchema = z.object(rubricFields).superRefine(refineWith(rubricProblems));
export const rubricItemUpdateSchema = z.object(rubricFields).partial().extend({ version });
export const rubricItemSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.rubricItem',
  path: 'enforcement/rubric-items',
  title: '案卷评查标准',
  defaultSort: { field: 'code', order: 'asc' },
  createSchema: rubricItemCreateSchema,
  updateSchema: rubricItemUpdateSchema,
  fields: fieldsOf(z.object(rubricFields), [
    ['code', { list: true, form: true, sortable: true }],
    ['group', { list: true, filter: true, form: true, help: '否决项一票否决；卷面标准20分；内容标准80分' }],
    ['title', { list: true, form: true }],
    ['maxDeduction', { list: true, form: true }],
    ['orgUnitId', { filter: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 评查案卷 (a sampled case in a campaign)

const fileFields = {
  campaignId: refField('评查活动', 'enforcement/review-campaigns', 'name'),
  caseId: refField('执法案件', 'enforcement/cases', 'caseNumber'),
  orgUnitId: orgUnitField('组织单位'),
  problems: textField('发现的问题', 2000).nullable(),
  nominated: booleanField('推荐“十佳”案卷'),
};
export const reviewFileCreateSchema = z.object({ ...fileFields, nominated: fileFields.nominated.default(false), ...optional(fileFields, 'problems') });
export const reviewFileUpdateSchema = z.object({ problems: fileFields.problems, nominated: fileFields.nominated }).partial().extend({ version });
export const reviewFileSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.reviewFile',
  path: 'enforcement/review-files',
  title: '评查案卷',
  defaultSort: { field: 'caseNumber', order: 'asc' },
  createSchema: reviewFileCreateSchema,
  updateSchema: reviewFileUpdateSchema,
  fields: fieldsOf(z.object(fileFields), [
    { name: 'campaignName', label: '评查活动', kind: 'text', list: true },
    ['campaignId', { filter: true, form: true }],
    { name: 'caseNumber', label: '案号', kind: 'text', list: true, sortable: true },
    ['caseId', { form: true }],
    { name: 'field', label: '执法领域', kind: 'code', codes: enforcementFields, list: true, filter: true },
    { name: 'bodyName', label: '执法主体', kind: 'text', list: true },
    { name: 'reviewerNames', label: '评查人员', kind: 'text', list: true },
    { name: 'score', label: '得分', kind: 'integer', list: true, sortable: true },
    { name: 'grade', label: '等次', kind: 'code', codes: fileGrades, list: true, filter: true },
    ['orgUnitId', { filter: true, form: true }],
    ['problems', { form: true }],
    ['nominated', { list: true, filter: true, form: true }],
  ]),
};

/** 评查人员 of a file: users of any unit (cross-review), replaced as a whole. */
export const reviewersInputSchema = z.object({
  userIds: z
    .array(z.uuid({ message: '评查人员编号格式不正确' }), { error: '请选择评查人员' })
    .min(1, { message: '至少指定一名评查人员' })
    .max(5, { message: '每份案卷最多五名评查人员' }),
});

/** One reviewer's scoring of a file: every deduction and veto, replacing what they gave before. */
export const scoresInputSchema = z.object({
  scores: z
    .array(
      z.object({
        itemId: z.uuid({ message: '请选择评查项目' }),
        deduction: z.number({ error: '请填写扣分' }).min(0, { message: '扣分不能为负数' }).max(80, { message: '扣分不超过80分' }).multipleOf(0.5, { message: '扣分以0.5分为单位' }).default(0),
        vetoed: z.boolean({ error: '请选择是否否决' }).default(false),
        comment: z.string({ error: '评语应为文字' }).trim().max(500, { message: '评语不能超过500个字' }).optional(),
      }),
      { error: '请填写评分' },
    )
    .max(200, { message: '评查项目过多' }),
});

// ---------------------------------------------------------------- 执法监督计划, 监督检查, 整改通知

const planFields = {
  year: int('年度', 2000, 2100),
  title: textField('计划名称', 200),
  approvedOn: dateField('印发日期'),
  orgUnitId: orgUnitField('制定单位'),
  note: textField('主要内容', 2000).nullable(),
};
export const planCreateSchema = z.object({ ...planFields, ...optional(planFields, 'note') });
export const planUpdateSchema = z.object(planFields).partial().extend({ version });
export const planSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.supervisionPlan',
  path: 'enforcement/supervision-plans',
  title: '执法监督计划',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: planCreateSchema,
  updateSchema: planUpdateSchema,
  fields: fieldsOf(z.object(planFields), [
    ['year', { list: true, filter: true, form: true, sortable: true }],
    ['title', { list: true, form: true }],
    ['approvedOn', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['note', { form: true }],
  ]),
};

const checkFields = {
  planId: refField('执法监督计划', 'enforcement/supervision-plans', 'title'),
  kind: checkKinds.schema,
  title: textField('检查事项', 200),
  targetName: textField('被检查单位', 200),
  plannedOn: dateField('计划日期'),
  doneOn: dateField('实施日期').nullable(),
  findings: textField('发现的问题', 2000).nullable(),
  orgUnitId: orgUnitField('组织单位'),
};
export const checkCreateSchema = z
  .object({ ...checkFields, ...optional(checkFields, 'doneOn', 'findings') })
  .superRefine(refineWith((v) => (v.findings && !v.doneOn ? [{ path: 'doneOn', message: '填写发现的问题前请先填写实施日期' }] : [])));
export const checkUpdateSchema = z.object(checkFields).partial().extend({ version });
export const checkSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.supervisionCheck',
  path: 'enforcement/supervision-checks',
  title: '执法监督检查',
  defaultSort: { field: 'plannedOn', order: 'desc' },
  createSchema: checkCreateSchema,
  updateSchema: checkUpdateSchema,
  fields: fieldsOf(z.object(checkFields), [
    { name: 'planTitle', label: '监督计划', kind: 'text', list: true },
    ['planId', { filter: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['title', { list: true, form: true }],
    ['targetName', { list: true, form: true }],
    ['plannedOn', { list: true, filter: true, sortable: true, form: true }],
    ['doneOn', { list: true, filter: true, form: true }],
    ['findings', { form: true }],
    ['orgUnitId', { filter: true, form: true }],
  ]),
};

const rectificationFields = {
  source: rectificationSources.schema,
  checkId: refField('执法监督检查', 'enforcement/supervision-checks', 'title').nullable(),
  reviewFileId: refField('评查案卷', 'enforcement/review-files', 'caseNumber').nullable(),
  noticeNumber: textField('整改通知书编号', 60),
  problem: textField('问题', 2000),
  issuedOn: dateField('下发日期'),
  dueOn: dateField('整改期限'),
  completedOn: dateField('整改完成日期').nullable(),
  result: textField('整改情况', 2000).nullable(),
  orgUnitId: orgUnitField('整改单位'),
};
export function rectificationProblems(v: Record<string, unknown>): Issue[] {
  const issues = [...dateOrder('dueOn', 'issuedOn', '整改期限不能早于下发日期')(v), ...dateOrder('completedOn', 'issuedOn', '完成日期不能早于下发日期')(v)];
  if (v.source === 'check' && !v.checkId) issues.push({ path: 'checkId', message: '请选择发现问题的监督检查' });
  if (v.source === 'review' && !v.reviewFileId) issues.push({ path: 'reviewFileId', message: '请选择发现问题的评查案卷' });
  if (v.completedOn && !v.result) issues.push({ path: 'result', message: '请填写整改情况' });
  return issues;
}
export const rectificationCreateSchema = z
  .object({ ...rectificationFields, ...optional(rectificationFields, 'checkId', 'reviewFileId', 'completedOn', 'result') })
  .superRefine(refineWith(rectificationProblems));
export const rectificationUpdateSchema = z.object(rectificationFields).partial().extend({ version });
export const rectificationSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.rectification',
  path: 'enforcement/rectifications',
  title: '整改通知',
  defaultSort: { field: 'dueOn', order: 'asc' },
  createSchema: rectificationCreateSchema,
  updateSchema: rectificationUpdateSchema,
  fields: fieldsOf(z.object(rectificationFields), [
    ['noticeNumber', { list: true, form: true, sortable: true }],
    ['source', { list: true, filter: true, form: true }],
    ['checkId', { form: true }],
    ['reviewFileId', { form: true }],
    { name: 'sourceTitle', label: '问题出处', kind: 'text', list: true },
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['problem', { list: true, form: true }],
    ['issuedOn', { list: true, form: true }],
    ['dueOn', { list: true, filter: true, sortable: true, form: true }],
    ['completedOn', { list: true, filter: true, form: true }],
    ['result', { form: true }],
  ]),
};
