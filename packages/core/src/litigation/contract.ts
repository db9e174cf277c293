import { z } from 'zod';
import { fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, creditCodeField, dateField, idNumberField, orgUnitField, textField } from '../validators/zod.js';
import { absenceReasonKinds, disputeAreas, instances, leaderTypes, litigationRoles, mediationResults, outcomes, partyKinds, performanceModes } from './codes.js';
import { caseNumberMessage, caseNumberMismatch, parseCaseNumber } from './case-number.js';
import { caseStates } from './workflow.js';

/** `id` names a plaintiff already on file: an ID number not typed again is then kept, not erased. */
export const plaintiffInputSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.uuid().optional(), kind: z.literal('person'), name: textField('原告姓名', 30), idNumber: idNumberField.optional() }),
  z.object({ id: z.uuid().optional(), kind: z.literal('organization'), name: textField('原告名称', 100), creditCode: creditCodeField.optional() }),
]);
export type PlaintiffInput = z.infer<typeof plaintiffInputSchema>;

const caseFields = {
  caseNumber: textField('案号', 60).refine((v) => parseCaseNumber(v) !== null, { message: caseNumberMessage }),
  court: textField('受理法院', 60),
  instance: instances.schema,
  litigationRole: litigationRoles.field('诉讼地位'),
  orgUnitId: orgUnitField('被告单位'),
  cause: textField('案由', 200),
  disputeArea: disputeAreas.schema,
  complaintReceivedOn: dateField('收到起诉状副本日期'),
  preSuitMediation: mediationResults.field('诉前调解'),
  judicialSuggestionReceived: booleanField('收到司法建议'),
  judicialSuggestionAnsweredOn: dateField('司法建议回复日期').nullable(),
  handlerName: textField('承办人', 30).nullable(),
  note: textField('备注', 2000).nullable(),
};

export const caseCreateSchema = z
  .object({
    ...caseFields,
    litigationRole: caseFields.litigationRole.default('defendant'),
    preSuitMediation: caseFields.preSuitMediation.default('notTried'),
    judicialSuggestionReceived: caseFields.judicialSuggestionReceived.default(false),
    judicialSuggestionAnsweredOn: caseFields.judicialSuggestionAnsweredOn.optional(),
    handlerName: caseFields.handlerName.optional(),
    note: caseFields.note.optional(),
    plaintiffs: z.array(plaintiffInputSchema).min(1, { message: '至少登记一名原告' }).max(50),
  })
  .superRefine((c, ctx) => {
    // The 案号's type names the 审级: 行初 for 一审, 行终 for 二审, 行申 and 行再 for 再审审查 and 再审.
    const wrong = parseCaseNumber(c.caseNumber) ? caseNumberMismatch(c.caseNumber, c.instance) : null;
    if (wrong) ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: wrong });
  });
export const caseUpdateSchema = z
  .object(caseFields)
  .partial()
  .extend({ version: z.int().positive(), plaintiffs: z.array(plaintiffInputSchema).min(1).max(50).optional() });

export type CaseCreate = z.infer<typeof caseCreateSchema>;
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

export const hearingCreateSchema = z
  .object({
    heldOn: dateField('开庭日期'),
    leaderAppeared: z.boolean(),
    leaderName: textField('出庭负责人姓名', 30).optional(),
    leaderPost: textField('出庭负责人职务', 30).optional(),
    leaderType: leaderTypes.field('负责人类型').optional(),
    substituteName: textField('出庭人员姓名', 30).optional(),
    substitutePost: textField('出庭人员职务', 30).optional(),
    absenceReasonKind: absenceReasonKinds.field('负责人未出庭事由').optional(),
    absenceReason: textField('负责人未出庭原因', 500).optional(),
    absenceProof: textField('未出庭证明材料', 200).optional(),
    /** 法释〔2020〕3号 第4条、第5条第2款: the court's 出庭通知书 naming the head, served at least 3 days before the hearing. */
    noticeServedOn: dateField('出庭通知书送达日期').optional(),
    /** The case's version as read: when given, a stale one is refused (the hearing changes the case). */
    version: z.int().positive().optional(),
  })
  .superRefine((h, ctx) => {
    if (h.leaderAppeared) {
      if (!h.leaderName) ctx.addIssue({ code: 'custom', path: ['leaderName'], message: '负责人出庭时须填写姓名' });
      if (!h.leaderPost) ctx.addIssue({ code: 'custom', path: ['leaderPost'], message: '负责人出庭时须填写职务' });
      // 法释〔2020〕3号 第2条: only the organ's 正职, 副职 or 分管 负责人 count as its 负责人.
      if (!h.leaderType) ctx.addIssue({ code: 'custom', path: ['leaderType'], message: '请选择负责人类型（正职、副职或参与分管的负责人）' });
    } else {
      if (!h.substituteName) ctx.addIssue({ code: 'custom', path: ['substituteName'], message: '请填写实际出庭人员' });
      // 法释〔2020〕3号 第8条 lists the reasons; 第9条 asks for proof.
      if (!h.absenceReasonKind) ctx.addIssue({ code: 'custom', path: ['absenceReasonKind'], message: '请选择负责人未出庭事由（不可抗力、意外事件、需要履行他人不能代替的公务或其他正当事由）' });
      if (!h.absenceReason) ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: '请说明负责人未出庭原因' });
    }
    if (h.noticeServedOn && h.noticeServedOn > h.heldOn) ctx.addIssue({ code: 'custom', path: ['noticeServedOn'], message: '出庭通知书送达日期不能晚于开庭日期' });
  });

