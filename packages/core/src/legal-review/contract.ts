import { z } from 'zod';
import { dueDate } from '../calendar/deadlines.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { deadlineRules } from '../calendar/rules.js';
import type { RegisterSpec } from '../register/spec.js';
import { described } from '../register/field-meta.js';
import { dateField, refField, textField } from '../validators/zod.js';
import { reviewOpinions, reviewSubjectKinds, type ReviewSubjectKind } from './codes.js';
import { materialsProblem } from './materials.js';
import { returnKinds, reviewStates } from './workflow.js';

/** Kinds whose request links a record of another module (the document, the decision, the 街道 matter). */
export const linkedSubjectKinds: readonly ReviewSubjectKind[] = ['normativeDocument', 'majorDecision', 'subdistrictMatter'];
/** Kinds that may link a record (a 重大执法决定 its 执法案件) but may also be sent without one. */
export const optionallyLinkedSubjectKinds: readonly ReviewSubjectKind[] = ['enforcementDecision'];

export const ruleOfKind: Record<ReviewSubjectKind, keyof typeof deadlineRules> = {
  normativeDocument: 'legalReview.normativeDocument',
  majorDecision: 'legalReview.majorDecisionDefault',
  contract: 'legalReview.contract',
  enforcementDecision: 'legalReview.other',
  subdistrictMatter: 'legalReview.other',
  other: 'legalReview.other',
};

/**
 * The default due date: the district's setting for the kind, counted from the day of receipt (working days,
 * official holidays skipped). For documents and decisions the setting lies inside `reviewDueWindow`.
 */
export function reviewDueOn(kind: ReviewSubjectKind, receivedOn: string): string {
  return dueDate(receivedOn, deadlineRules[ruleOfKind[kind]]);
}

/**
 * The window a due date may be set in, for the kinds whose time limit is a window rather than a fixed period:
 * - 行政规范性文件: not less than 5 and not more than 15 working days from receipt (国办发〔2018〕115号); the
 *   floor is time the drafting unit must allow, the ceiling the reviewer's latest deadline.
 * - 重大行政决策: not less than 7 working days (《重大行政决策程序暂行条例》第二十六条第二款), a floor the
 *   承办单位 must allow; no ceiling.
 * Other kinds have no window: their due date is the district's setting. `earliest`/`latest` are inclusive.
 */
export function reviewDueWindow(kind: ReviewSubjectKind, receivedOn: string): { earliest: string; latest: string | null } | null {
  if (kind === 'normativeDocument')
    return {
      earliest: addWorkingDays(receivedOn, deadlineRules['legalReview.normativeDocumentMin'].value),
      latest: addWorkingDays(receivedOn, deadlineRules['legalReview.normativeDocumentMax'].value),
    };
  if (kind === 'majorDecision') return { earliest: addWorkingDays(receivedOn, deadlineRules['legalReview.majorDecision'].value), latest: null };
  return null;
}

/** Why a due date is outside the kind's window, or null when it is inside (or the kind has none). */
export function dueOutsideWindow(kind: ReviewSubjectKind, receivedOn: string, dueOn: string): string | null {
  const w = reviewDueWindow(kind, receivedOn);
  if (!w) return '审核期限按区设定计算；只有行政规范性文件和重大行政决策可以在规定区间内另定审核期限';
  if (kind === 'majorDecision' && dueOn < w.earliest) return `重大行政决策送请合法性审查应保证不少于7个工作日的审查时间（《重大行政决策程序暂行条例》第二十六条），自受理日起最早为${w.earliest}`;
  if (kind === 'normativeDocument' && (dueOn < w.earliest || (w.latest !== null && dueOn > w.latest)))
    return `规范性文件合法性审核时间不少于5个工作日、最长不超过15个工作日（国办发〔2018〕115号），审核期限应在${w.earliest}至${w.latest}之间`;
  return null;
}

