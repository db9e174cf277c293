import { z } from 'zod';
import { described, fieldsOf } from '../register/field-meta.js';
import { codeTable } from '../register/code-table.js';
import { refineWith, versionField as version } from '../register/rules.js';
import type { RegisterSpec } from '../register/spec.js';
import { dateField, orgUnitField, refField, textField } from '../validators/zod.js';

// ---------------------------------------------------------------- 教育帮扶（教育学习、公益活动）

/**
 * 社区矫正法 第五章 教育帮扶 (第35–43条): 第36条 法治、道德等教育, 因人施教; 第42条 公益活动 by the subject's 特长,
 * 修复社会关系. 社区矫正法实施办法 (2020) 第43条 (教育学习) and 第44条 (公益活动) put them on the 社区矫正机构 and the
 * 司法所 (article numbers as recalled; the 实施办法's text is not in the reference folder — check before quoting).
 */
export const educationKinds = codeTable(
  [
    { code: 'study', label: '教育学习' },
    { code: 'service', label: '公益活动' },
  ],
  '教育帮扶类别',
);

/** Who entered the hours: staff in the register, or the subject on the phone (自主学习 “e” 平台). */
export const educationSources = codeTable(
  [
    { code: 'staff', label: '工作人员登记' },
    { code: 'self', label: '在矫通自主学习' },
  ],
  '登记来源',
);

/**
 * Hours rules. Neither the 社区矫正法 nor its 2020 实施办法 sets a number of hours: the monthly floor of 8 hours of
 * 教育学习 and 8 of 社区服务 was the repealed 2012 实施办法 (第15条, 第16条). Here the monthly target is a local setting
 * (a floor the 矫正方案 may state; shown, never enforced). The per-record ceiling is a sanity bound, not a legal rule.
 */
export const monthlyHoursTarget = 8;
export const maxHoursPerRecord = 12;

const hours = described(
  z
    .int({ message: '学时应为整数' })
    .min(1, { message: '学时不能少于1小时' })
    .max(maxHoursPerRecord, { message: `一次登记不能超过${maxHoursPerRecord}小时` }),
  { label: '时长（小时）', kind: 'integer' },
);
const educationFields = {
  /** A ref: the form searches the subjects the user may read, and the list filters by subject (per-subject list). */
  subjectId: refField('社区矫正对象', 'correction/subjects', 'name'),
  orgUnitId: orgUnitField('司法所'),
  kind: educationKinds.schema,
  on: dateField('日期'),
  content: textField('学习内容或活动内容', 500),
  place: textField('地点', 100).nullable(),
  hours,
  note: textField('备注', 1000).nullable(),
};

/** 公益活动 happen somewhere: the place is required for them (the 教育学习 may be online). */
export function educationProblems(v: Record<string, unknown>) {
  if (v.kind === 'service' && (typeof v.place !== 'string' || !v.place.trim())) return [{ path: 'place', message: '公益活动须填写地点' }];
  return [];
}

