import { z } from 'zod';
import { refineWith, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { isValidIdNumber } from '../validators/id-number.js';
import { isValidPhone } from '../validators/phone.js';
import { booleanField, dateField, orgUnitField, textField } from '../validators/zod.js';
import {
  approvalLevels,
  approvalResults,
  correctionCategories,
  endKinds,
  genders,
  leaveDecisions,
  leaveStatuses,
  monitoringReasons,
  reportKinds,
  subjectStates,
  supervisionLevels,
  teamRoles,
  verificationResults,
  violationMeasures,
} from './codes.js';
import { leaveProblems, maxPhotoBytes, monitoringProblems, subjectProblems, violationProblems } from './rules.js';

const ref = (label: string) => described(z.uuid({ message: `请选择${label}` }), { label, kind: 'text' });
const count = (label: string, min: number, max: number, unit: string) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(min, { message: `${label}不能少于${min}${unit}` })
      .max(max, { message: `${label}不能超过${max}${unit}` }),
    { label, kind: 'integer' },
  );

// ---------------------------------------------------------------- 社区矫正对象

const idNumber = described(z.string({ error: '请填写公民身份号码' }).trim().toUpperCase().refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' }), {
  label: '公民身份号码',
  kind: 'text',
});
const phone = described(z.string({ error: '请填写联系电话' }).trim().refine(isValidPhone, { message: '联系电话格式不正确' }), { label: '联系电话', kind: 'text' });

export const teamMemberSchema = z.object({ name: textField('成员姓名', 30), gender: genders.schema, role: teamRoles.schema });

const subjectFields = {
  name: textField('姓名', 30),
  gender: genders.schema,
  /** Write-only, like phone and address: stored SM4-encrypted, read back masked. */
  idNumber,
  phone,
  address: textField('居住地址', 200),
  orgUnitId: orgUnitField('执行地司法所'),
  category: correctionCategories.schema,
  crime: textField('罪名', 100),
  sentence: textField('原判刑罚', 200),
  judgmentEffectiveOn: dateField('判决、裁定生效日期'),
  termStartOn: dateField('矫正期起始日'),
  termMonths: count('矫正期限（月）', 1, 600, '个月'),
  reportedOn: dateField('报到日期').nullable(),
  announcedOn: dateField('入矫宣告日期').nullable(),
  level: supervisionLevels.schema,
  levelReviewedOn: dateField('管理等级评定日期').nullable(),
  plan: textField('矫正方案', 2000).nullable(),
  team: described(z.array(teamMemberSchema, { error: '矫正小组成员格式不正确' }).max(10, { message: '矫正小组成员不能超过10人' }), { label: '矫正小组', kind: 'longText' }),
  endedOn: dateField('解除/终止日期').nullable(),
  endKind: endKinds.schema.nullable(),
  note: textField('备注', 1000).nullable(),
};

export const subjectCreateSchema = z
  .object({
    ...subjectFields,
    reportedOn: subjectFields.reportedOn.optional(),
    announcedOn: subjectFields.announcedOn.optional(),
    level: subjectFields.level.default('normal'),
    levelReviewedOn: subjectFields.levelReviewedOn.optional(),
    plan: subjectFields.plan.optional(),
    team: subjectFields.team.default([]),
    endedOn: subjectFields.endedOn.optional(),
    endKind: subjectFields.endKind.optional(),
    note: subjectFields.note.optional(),
  })
  .superRefine(refineWith(subjectProblems));
export const subjectUpdateSchema = z.object(subjectFields).partial().extend({ version });

