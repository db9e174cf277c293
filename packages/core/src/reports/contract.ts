import type { RegisterSpec } from '../register/spec.js';
import { z } from 'zod';
import { dateField, textField } from '../validators/zod.js';
import { blocksSchema } from './outline.js';
import { reportStates } from './workflow.js';

export const templateSaveSchema = z.object({
  name: textField('模板名称', 60),
  blocks: blocksSchema,
});
export const templateUpdateSchema = templateSaveSchema.partial().extend({ version: z.int().positive() });

export const reportCreateSchema = z.object({
  year: z.int({ message: '请填写报告年度' }).min(2000, { message: '年度不早于2000年' }).max(2100),
  orgUnitId: z.uuid({ message: '请选择报告单位' }),
  templateId: z.uuid({ message: '请选择报告模板' }).optional(),
  title: textField('报告标题', 100).optional(),
});
export const reportUpdateSchema = z.object({
  version: z.int().positive(),
  title: textField('报告标题', 100).optional(),
  blocks: blocksSchema.optional(),
});

export const assignmentCreateSchema = z.object({
  blockKey: z.string().min(1, { message: '请选择段落' }).max(40),
  orgUnitId: z.uuid({ message: '请选择承办单位' }),
  dueOn: dateField('报送期限'),
  note: textField('要求', 500).optional(),
});
export const assignmentSubmitSchema = z.object({
  text: textField('材料正文', 20_000),
});
export const assignmentReviewSchema = z.object({
  decision: z.enum(['accept', 'return'], { message: '请选择采用或退回' }),
  comment: textField('审核意见', 500).optional(),
});

export const assignmentStates = [
  { code: 'assigned', label: '待报送' },
  { code: 'submitted', label: '已报送' },
  { code: 'accepted', label: '已采用' },
  { code: 'returned', label: '已退回' },
] as const;

export type ReportCreate = z.infer<typeof reportCreateSchema>;

export const reportSpec: RegisterSpec = {
  module: 'reports',
  entity: 'reports.annual',
  path: 'reports/annual',
  title: '法治政府建设年度报告',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: reportCreateSchema,
  updateSchema: reportUpdateSchema,
  fields: [
    { name: 'year', label: '报告年度', kind: 'integer', list: true, filter: true, sortable: true, form: true },
    { name: 'title', label: '报告标题', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '报告单位', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'state', label: '状态', kind: 'code', codes: reportStates, list: true, filter: true },
    { name: 'submittedOn', label: '报送日期', kind: 'date', list: true },
    { name: 'submittedLate', label: '逾期报送', kind: 'boolean', filter: true },
    { name: 'publishedOn', label: '公开日期', kind: 'date', list: true },
    { name: 'publishedLate', label: '逾期公开', kind: 'boolean', filter: true },
  ],
};

export const templateSpec: RegisterSpec = {
  module: 'reports',
  entity: 'reports.template',
  path: 'reports/templates',
  title: '报告模板',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: templateSaveSchema.extend({ orgUnitId: z.uuid({ message: '请选择模板所属单位' }) }),
  updateSchema: templateUpdateSchema,
  fields: [
    { name: 'name', label: '模板名称', kind: 'text', list: true, form: true, sortable: true },
    { name: 'orgUnitId', label: '所属单位', kind: 'orgUnit', list: true, filter: true, form: true },
  ],
};