export const educationCreateSchema = z.object({ ...educationFields, place: educationFields.place.optional(), note: educationFields.note.optional() }).superRefine(refineWith(educationProblems));
export const educationUpdateSchema = z.object(educationFields).partial().extend({ version });
export const educationSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.education',
  path: 'correction/educations',
  title: '教育帮扶',
  defaultSort: { field: 'on', order: 'desc' },
  createSchema: educationCreateSchema,
  updateSchema: educationUpdateSchema,
  fields: fieldsOf(z.object(educationFields), [
    { name: 'subjectName', label: '社区矫正对象', kind: 'text', list: true },
    ['subjectId', { form: true, filter: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['on', { list: true, filter: true, sortable: true, form: true }],
    ['content', { list: true, form: true }],
    ['place', { list: true, form: true, help: '公益活动必填' }],
    ['hours', { list: true, form: true, help: `每月教育学习、公益活动各不少于${monthlyHoursTarget}小时为本区矫正方案目标（非法定标准）` }],
    { name: 'source', label: '登记来源', kind: 'code', codes: educationSources, list: true, filter: true },
    ['note', { form: true }],
  ]),
};

/** The 自主学习 materials of the phone app; completing one records its hours once a day. */
export const studyMaterials = [
  { id: 'law-basics', title: '《社区矫正法》要点解读', hours: 1, summary: '社区矫正对象的权利义务、报告、外出和考核奖惩规定。' },
  { id: 'civil-code', title: '民法典与日常生活', hours: 1, summary: '合同、婚姻家庭、继承中的常见法律问题。' },
  { id: 'anti-fraud', title: '防范电信网络诈骗', hours: 1, summary: '常见诈骗手法与防范要点，《反电信网络诈骗法》简介。' },
  { id: 'morality', title: '社会公德与家庭美德', hours: 1, summary: '诚信友善、孝老爱亲，修复社会关系。' },
  { id: 'employment', title: '就业指导与职业技能', hours: 2, summary: '求职技巧、技能培训渠道和就业扶持政策（社区矫正法第三十七条）。' },
] as const;
export type StudyMaterialId = (typeof studyMaterials)[number]['id'];

export const studyCompletionSchema = z.object({
  materialId: z.enum(studyMaterials.map((m) => m.id) as [StudyMaterialId, ...StudyMaterialId[]], { message: '请选择学习资料' }),
});

/** What the subject's study page shows: the materials, what was done today, the hours of this month. */
export const ownStudySchema = z.object({
  month: z.string(),
  studyHours: z.number(),
  serviceHours: z.number(),
  target: z.number(),
  materials: z.array(z.object({ id: z.string(), title: z.string(), hours: z.number(), summary: z.string(), doneToday: z.boolean() })),
  records: z.array(z.object({ id: z.string(), on: z.string(), kind: z.string(), content: z.string(), hours: z.number() })),
});
export const studyCompletionResultSchema = z.object({ id: z.string(), on: z.string(), hours: z.number(), monthHours: z.number() });

/** A subject's hours month by month (staff, on the subject's page). */
export const subjectHoursSchema = z.object({
  subjectId: z.string(),
  target: z.number(),
  months: z.array(z.object({ month: z.string(), studyHours: z.number(), serviceHours: z.number() })),
});

// ---------------------------------------------------------------- 检察院 巡视检察 findings and their 整改

/**
 * 社区矫正法 第8条: 人民检察院依法对社区矫正工作实行法律监督; 第62条: it raises 纠正意见 or 检察建议 and the unit
 * replies in writing on their adoption (or why not). 巡视检察 is the 检察院's on-site inspection of a 司法所 or the
 * 社区矫正机构. The reply deadline is the one the finding states (no statutory number of days: a window set per finding).
 */
export const findingKinds = codeTable(
  [
    { code: 'inspection', label: '巡视检察发现问题' },
    { code: 'suggestion', label: '检察建议' },
    { code: 'correctionNotice', label: '纠正违法通知' },
  ],
  '监督类别',
);
export const findingStates = codeTable(
  [
    { code: 'open', label: '整改中' },
    { code: 'overdue', label: '逾期未整改' },
    { code: 'rectified', label: '已整改' },
  ],
  '整改状态',
);

export function findingState(v: { replyDueOn: string; rectifiedOn?: string | null }, today: string): 'open' | 'overdue' | 'rectified' {
  if (v.rectifiedOn) return 'rectified';
  return today > v.replyDueOn ? 'overdue' : 'open';
}

const findingFields = {
  orgUnitId: orgUnitField('被监督单位（司法所或社区矫正机构）'),
  kind: findingKinds.schema,
  foundOn: dateField('检察日期'),
  procuratorate: textField('检察机关及检察人员', 100),
  content: textField('发现问题及监督意见', 2000),
  replyDueOn: dateField('整改回复期限'),
  measures: textField('整改措施', 2000).nullable(),
  rectifiedOn: dateField('整改完成日期').nullable(),
  evidence: textField('整改佐证材料', 500).nullable(),
  note: textField('备注', 1000).nullable(),
};

export function findingProblems(v: Record<string, unknown>) {
  const problems: { path: string; message: string }[] = [];
  if (typeof v.foundOn === 'string' && typeof v.replyDueOn === 'string' && v.replyDueOn < v.foundOn) problems.push({ path: 'replyDueOn', message: '整改回复期限不能早于检察日期' });
  if (typeof v.foundOn === 'string' && typeof v.rectifiedOn === 'string' && v.rectifiedOn < v.foundOn) problems.push({ path: 'rectifiedOn', message: '整改完成日期不能早于检察日期' });
  if (v.rectifiedOn && (typeof v.measures !== 'string' || !v.measures.trim())) problems.push({ path: 'measures', message: '登记整改完成须填写整改措施' });
  return problems;
}

export const findingCreateSchema = z
  .object({
    ...findingFields,
    measures: findingFields.measures.optional(),
    rectifiedOn: findingFields.rectifiedOn.optional(),
    evidence: findingFields.evidence.optional(),
    note: findingFields.note.optional(),
  })
  .superRefine(refineWith(findingProblems));
export const findingUpdateSchema = z.object(findingFields).partial().extend({ version });
export const findingSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.finding',
  path: 'correction/findings',
  title: '检察监督与整改',
  defaultSort: { field: 'foundOn', order: 'desc' },
  createSchema: findingCreateSchema,
  updateSchema: findingUpdateSchema,
  fields: fieldsOf(z.object(findingFields), [
    ['orgUnitId', { list: true, filter: true, form: true, help: '司法所，或区司法局（社区矫正机构）' }],
    ['kind', { list: true, filter: true, form: true, help: '社区矫正法第八条、第六十二条' }],
    ['foundOn', { list: true, filter: true, sortable: true, form: true }],
    ['procuratorate', { form: true }],
    ['content', { list: true, form: true }],
    ['replyDueOn', { list: true, filter: true, sortable: true, form: true }],
    ['measures', { form: true }],
    ['rectifiedOn', { list: true, form: true }],
    ['evidence', { form: true, help: '可填写佐证材料名称或存放位置（选填）' }],
    { name: 'state', label: '整改状态', kind: 'code', codes: findingStates, list: true, filter: true },
    ['note', { form: true }],
  ]),
};