/** A hearing the court had asked the head to attend (出庭通知书, 法释〔2020〕3号 第4条) where no 负责人 appeared. */
export const noticeUnheeded = (h: { noticeServedOn?: string | null; leaderAppeared: boolean }) => Boolean(h.noticeServedOn) && !h.leaderAppeared;
export type HearingCreate = z.infer<typeof hearingCreateSchema>;

export const caseSpec: RegisterSpec = {
  module: 'litigation',
  entity: 'litigation.case',
  path: 'litigation/cases',
  title: '行政诉讼案件',
  defaultSort: { field: 'complaintReceivedOn', order: 'desc' },
  createSchema: caseCreateSchema,
  updateSchema: caseUpdateSchema,
  // Contract fields take label, control and code table from caseFields; computed and workflow-owned columns are spelled out.
  fields: fieldsOf(z.object(caseFields), [
    ['caseNumber', { list: true, form: true, sortable: true }],
    ['court', { list: true, form: true }],
    ['instance', { list: true, filter: true, form: true }],
    ['litigationRole', { filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['cause', { list: true, form: true }],
    ['disputeArea', { list: true, filter: true, form: true }],
    ['complaintReceivedOn', { list: true, filter: true, sortable: true, form: true }],
    { name: 'defenceDueOn', label: '答辩期限', kind: 'date', list: true, sortable: true, help: '收到起诉状副本之日起15日' },
    { name: 'defenceSubmittedOn', label: '答辩提交日期', kind: 'date' },
    { name: 'defenceLate', label: '逾期答辩', kind: 'boolean', filter: true },
    ['preSuitMediation', { filter: true, form: true }],
    { name: 'state', label: '状态', kind: 'code', codes: caseStates, list: true, filter: true, sortable: true },
    { name: 'outcome', label: '裁判结果', kind: 'code', codes: outcomes, filter: true },
    { name: 'effectiveOutcome', label: '生效裁判结果', kind: 'code', codes: outcomes, filter: true, help: '二审维持或撤回上诉的，以一审结果为准；改判的，以改判结果为准' },
    { name: 'servedOn', label: '裁判文书送达日期', kind: 'date' },
    { name: 'appealDueOn', label: '上诉期限', kind: 'date', sortable: true, help: '送达之日起，判决15日、裁定10日（行政诉讼法第八十五条）' },
    { name: 'effectiveOn', label: '生效日期', kind: 'date', filter: true, sortable: true, help: '未上诉的，上诉期届满次日生效；二审裁判、调解书、准予撤诉裁定自送达（未登记送达的，自裁判日期）生效' },
    { name: 'appealCopyReceivedOn', label: '收到上诉状副本日期', kind: 'date' },
    { name: 'appealAnswerDueOn', label: '二审答辩期限', kind: 'date', sortable: true, help: '对方上诉的，收到上诉状副本之日起15日（法释〔2018〕1号第一百零八条）' },
    { name: 'appealAnswerSubmittedOn', label: '二审答辩状提交日期', kind: 'date' },
    { name: 'appealAnswerLate', label: '二审逾期答辩', kind: 'boolean', filter: true },
    { name: 'performanceDueOn', label: '裁判确定的履行期限', kind: 'date', filter: true, sortable: true },
    { name: 'performedOn', label: '履行日期', kind: 'date', filter: true },
    { name: 'performanceMode', label: '履行方式', kind: 'code', codes: performanceModes, filter: true },
    { name: 'performanceNote', label: '履行情况', kind: 'text' },
    { name: 'courtMeasures', label: '法院执行措施', kind: 'text', help: '行政机关拒绝履行的，人民法院依行政诉讼法第九十六条采取的措施' },
    { name: 'lost', label: '败诉', kind: 'boolean', list: true, filter: true },
    { name: 'closedOn', label: '结案日期', kind: 'date', filter: true, sortable: true },
    ['judicialSuggestionReceived', { filter: true, form: true }],
    ['judicialSuggestionAnsweredOn', { form: true }],
    ['handlerName', { form: true }],
    ['note', { form: true }],
  ]),
};

export { partyKinds };
