import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, idNumberField, orgUnitField, phoneField, textField } from '../validators/zod.js';
import {
  agreementForms,
  committeeLevels,
  confirmationResults,
  disputeSources,
  disputeTypes,
  failureAdvice,
  genders,
  honourKinds,
  honourLevels,
  mediatorPositions,
  outcomes,
  performances,
} from './codes.js';
import { disputeStates } from './workflow.js';

const yearField = (label: string) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(2000, { message: `${label}应在2000年至2100年之间` })
      .max(2100, { message: `${label}应在2000年至2100年之间` }),
    { label, kind: 'integer' },
  );

// ---------------------------------------------------------------- 调解委员会

/**
 * A committee is bound to one org unit: a 街道's 调解委员会 unit, or the 村(社区) itself for the village's committee,
 * so the org-unit scope gives "a 村 committee sees its own disputes, 司法所 staff see their 街道".
 */
const committeeFields = {
  name: textField('调委会名称', 60),
  level: committeeLevels.field('调委会类别'),
  orgUnitId: orgUnitField('所在单位'),
  address: textField('办公地址', 100),
  /** The office's public phone (shown on the portal): an institution's number, not a person's. */
  officePhone: described(phoneField, { label: '办公电话', kind: 'text' }),
  establishedOn: dateField('成立日期'),
  termStartOn: dateField('本届任期起始日期'),
  note: textField('备注', 1000).nullable(),
};

export const committeeCreateSchema = z.object({ ...committeeFields, note: committeeFields.note.optional() });
export const committeeUpdateSchema = z.object(committeeFields).partial().extend({ version });