export const subjectSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.subject',
  path: 'correction/subjects',
  title: '社区矫正对象',
  defaultSort: { field: 'termStartOn', order: 'desc' },
  createSchema: subjectCreateSchema,
  updateSchema: subjectUpdateSchema,
  // ID number, phone, address (write-only, SM4) and the 矫正小组 (a list) are in the contract but not kit fields.
  fields: fieldsOf(z.object(subjectFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['gender', { list: true, filter: true, form: true }],
    { name: 'idNumberMasked', label: '公民身份号码', kind: 'text', list: true },
    { name: 'phoneMasked', label: '联系电话', kind: 'text' },
    { name: 'addressMasked', label: '居住地址', kind: 'text' },
    ['orgUnitId', { list: true, filter: true, form: true, help: '须为司法所' }],
    ['category', { list: true, filter: true, form: true }],
    ['crime', { form: true }],
    ['sentence', { form: true }],
    ['judgmentEffectiveOn', { filter: true, form: true }],
    { name: 'reportDueOn', label: '报到期限', kind: 'date', list: true, help: '社区矫正法第二十一条：生效之日起十日内' },
    ['reportedOn', { form: true }],
    ['announcedOn', { form: true }],
    ['termStartOn', { list: true, filter: true, sortable: true, form: true }],
    ['termMonths', { form: true }],
    { name: 'termEndOn', label: '矫正期满日', kind: 'date', list: true, filter: true, sortable: true },
    ['level', { list: true, filter: true, form: true }],
    ['levelReviewedOn', { form: true }],
    { name: 'state', label: '矫正状态', kind: 'code', codes: subjectStates, list: true, filter: true },
    ['plan', { form: true }],
    ['endedOn', { filter: true, form: true }],
    ['endKind', { filter: true, form: true }],
    { name: 'accountUsername', label: '在矫通账号', kind: 'text' },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 报告（签到、走访、电话）

const reportFields = {
  subjectId: ref('社区矫正对象'),
  orgUnitId: orgUnitField('司法所'),
  kind: reportKinds.schema,
  reportedOn: dateField('报告日期'),
  content: textField('报告内容', 1000),
  nilReport: booleanField('零报告（无涉稳信息）'),
  note: textField('备注', 1000).nullable(),
};
export const reportCreateSchema = z.object({ ...reportFields, nilReport: reportFields.nilReport.default(true), note: reportFields.note.optional() });
export const reportUpdateSchema = z.object(reportFields).partial().extend({ version });
export const reportSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.report',
  path: 'correction/reports',
  title: '报告记录',
  defaultSort: { field: 'reportedOn', order: 'desc' },
  createSchema: reportCreateSchema,
  updateSchema: reportUpdateSchema,
  fields: fieldsOf(z.object(reportFields), [
    { name: 'subjectName', label: '社区矫正对象', kind: 'text', list: true },
    ['subjectId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['reportedOn', { list: true, filter: true, sortable: true, form: true }],
    ['content', { list: true, form: true }],
    ['nilReport', { list: true, form: true }],
    { name: 'locationFlag', label: '位置异常', kind: 'text', list: true },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 信息化核查（每周）

const verificationFields = {
  subjectId: ref('社区矫正对象'),
  orgUnitId: orgUnitField('司法所'),
  weekOf: dateField('核查周（周一）'),
  verifiedOn: dateField('核查日期'),
  result: verificationResults.schema,
  note: textField('核查情况', 1000).nullable(),
};
export const verificationCreateSchema = z.object({ ...verificationFields, note: verificationFields.note.optional() }).superRefine(
  refineWith((v) => {
    if (typeof v.weekOf === 'string' && new Date(`${v.weekOf}T00:00:00Z`).getUTCDay() !== 1) return [{ path: 'weekOf', message: '核查周应填写该周的星期一' }];
    return [];
  }),
);
export const verificationUpdateSchema = z.object(verificationFields).partial().extend({ version });
export const verificationSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.verification',
  path: 'correction/verifications',
  title: '信息化核查',
  defaultSort: { field: 'verifiedOn', order: 'desc' },
  createSchema: verificationCreateSchema,
  updateSchema: verificationUpdateSchema,
  fields: fieldsOf(z.object(verificationFields), [
    { name: 'subjectName', label: '社区矫正对象', kind: 'text', list: true },
    ['subjectId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['weekOf', { list: true, filter: true, sortable: true, form: true }],
    ['verifiedOn', { list: true, form: true }],
    ['result', { list: true, filter: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 外出请假

const leaveFields = {
  subjectId: ref('社区矫正对象'),
  orgUnitId: orgUnitField('司法所'),
  reason: textField('外出事由', 500),
  destination: textField('目的地', 100),
  startOn: dateField('外出开始日期'),
  days: count('外出天数', 1, 365, '日'),
  decision: leaveDecisions.schema,
  decidedOn: dateField('审批日期').nullable(),
  returnedOn: dateField('销假日期').nullable(),
  note: textField('备注', 1000).nullable(),
};
export const leaveCreateSchema = z
  .object({
    ...leaveFields,
    decision: leaveFields.decision.default('pending'),
    decidedOn: leaveFields.decidedOn.optional(),
    returnedOn: leaveFields.returnedOn.optional(),
    note: leaveFields.note.optional(),
  })
  .superRefine(refineWith(leaveProblems));
export const leaveUpdateSchema = z.object(leaveFields).partial().extend({ version });
export const leaveSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.leave',
  path: 'correction/leaves',
  title: '外出请假',
  defaultSort: { field: 'startOn', order: 'desc' },
  createSchema: leaveCreateSchema,
  updateSchema: leaveUpdateSchema,
  fields: fieldsOf(z.object(leaveFields), [
    { name: 'subjectName', label: '社区矫正对象', kind: 'text', list: true },
    ['subjectId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['reason', { form: true }],
    ['destination', { list: true, form: true }],
    ['startOn', { list: true, filter: true, sortable: true, form: true }],
    ['days', { list: true, form: true, help: '每次不超过30日；7日以内司法所审批，超过7日报县级社区矫正机构' }],
    { name: 'endOn', label: '应返回日期', kind: 'date', list: true },
    { name: 'approvalLevel', label: '审批层级', kind: 'code', codes: approvalLevels, list: true },
    ['decision', { list: true, filter: true, form: true }],
    ['decidedOn', { form: true }],
    ['returnedOn', { list: true, form: true }],
    { name: 'status', label: '外出状态', kind: 'code', codes: leaveStatuses, list: true, filter: true },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 违规处理（训诫 → 警告 → 提请撤销/收监）

const violationFields = {
  subjectId: ref('社区矫正对象'),
  orgUnitId: orgUnitField('司法所'),
  occurredOn: dateField('违规日期'),
  facts: textField('违规事实', 2000),
  measure: violationMeasures.schema,
  serious: booleanField('情节严重'),
  approval: approvalResults.schema,
  approvedOn: dateField('审批日期').nullable(),
  approvedBy: textField('审批人', 30).nullable(),
  noticeServedOn: dateField('决定书送达日期').nullable(),
  corrected: booleanField('已改正'),
  note: textField('备注', 1000).nullable(),
};
export const violationCreateSchema = z
  .object({
    ...violationFields,
    serious: violationFields.serious.default(false),
    approval: violationFields.approval.default('pending'),
    approvedOn: violationFields.approvedOn.optional(),
    approvedBy: violationFields.approvedBy.optional(),
    noticeServedOn: violationFields.noticeServedOn.optional(),
    corrected: violationFields.corrected.default(false),
    note: violationFields.note.optional(),
  })
  .superRefine(refineWith(violationProblems));
export const violationUpdateSchema = z.object(violationFields).partial().extend({ version });
export const violationSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.violation',
  path: 'correction/violations',
  title: '违规处理',
  defaultSort: { field: 'occurredOn', order: 'desc' },
  createSchema: violationCreateSchema,
  updateSchema: violationUpdateSchema,
  fields: fieldsOf(z.object(violationFields), [
    { name: 'subjectName', label: '社区矫正对象', kind: 'text', list: true },
    ['subjectId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['occurredOn', { list: true, filter: true, sortable: true, form: true }],
    ['facts', { form: true }],
    ['measure', { list: true, filter: true, form: true, help: '两次训诫仍不改正的给予警告；两次警告仍不改正的提请撤销或收监' }],
    ['serious', { form: true }],
    ['approval', { list: true, filter: true, form: true }],
    ['approvedOn', { list: true, form: true }],
    ['approvedBy', { form: true }],
    ['noticeServedOn', { form: true }],
    ['corrected', { list: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 电子定位

const monitoringFields = {
  subjectId: ref('社区矫正对象'),
  orgUnitId: orgUnitField('司法所'),
  reason: monitoringReasons.schema,
  startOn: dateField('开始日期'),
  endOn: dateField('结束日期'),
  approvedBy: textField('批准人（县级司法行政部门负责人）', 30),
  approvedOn: dateField('批准日期'),
  extensionOf: ref('延长的前次批准').nullable(),
  assessment: textField('评估意见', 1000).nullable(),
  liftedOn: dateField('解除日期').nullable(),
  note: textField('备注', 1000).nullable(),
};
export const monitoringCreateSchema = z
  .object({
    ...monitoringFields,
    extensionOf: monitoringFields.extensionOf.optional(),
    assessment: monitoringFields.assessment.optional(),
    liftedOn: monitoringFields.liftedOn.optional(),
    note: monitoringFields.note.optional(),
  })
  .superRefine(refineWith(monitoringProblems));
export const monitoringUpdateSchema = z.object(monitoringFields).partial().extend({ version });
export const monitoringSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.monitoring',
  path: 'correction/monitorings',
  title: '电子定位',
  defaultSort: { field: 'startOn', order: 'desc' },
  createSchema: monitoringCreateSchema,
  updateSchema: monitoringUpdateSchema,
  fields: fieldsOf(z.object(monitoringFields), [
    { name: 'subjectName', label: '社区矫正对象', kind: 'text', list: true },
    ['subjectId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['reason', { list: true, filter: true, form: true, help: '社区矫正法第二十九条规定的五种情形' }],
    ['startOn', { list: true, filter: true, sortable: true, form: true }],
    ['endOn', { list: true, form: true, help: '每次不超过三个月' }],
    ['approvedBy', { form: true }],
    ['approvedOn', { list: true, form: true }],
    ['extensionOf', { form: true }],
    ['assessment', { form: true, help: '延长时必填' }],
    ['liftedOn', { list: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 矫情分析会

const meetingFields = {
  orgUnitId: orgUnitField('司法所'),
  heldOn: dateField('召开日期'),
  attendees: textField('参会人员', 500),
  procuratorateAttended: booleanField('检察院派员参加'),
  minutes: textField('会议纪要', 5000),
  note: textField('备注', 1000).nullable(),
};
export const meetingCreateSchema = z.object({ ...meetingFields, procuratorateAttended: meetingFields.procuratorateAttended.default(false), note: meetingFields.note.optional() });
export const meetingUpdateSchema = z.object(meetingFields).partial().extend({ version });
export const meetingSpec: RegisterSpec = {
  module: 'correction',
  entity: 'correction.meeting',
  path: 'correction/meetings',
  title: '矫情分析会',
  defaultSort: { field: 'heldOn', order: 'desc' },
  createSchema: meetingCreateSchema,
  updateSchema: meetingUpdateSchema,
  fields: fieldsOf(z.object(meetingFields), [
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['heldOn', { list: true, filter: true, sortable: true, form: true, help: '每月25日召开' }],
    ['attendees', { list: true, form: true }],
    ['procuratorateAttended', { list: true, form: true }],
    ['minutes', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- the subject's phone (/m/)

const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** A photo sent as base64 in JSON; the byte limit is checked on the decoded content by the server too. */
export const checkInPhotoSchema = z.object({
  mimeType: z.enum(photoMimeTypes, { message: '照片只能是 JPEG、PNG 或 WebP 格式' }),
  base64: z
    .string({ error: '照片内容缺失' })
    .max(Math.ceil((maxPhotoBytes * 4) / 3) + 4, { message: '照片不能超过1MB' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: '照片内容不是有效的 base64' }),
});
const coordinate = (label: string) => z.number({ error: `${label}应为数字` }).finite({ message: `${label}应为数字` });
export const checkInSchema = z.object({
  content: textField('今日情况', 1000),
  nilReport: booleanField('无涉稳信息（零报告）').default(true),
  photo: checkInPhotoSchema.optional(),
  /** Stored as the browser gave them; impossible ones are flagged, not refused (rules.impossibleLocation). */
  latitude: coordinate('纬度').nullable().optional(),
  longitude: coordinate('经度').nullable().optional(),
  accuracy: z.number({ error: '定位精度应为数字' }).min(0, { message: '定位精度不能为负数' }).max(1e7, { message: '定位精度过大' }).nullable().optional(),
});
export type CheckInInput = z.infer<typeof checkInSchema>;

export const leaveApplicationSchema = z
  .object({ reason: leaveFields.reason, destination: leaveFields.destination, startOn: leaveFields.startOn, days: leaveFields.days })
  .superRefine(refineWith(leaveProblems));

export const revealSubjectSchema = z.object({
  field: z.enum(['idNumber', 'phone', 'address'], { message: '请选择要查看的信息' }),
  reason: z.string({ error: '请说明查看理由' }).trim().min(2, { message: '请说明查看理由' }).max(200, { message: '查看理由不能超过200个字' }),
});

/** The write-only personal fields, for the web form (the register's fields never carry them back). */
export const subjectSecretFields = fieldsOf(z.object(subjectFields), [
  ['idNumber', { form: true, help: '加密保存，列表和详情中只显示部分号码' }],
  ['phone', { form: true, help: '加密保存' }],
  ['address', { form: true, help: '加密保存' }],
]);