/** 合同金额, in 元 to the 分: positive and at most 100亿元 (a district's contract; a typo of extra digits is caught). */
export const maxContractAmount = 10_000_000_000;
const contractAmountField = described(
  z
    .number({ error: '合同金额应为数字（元）' })
    .positive({ message: '合同金额应大于0元' })
    .max(maxContractAmount, { message: '合同金额不能超过100亿元，请核对单位（元）' })
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '合同金额精确到分' }),
  { label: '合同金额（元）', kind: 'integer' },
);

const requestFields = {
  subjectKind: reviewSubjectKinds.schema,
  subjectId: z.uuid({ message: '请选择送审的文件或事项' }),
  title: textField('送审事项名称', 200),
  orgUnitId: z.uuid({ message: '请选择送审单位' }),
  receivedOn: dateField('受理日期'),
  counterparty: textField('合同相对方', 100),
  handlerName: textField('送审联系人', 30),
  /** The adviser from the roster (法律顾问 register), read-scoped by the kit like every ref. */
  adviserId: refField('法律顾问', 'legal-advisers/advisers', 'name'),
  /** The submitter asks the reviewing organ to assign a 法律顾问 (it cannot assign one itself). */
  adviserRequested: described(z.boolean({ error: '请选择是否申请法律顾问参与' }), { label: '申请法律顾问参与', kind: 'boolean' }),
  contractAmount: contractAmountField,
  /** 送审材料 ticked on the kind's checklist (materials.ts); the files themselves are attachments. */
  materials: z.array(z.string().max(40, { message: '送审材料代码不正确' }), { error: '请勾选送审材料' }).max(20, { message: '送审材料不能超过20项' }),
  note: textField('备注', 2000),
};

export const reviewCreateSchema = z
  .object({
    ...requestFields,
    subjectId: requestFields.subjectId.optional(),
    // The title defaults from a linked subject.
    title: requestFields.title.optional(),
    counterparty: requestFields.counterparty.optional(),
    handlerName: requestFields.handlerName.optional(),
    adviserId: requestFields.adviserId.optional(),
    adviserRequested: requestFields.adviserRequested.default(false),
    contractAmount: requestFields.contractAmount.optional(),
    note: requestFields.note.optional(),
    /** Only for 规范性文件 (5–15 working days) and 重大行政决策 (at least 7): a due date other than the district's setting. */
    dueOn: dateField('审核期限').optional(),
  })
  .superRefine((v, ctx) => {
    const linked = linkedSubjectKinds.includes(v.subjectKind);
    if (linked && !v.subjectId) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: `请选择送审的${reviewSubjectKinds.label(v.subjectKind)}` });
    if (!linked && !optionallyLinkedSubjectKinds.includes(v.subjectKind) && v.subjectId)
      ctx.addIssue({ code: 'custom', path: ['subjectId'], message: `${reviewSubjectKinds.label(v.subjectKind)}不关联其他模块的记录` });
    if (!linked && !v.subjectId && !v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: '请填写送审事项名称' });
    if (v.subjectKind !== 'contract' && v.counterparty) ctx.addIssue({ code: 'custom', path: ['counterparty'], message: '只有合同协议填写合同相对方' });
    if (v.subjectKind !== 'contract' && v.contractAmount !== undefined) ctx.addIssue({ code: 'custom', path: ['contractAmount'], message: '只有合同协议填写合同金额' });
    // 提交: the required materials of the kind's checklist must be ticked.
    const materials = materialsProblem(v.subjectKind, v.materials);
    if (materials) ctx.addIssue({ code: 'custom', path: ['materials'], message: materials });
    if (v.dueOn) {
      const outside = dueOutsideWindow(v.subjectKind, v.receivedOn, v.dueOn);
      if (outside) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: outside });
    }
  });