export const committeeSpec: RegisterSpec = {
  module: 'mediation',
  entity: 'mediation.committee',
  path: 'mediation/committees',
  title: '人民调解委员会',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: committeeCreateSchema,
  updateSchema: committeeUpdateSchema,
  fields: fieldsOf(z.object(committeeFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['level', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true, help: '街道调委会选街道下的“人民调解委员会”，村(居)调委会选该村(社区)' }],
    ['address', { list: true, form: true }],
    ['officePhone', { list: true, form: true, help: '办公电话，在政务公开页面公布，请勿填写个人手机' }],
    ['establishedOn', { form: true }],
    ['termStartOn', { form: true, help: '委员每届任期三年（人民调解法第九条）' }],
    { name: 'termEndOn', label: '本届任期届满', kind: 'date', list: true, sortable: true },
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 人民调解员

const mediatorFields = {
  name: textField('姓名', 30),
  gender: genders.field('性别'),
  position: mediatorPositions.field('职务'),
  orgUnitId: orgUnitField('所在调委会单位'),
  /** Write-only: stored SM4-encrypted, read back masked (phoneMasked). */
  phone: phoneField.nullable(),
  trainings: textField('培训记录', 2000).nullable(),
  leftOn: dateField('离任日期').nullable(),
  note: textField('备注', 1000).nullable(),
};

export const mediatorCreateSchema = z.object({
  ...mediatorFields,
  phone: mediatorFields.phone.optional(),
  trainings: mediatorFields.trainings.optional(),
  leftOn: mediatorFields.leftOn.optional(),
  note: mediatorFields.note.optional(),
});
export const mediatorUpdateSchema = z.object(mediatorFields).partial().extend({ version });

export const mediatorSpec: RegisterSpec = {
  module: 'mediation',
  entity: 'mediation.mediator',
  path: 'mediation/mediators',
  title: '人民调解员',
  defaultSort: { field: 'name', order: 'asc' },
  createSchema: mediatorCreateSchema,
  updateSchema: mediatorUpdateSchema,
  fields: fieldsOf(z.object(mediatorFields), [
    ['name', { list: true, form: true, sortable: true }],
    ['gender', { list: true, filter: true, form: true }],
    ['position', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    { name: 'committeeName', label: '调委会', kind: 'text', list: true },
    { name: 'phoneMasked', label: '联系电话', kind: 'text', list: true },
    ['trainings', { form: true, help: '每行一次培训：日期、内容、学时' }],
    ['leftOn', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 调解员荣誉

const honourFields = {
  orgUnitId: orgUnitField('所在调委会单位'),
  mediatorName: textField('获评人员', 30),
  kind: honourKinds.field('荣誉类别'),
  level: honourLevels.field('荣誉级别'),
  year: yearField('年度'),
  awardedOn: dateField('授予日期'),
  awardedBy: textField('授予机关', 60),
  note: textField('备注', 1000).nullable(),
};

export const honourCreateSchema = z.object({ ...honourFields, note: honourFields.note.optional() });
export const honourUpdateSchema = z.object(honourFields).partial().extend({ version });

/** 第6条: 对有突出贡献的人民调解委员会和人民调解员 … 给予表彰奖励. */
export const honourSpec: RegisterSpec = {
  module: 'mediation',
  entity: 'mediation.honour',
  path: 'mediation/honours',
  title: '调解员荣誉',
  defaultSort: { field: 'awardedOn', order: 'desc' },
  createSchema: honourCreateSchema,
  updateSchema: honourUpdateSchema,
  fields: fieldsOf(z.object(honourFields), [
    ['mediatorName', { list: true, form: true, help: '须为该调委会登记的调解员' }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['kind', { list: true, filter: true, form: true }],
    ['level', { list: true, filter: true, form: true }],
    ['year', { list: true, filter: true, form: true }],
    ['awardedOn', { list: true, sortable: true, filter: true, form: true }],
    ['awardedBy', { list: true, form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 排查专项活动

const campaignFields = {
  title: textField('活动名称', 100),
  orgUnitId: orgUnitField('组织单位'),
  startOn: dateField('开始日期'),
  endOn: dateField('结束日期'),
  focus: textField('排查重点', 1000).nullable(),
  note: textField('备注', 1000).nullable(),
};

export function campaignProblems(c: Record<string, unknown>): Issue[] {
  return typeof c.startOn === 'string' && typeof c.endOn === 'string' && c.endOn < c.startOn ? [{ path: 'endOn', message: '结束日期不能早于开始日期' }] : [];
}

export const campaignCreateSchema = z.object({ ...campaignFields, focus: campaignFields.focus.optional(), note: campaignFields.note.optional() }).superRefine(refineWith(campaignProblems));
export const campaignUpdateSchema = z.object(campaignFields).partial().extend({ version });

export const campaignSpec: RegisterSpec = {
  module: 'mediation',
  entity: 'mediation.campaign',
  path: 'mediation/campaigns',
  title: '矛盾纠纷排查化解专项活动',
  defaultSort: { field: 'startOn', order: 'desc' },
  createSchema: campaignCreateSchema,
  updateSchema: campaignUpdateSchema,
  fields: fieldsOf(z.object(campaignFields), [
    ['title', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true, help: '活动覆盖组织单位的上级单位范围（区司法局组织的覆盖全区）' }],
    ['startOn', { list: true, filter: true, sortable: true, form: true }],
    ['endOn', { list: true, form: true }],
    ['focus', { form: true }],
    ['note', { form: true }],
  ]),
};

// ---------------------------------------------------------------- 纠纷登记

/** A party: the ID number and phone are write-only (SM4-encrypted, read back masked); `id` keeps what is on file. */
export const partyInputSchema = z.object({
  id: z.uuid().optional(),
  name: textField('当事人姓名', 60),
  idNumber: idNumberField.optional(),
  phone: phoneField.optional(),
});
export type PartyInput = z.infer<typeof partyInputSchema>;

const disputeFields = {
  caseNumber: textField('纠纷编号', 60).nullable(),
  orgUnitId: orgUnitField('调解委员会所在单位'),
  receivedOn: dateField('受理日期'),
  disputeType: disputeTypes.field('纠纷类型'),
  source: disputeSources.field('纠纷来源'),
  campaignId: z.uuid({ message: '请选择排查活动' }).nullable(),
  summary: textField('纠纷简要情况', 2000),
  mediatorNames: textField('调解员', 100),
  smartSystemEntered: booleanField('已录入智慧民调系统'),
  smartSystemNumber: textField('智慧民调编号', 60).nullable(),
  note: textField('备注', 1000).nullable(),
};

const parties = z.array(partyInputSchema, { error: '请登记当事人' }).min(2, { message: '至少登记两方当事人' }).max(50, { message: '当事人不能超过50人' });

export const disputeCreateSchema = z.object({
  ...disputeFields,
  caseNumber: disputeFields.caseNumber.optional(),
  campaignId: disputeFields.campaignId.optional(),
  smartSystemEntered: disputeFields.smartSystemEntered.default(false),
  smartSystemNumber: disputeFields.smartSystemNumber.optional(),
  note: disputeFields.note.optional(),
  parties,
});
export const disputeUpdateSchema = z.object(disputeFields).partial().extend({ version, parties: parties.optional() });
export type DisputeCreate = z.infer<typeof disputeCreateSchema>;

export const disputeSpec: RegisterSpec = {
  module: 'mediation',
  entity: 'mediation.dispute',
  path: 'mediation/disputes',
  title: '矛盾纠纷调解',
  defaultSort: { field: 'receivedOn', order: 'desc' },
  createSchema: disputeCreateSchema,
  updateSchema: disputeUpdateSchema,
  // Labels follow the 智慧民调 sheet a mediator knows, so the export and import columns read the same.
  fields: fieldsOf(z.object(disputeFields), [
    ['caseNumber', { list: true, sortable: true, form: true, help: '不填则自动编号' }],
    ['receivedOn', { list: true, filter: true, sortable: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    { name: 'committeeName', label: '调解组织', kind: 'text' },
    ['disputeType', { list: true, filter: true, form: true }],
    ['source', { list: true, filter: true, form: true }],
    { name: 'partyNames', label: '当事人', kind: 'text', list: true },
    ['summary', { form: true }],
    ['mediatorNames', { list: true, form: true }],
    { name: 'state', label: '状态', kind: 'code', codes: disputeStates, list: true, filter: true, sortable: true },
    { name: 'outcome', label: '调解结果', kind: 'code', codes: outcomes, filter: true },
    { name: 'concludedOn', label: '调解结束日期', kind: 'date', filter: true, sortable: true },
    { name: 'agreementForm', label: '协议形式', kind: 'code', codes: agreementForms },
    { name: 'agreementContent', label: '协议内容', kind: 'longText' },
    { name: 'agreementEffectiveOn', label: '协议生效日期', kind: 'date' },
    { name: 'confirmationDueOn', label: '司法确认申请截止', kind: 'date', sortable: true, help: '协议生效之日起三十日内（人民调解法第三十三条）' },
    { name: 'confirmationAppliedOn', label: '申请司法确认日期', kind: 'date', filter: true },
    { name: 'confirmationResult', label: '司法确认结果', kind: 'code', codes: confirmationResults, filter: true },
    { name: 'failureAdvice', label: '调解不成处理', kind: 'code', codes: failureAdvice },
    { name: 'performance', label: '履行情况', kind: 'code', codes: performances, filter: true },
    ['smartSystemEntered', { list: true, filter: true, form: true }],
    ['smartSystemNumber', { form: true }],
    { name: 'campaignTitle', label: '排查活动', kind: 'text' },
    { name: 'typicalCase', label: '典型案例', kind: 'boolean', filter: true },
    { name: 'typicalSelectedIn', label: '入选汇编', kind: 'text' },
    ['note', { form: true }],
  ]),
};

export const revealReasonSchema = z.object({ reason: z.string({ error: '请说明查看理由' }).trim().min(2, { message: '请说明查看理由' }).max(200, { message: '查看理由不能超过200个字' }) });
