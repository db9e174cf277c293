import { z } from 'zod';
import type { RegisterSpec } from '../register/spec.js';
import { dateField, textField } from '../validators/zod.js';
import { decisionKinds, decisionOutcomes, matterCategories, meetingTypes, publicationChannels, quarters, riskLevels, stepStatuses, undeliberatedForms } from './codes.js';
import { catalogueStates, decisionStates, matterStates } from './workflow.js';

const note = textField('备注', 2000);
const year = z.int({ message: '年度应为整数' }).min(2000, { message: '年度应在2000年至2100年之间' }).max(2100, { message: '年度应在2000年至2100年之间' });

/** `id` names an item already on file: its link to a started decision is then kept. */
export const catalogueItemInputSchema = z.object({
  id: z.uuid().optional(),
  title: textField('决策事项名称', 200),
  kind: decisionKinds.schema,
  leadUnitId: z.uuid({ message: '请选择承办单位' }),
  plannedQuarter: quarters.schema,
});
export type CatalogueItemInput = z.infer<typeof catalogueItemInputSchema>;

const items = z.array(catalogueItemInputSchema).max(100, { message: '目录事项不超过100项' });

export const catalogueCreateSchema = z.object({
  orgUnitId: z.uuid({ message: '请选择决策机关' }),
  year,
  title: textField('目录名称', 100),
  note: note.optional(),
  items: items.default([]),
});
export const catalogueUpdateSchema = z
  .object({ orgUnitId: z.uuid({ message: '请选择决策机关' }), year, title: textField('目录名称', 100), note: note.nullable(), items })
  .partial()
  .extend({ version: z.int().positive() });

export const catalogueSpec: RegisterSpec = {
  module: 'decisions',
  entity: 'decisions.catalogue',
  path: 'decisions/catalogues',
  title: '重大行政决策事项目录',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: catalogueCreateSchema,
  updateSchema: catalogueUpdateSchema,
  fields: [
    { name: 'title', label: '目录名称', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '决策机关', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'year', label: '年度', kind: 'integer', list: true, sortable: true, form: true },
    { name: 'state', label: '状态', kind: 'code', codes: catalogueStates, list: true, filter: true },
    { name: 'itemCount', label: '事项数', kind: 'integer', list: true },
    { name: 'approvedOn', label: '审定日期', kind: 'date', sortable: true },
    { name: 'partyCommitteeAgreedOn', label: '同级党委同意日期', kind: 'date' },
    { name: 'partyCommitteeNote', label: '党委同意情况', kind: 'text' },
    { name: 'publishedOn', label: '公布日期', kind: 'date', list: true, sortable: true },
    { name: 'channel', label: '公布渠道', kind: 'code', codes: publicationChannels },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};

const decisionFields = {
  orgUnitId: z.uuid({ message: '请选择承办单位' }),
  title: textField('决策事项名称', 200),
  kind: decisionKinds.schema,
  startedOn: dateField('决定启动日期'),
  summary: textField('决策事项简介', 2000).nullable(),
  note: note.nullable(),
};
export const decisionCreateSchema = z.object({
  ...decisionFields,
  summary: decisionFields.summary.optional(),
  note: decisionFields.note.optional(),
  catalogueItemId: z.uuid({ message: '目录事项编号格式不正确' }).nullable().optional(),
});
export const decisionUpdateSchema = z.object(decisionFields).partial().extend({ version: z.int().positive() });

export const decisionSpec: RegisterSpec = {
  module: 'decisions',
  entity: 'decisions.decision',
  path: 'decisions/decisions',
  title: '重大行政决策',
  defaultSort: { field: 'startedOn', order: 'desc' },
  createSchema: decisionCreateSchema,
  updateSchema: decisionUpdateSchema,
  fields: [
    { name: 'title', label: '决策事项', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '承办单位', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'kind', label: '决策事项类别', kind: 'code', codes: decisionKinds, filter: true, form: true },
    { name: 'startedOn', label: '决定启动日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'catalogueItemTitle', label: '目录事项', kind: 'text' },
    { name: 'state', label: '状态', kind: 'code', codes: decisionStates, list: true, filter: true, sortable: true },
    { name: 'publicCommentStatus', label: '公众参与', kind: 'code', codes: stepStatuses, filter: true },
    { name: 'expertReviewStatus', label: '专家论证', kind: 'code', codes: stepStatuses, filter: true },
    { name: 'riskAssessmentStatus', label: '风险评估', kind: 'code', codes: stepStatuses, filter: true },
    { name: 'riskLevel', label: '风险等级', kind: 'code', codes: riskLevels, filter: true },
    { name: 'decidedOn', label: '作出决定日期', kind: 'date', list: true, filter: true, sortable: true },
    { name: 'meetingType', label: '会议类型', kind: 'code', codes: meetingTypes, filter: true },
    { name: 'meetingOn', label: '集体讨论日期', kind: 'date', filter: true, sortable: true },
    { name: 'undeliberatedForm', label: '未经集体讨论的决定方式', kind: 'code', codes: undeliberatedForms, filter: true },
    { name: 'undeliberatedNote', label: '未经集体讨论的情况说明', kind: 'longText' },
    { name: 'outcome', label: '决定结果', kind: 'code', codes: decisionOutcomes, list: true, filter: true },
    { name: 'departsFromMajority', label: '主要负责人决定与多数意见不一致', kind: 'boolean', filter: true },
    { name: 'publishedOn', label: '公布日期', kind: 'date', filter: true, sortable: true },
    { name: 'closedOn', label: '办结日期', kind: 'date', sortable: true },
    { name: 'summary', label: '决策事项简介', kind: 'longText', form: true },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};

const matterFields = {
  orgUnitId: z.uuid({ message: '请选择街道' }),
  subject: textField('事项名称', 200),
  category: matterCategories.schema,
  proposedOn: dateField('提出日期'),
  summary: textField('事项内容', 2000).nullable(),
  note: note.nullable(),
};
export const matterCreateSchema = z.object({ ...matterFields, summary: matterFields.summary.optional(), note: matterFields.note.optional() });
export const matterUpdateSchema = z.object(matterFields).partial().extend({ version: z.int().positive() });

export const matterSpec: RegisterSpec = {
  module: 'decisions',
  entity: 'decisions.matter',
  path: 'decisions/matters',
  title: '街道重大事项',
  defaultSort: { field: 'proposedOn', order: 'desc' },
  createSchema: matterCreateSchema,
  updateSchema: matterUpdateSchema,
  fields: [
    { name: 'subject', label: '事项名称', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '街道', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'category', label: '事项类别', kind: 'code', codes: matterCategories, list: true, filter: true, form: true },
    { name: 'proposedOn', label: '提出日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'state', label: '状态', kind: 'code', codes: matterStates, list: true, filter: true },
    { name: 'meetingOn', label: '会议日期', kind: 'date', list: true, filter: true, sortable: true },
    { name: 'meetingName', label: '会议名称', kind: 'text' },
    { name: 'decisionText', label: '会议决定', kind: 'longText' },
    { name: 'judicialOfficeHeadAttended', label: '司法所负责人列席', kind: 'boolean', list: true, filter: true },
    { name: 'unreviewedNote', label: '未经合法性审查的情况说明', kind: 'longText' },
    { name: 'summary', label: '事项内容', kind: 'longText', form: true },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};

/** 决策执行情况报告 (条例第三十四条). */
export const executionReportCreateSchema = z.object({
  reportedOn: dateField('报告日期'),
  reportingUnit: textField('执行单位', 100),
  content: textField('执行情况', 2000),
});
export type ExecutionReportCreate = z.infer<typeof executionReportCreateSchema>;