export const reviewUpdateSchema = z.object({
  title: requestFields.title.optional(),
  counterparty: requestFields.counterparty.nullable().optional(),
  handlerName: requestFields.handlerName.nullable().optional(),
  adviserId: requestFields.adviserId.nullable().optional(),
  adviserRequested: requestFields.adviserRequested.optional(),
  contractAmount: requestFields.contractAmount.nullable().optional(),
  materials: requestFields.materials.optional(),
  note: requestFields.note.nullable().optional(),
  version: z.int({ message: '缺少版本号' }).positive({ message: '缺少版本号' }),
});

export type ReviewCreate = z.infer<typeof reviewCreateSchema>;
export type ReviewUpdate = z.infer<typeof reviewUpdateSchema>;

export const reviewSpec: RegisterSpec = {
  module: 'legalReview',
  entity: 'legalReview.request',
  path: 'legal-review/requests',
  title: '合法性审核事项',
  defaultSort: { field: 'receivedOn', order: 'desc' },
  createSchema: reviewCreateSchema,
  updateSchema: reviewUpdateSchema,
  fields: [
    { name: 'title', label: '送审事项', kind: 'text', list: true, form: true, sortable: true },
    { name: 'subjectKind', label: '事项类别', kind: 'code', codes: reviewSubjectKinds, list: true, filter: true, form: true },
    { name: 'orgUnitId', label: '送审单位', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'receivedOn', label: '受理日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'dueOn', label: '审核期限', kind: 'date', list: true, filter: true, sortable: true, help: '按事项类别以工作日计算，补充材料期间暂停计算' },
    { name: 'state', label: '状态', kind: 'code', codes: reviewStates, list: true, filter: true, sortable: true },
    { name: 'opinion', label: '审核意见', kind: 'code', codes: reviewOpinions, list: true, filter: true },
    { name: 'concludedOn', label: '出具意见日期', kind: 'date', filter: true, sortable: true },
    { name: 'concludedLate', label: '逾期审结', kind: 'boolean', filter: true },
    { name: 'adopted', label: '意见被采纳', kind: 'boolean', filter: true },
    { name: 'adviserTookPart', label: '法律顾问参与', kind: 'boolean', filter: true },
    { name: 'counterparty', label: '合同相对方', kind: 'text', form: true, help: '仅合同协议填写' },
    { name: 'contractAmount', label: '合同金额（元）', kind: 'integer', form: true, sortable: true, help: '仅合同协议填写，以元计，精确到分' },
    { name: 'handlerName', label: '送审联系人', kind: 'text', form: true },
    { name: 'adviserId', label: '法律顾问', kind: 'ref', ref: { path: 'legal-advisers/advisers', label: 'name' }, form: true, help: '从法律顾问名册中选择' },
    { name: 'adviserRequested', label: '申请法律顾问参与', kind: 'boolean', filter: true, form: true },
    { name: 'adviserNames', label: '参与的法律顾问/公职律师', kind: 'text', help: '所选法律顾问及被指派的法律顾问' },
    { name: 'opinionNumber', label: '审核意见书编号', kind: 'text', list: true },
    { name: 'determinedOn', label: '认定日期', kind: 'date' },
    { name: 'determinationNote', label: '认定理由', kind: 'longText' },
    { name: 'supplementRequestedOn', label: '通知补充材料日期', kind: 'date' },
    { name: 'supplementNote', label: '需补充的材料', kind: 'longText' },
    { name: 'pausedWorkingDays', label: '补充材料暂停（工作日）', kind: 'integer' },
    { name: 'extensionReason', label: '延长审核期限理由', kind: 'longText' },
    { name: 'opinionText', label: '审核意见书', kind: 'longText' },
    { name: 'adoptionNote', label: '采纳情况说明', kind: 'longText' },
    { name: 'returnKind', label: '退回类型', kind: 'code', codes: returnKinds },
    { name: 'returnedOn', label: '退回日期', kind: 'date' },
    { name: 'returnReason', label: '退回理由', kind: 'longText' },
    { name: 'withdrawnOn', label: '撤回日期', kind: 'date' },
    { name: 'withdrawalReason', label: '撤回理由', kind: 'longText' },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};
