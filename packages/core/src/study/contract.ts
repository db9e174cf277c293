import { z } from 'zod';
import { refineWith, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, idField, orgUnitField, textField } from '../validators/zod.js';
import { examKinds, lawTags, questionKinds, sessionKinds } from './codes.js';
import { courseProblems, dutyProblems, parseDrawRules, questionProblems } from './rules.js';

const int = (label: string, min: number, max: number) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(min, { message: `${label}不能小于${min}` })
      .max(max, { message: `${label}不能大于${max}` }),
    { label, kind: 'integer' },
  );
const num = (label: string, max: number) =>
  described(
    z
      .number({ message: `${label}应为数字` })
      .min(0, { message: `${label}不能为负数` })
      .max(max, { message: `${label}不能大于${max}` }),
    { label, kind: 'integer' },
  );
const year = (label: string) => int(label, 1949, 2100);

// ---------------------------------------------------------------- 学法活动 (中心组学习, 会前学法, 讲座, 报告会)

const sessionFields = {
  kind: sessionKinds.schema,
  heldOn: dateField('学习日期'),
  orgUnitId: orgUnitField('组织单位'),
  topic: textField('学习主题', 200),
  onXiThought: booleanField('是否学习习近平法治思想'),
  speaker: textField('主讲人', 100).nullable(),
  attendeeCount: int('参加人数', 0, 100_000),
  attendees: textField('参加人员', 4000).nullable(),
  materials: textField('学习材料', 2000).nullable(),
};
export const sessionCreateSchema = z.object({
  ...sessionFields,
  onXiThought: sessionFields.onXiThought.optional(),
  speaker: sessionFields.speaker.optional(),
  attendees: sessionFields.attendees.optional(),
  materials: sessionFields.materials.optional(),
});
export const sessionUpdateSchema = z.object(sessionFields).partial().extend({ version });
export const sessionSpec: RegisterSpec = {
  module: 'study',
  entity: 'study.session',
  path: 'study/sessions',
  title: '学法活动',
  defaultSort: { field: 'heldOn', order: 'desc' },
  createSchema: sessionCreateSchema,
  updateSchema: sessionUpdateSchema,
  fields: fieldsOf(z.object(sessionFields), [
    ['heldOn', { list: true, filter: true, sortable: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['topic', { list: true, form: true }],
    ['onXiThought', { list: true, filter: true, form: true }],
    ['speaker', { list: true, form: true, help: '专题讲座、报告会填写主讲专家' }],
    ['attendeeCount', { list: true, sortable: true, form: true }],
    ['attendees', { form: true, help: '参加人员姓名，以顿号分隔' }],
    ['materials', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 培训班 and attendance per person

const courseFields = {
  title: textField('培训班名称', 200),
  orgUnitId: orgUnitField('举办单位'),
  startOn: dateField('开始日期'),
  endOn: dateField('结束日期'),
  hours: num('培训学时', 500),
  onXiThought: booleanField('是否含习近平法治思想内容'),
  audience: textField('培训对象', 200),
};
export const courseCreateSchema = z.object({ ...courseFields, onXiThought: courseFields.onXiThought.optional() }).superRefine(refineWith(courseProblems));
export const courseUpdateSchema = z.object(courseFields).partial().extend({ version });
export const courseSpec: RegisterSpec = {
  module: 'study',
  entity: 'study.course',
  path: 'study/courses',
  title: '法治培训班',
  defaultSort: { field: 'startOn', order: 'desc' },
  createSchema: courseCreateSchema,
  updateSchema: courseUpdateSchema,
  fields: fieldsOf(z.object(courseFields), [
    ['title', { list: true, form: true, sortable: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['startOn', { list: true, filter: true, sortable: true, form: true }],
    ['endOn', { list: true, form: true }],
    ['hours', { list: true, form: true }],
    ['onXiThought', { list: true, filter: true, form: true }],
    ['audience', { list: true, form: true }],
  ]),
};

const courseRef = described(idField, { label: '培训班编号', kind: 'text', help: '培训班详情页地址中的编号' });
const attendanceFields = {
  courseId: courseRef,
  personName: textField('姓名', 30),
  orgUnitId: orgUnitField('所在单位'),
  position: textField('职务', 60).nullable(),
  hours: num('获得学时', 500),
  passed: booleanField('结业考核合格').nullable(),
};
export const attendanceCreateSchema = z.object({ ...attendanceFields, position: attendanceFields.position.optional(), passed: attendanceFields.passed.optional() });
export const attendanceUpdateSchema = z.object(attendanceFields).omit({ courseId: true }).partial().extend({ version });
export const attendanceSpec: RegisterSpec = {
  module: 'study',
  entity: 'study.attendance',
  path: 'study/attendances',
  title: '培训签到',
  defaultSort: { field: 'personName', order: 'asc' },
  createSchema: attendanceCreateSchema,
  updateSchema: attendanceUpdateSchema,
  fields: fieldsOf(z.object(attendanceFields), [
    ['courseId', { filter: true, form: true }],
    { name: 'courseTitle', label: '培训班', kind: 'text', list: true },
    ['personName', { list: true, form: true, sortable: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['position', { list: true, form: true }],
    ['hours', { list: true, form: true }],
    ['passed', { list: true, filter: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 领导干部 任前考法 / 年度述法 / 宪法宣誓, per person and year

const dutyFields = {
  personName: textField('姓名', 30),
  position: textField('职务', 60),
  orgUnitId: orgUnitField('所在单位'),
  year: year('年度'),
  newlyAppointed: booleanField('本年度新任或新提拔'),
  examScore: num('任前考法成绩', 100).nullable(),
  examPassed: booleanField('任前考法合格').nullable(),
  reportSubmittedOn: dateField('述法报告提交日期').nullable(),
  reportReviewedOn: dateField('述法评议日期').nullable(),
  reportScore: num('述法评议得分', 100).nullable(),
  oathOn: dateField('宪法宣誓日期').nullable(),
};
const optionalDuty = Object.fromEntries((['examScore', 'examPassed', 'reportSubmittedOn', 'reportReviewedOn', 'reportScore', 'oathOn'] as const).map((k) => [k, dutyFields[k].optional()])) as {
  [K in 'examScore' | 'examPassed' | 'reportSubmittedOn' | 'reportReviewedOn' | 'reportScore' | 'oathOn']: z.ZodOptional<(typeof dutyFields)[K]>;
};
export const dutyCreateSchema = z.object({ ...dutyFields, ...optionalDuty }).superRefine(refineWith(dutyProblems));
export const dutyUpdateSchema = z.object(dutyFields).partial().extend({ version });
export const dutySpec: RegisterSpec = {
  module: 'study',
  entity: 'study.duty',
  path: 'study/duties',
  title: '领导干部学法述法',
  defaultSort: { field: 'year', order: 'desc' },
  createSchema: dutyCreateSchema,
  updateSchema: dutyUpdateSchema,
  fields: fieldsOf(z.object(dutyFields), [
    ['personName', { list: true, form: true, sortable: true }],
    ['position', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['year', { list: true, filter: true, sortable: true, form: true }],
    ['newlyAppointed', { list: true, filter: true, form: true, help: '新任、新提拔的领导干部须任前考法、宪法宣誓' }],
    ['examScore', { list: true, form: true }],
    ['examPassed', { list: true, filter: true, form: true }],
    ['reportSubmittedOn', { list: true, form: true }],
    ['reportReviewedOn', { list: true, form: true }],
    ['reportScore', { list: true, form: true }],
    ['oathOn', { list: true, form: true }],
  ]),
};

// ---------------------------------------------------------------- 题库

const questionFields = {
  kind: questionKinds.schema,
  tag: lawTags.schema,
  stem: textField('题干', 1000),
  options: textField('选项', 1200).nullable(),
  /** Write-only: kept out of every row (secret column), so no reader of the bank sees the key. */
  answer: textField('答案', 2000),
  points: int('分值', 1, 50),
  orgUnitId: orgUnitField('题库单位'),
};
export const questionCreateSchema = z.object({ ...questionFields, options: questionFields.options.optional() }).superRefine(refineWith(questionProblems));
export const questionUpdateSchema = z.object(questionFields).partial().extend({ version });
export const questionSpec: RegisterSpec = {
  module: 'study',
  entity: 'study.question',
  path: 'study/questions',
  title: '法治考试题库',
  defaultSort: { field: 'tag', order: 'asc' },
  createSchema: questionCreateSchema,
  updateSchema: questionUpdateSchema,
  fields: fieldsOf(z.object(questionFields), [
    ['kind', { list: true, filter: true, form: true }],
    ['tag', { list: true, filter: true, form: true, sortable: true }],
    ['stem', { list: true, form: true }],
    ['options', { form: true, help: '选择题每行一个选项，依次为A、B、C…；判断题、简答题不填' }],
    ['points', { list: true, form: true }],
    ['orgUnitId', { filter: true, form: true }],
  ]),
};
/** The key's input: never in a row; single “B”, multiple “ACD”, true/false “对”/“错”, short answer the reference text. */
export const questionSecretFields = fieldsOf(z.object(questionFields), [['answer', { form: true, help: '单选填字母，多选填多个字母，判断填“对”或“错”，简答填参考答案；不回显' }]]);

// ---------------------------------------------------------------- 考试

const drawRules = described(
  z
    .string({ error: '请填写抽题规则' })
    .trim()
    .max(500, { message: '抽题规则不能超过500个字' })
    .superRefine((s, ctx) => {
      const parsed = parseDrawRules(s);
      if ('message' in parsed) ctx.addIssue({ code: 'custom', message: parsed.message });
    }),
  { label: '抽题规则', kind: 'text', help: '法律名称+题数，以分号分隔，如“宪法5题；行政处罚法5题”' },
);
const examFields = {
  title: textField('考试名称', 200),
  kind: examKinds.schema,
  orgUnitId: orgUnitField('组织单位'),
  opensOn: dateField('开考日期'),
  closesOn: dateField('截止日期'),
  durationMinutes: int('考试时长（分钟）', 5, 300),
  passPercent: int('合格线（百分制）', 1, 100),
  maxAttempts: int('最多考试次数', 1, 5),
  drawRules,
};
export const examCreateSchema = z
  .object(examFields)
  .superRefine(refineWith((e) => (typeof e.opensOn === 'string' && typeof e.closesOn === 'string' && e.closesOn < e.opensOn ? [{ path: 'closesOn', message: '截止日期不能早于开考日期' }] : [])));
export const examUpdateSchema = z.object(examFields).partial().extend({ version });
export const examSpec: RegisterSpec = {
  module: 'study',
  entity: 'study.exam',
  path: 'study/exams',
  title: '法治考试',
  defaultSort: { field: 'opensOn', order: 'desc' },
  createSchema: examCreateSchema,
  updateSchema: examUpdateSchema,
  fields: fieldsOf(z.object(examFields), [
    ['title', { list: true, form: true, sortable: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['opensOn', { list: true, filter: true, sortable: true, form: true }],
    ['closesOn', { list: true, form: true }],
    ['durationMinutes', { list: true, form: true }],
    ['passPercent', { list: true, form: true }],
    ['maxAttempts', { form: true }],
    ['drawRules', { form: true }],
  ]),
};

// ---------------------------------------------------------------- exam routes of their own

export const enrolSchema = z.object({ userIds: z.array(idField, { message: '请选择考生' }).min(1, { message: '请至少选择一名考生' }).max(2000, { message: '一次最多报名2000人' }) });
export const answerSchema = z.object({
  answer: z
    .string({ error: '请填写答案' })
    .max(4000, { message: '答案不能超过4000个字' })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the check exists to find control characters
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), { message: '答案含有非法控制字符' }),
});
export const markSchema = z.object({ questionId: idField, points: z.number({ message: '得分应为数字' }).min(0, { message: '得分不能为负数' }).max(50, { message: '得分不能超过50' }) });
