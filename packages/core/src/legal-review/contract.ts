import { z } from 'zod';
import { dueDate } from '../calendar/deadlines.js';
import { deadlineRules } from '../calendar/rules.js';
import type { RegisterSpec } from '../register/spec.js';
import { dateField, textField } from '../validators/zod.js';
import { reviewOpinions, reviewSubjectKinds, type ReviewSubjectKind } from './codes.js';
import { reviewStates } from './workflow.js';

/** Kinds whose request links a record of another module (the document, the decision, the 街道 matter). */
export const linkedSubjectKinds: readonly ReviewSubjectKind[] = ['normativeDocument', 'majorDecision', 'subdistrictMatter'];
/** Kinds that may link a record (a 重大执法决定 its 执法案件) but may also be sent without one. */
export const optionallyLinkedSubjectKinds: readonly ReviewSubjectKind[] = ['enforcementDecision'];

export const ruleOfKind: Record<ReviewSubjectKind, keyof typeof deadlineRules> = {
  normativeDocument: 'legalReview.normativeDocument',
  majorDecision: 'legalReview.majorDecision',
  contract: 'legalReview.contract',
  enforcementDecision: 'legalReview.other',
  subdistrictMatter: 'legalReview.other',
  other: 'legalReview.other',
};

/** The due date the rule of the kind gives from the day of receipt (working days, official holidays skipped). */
export function reviewDueOn(kind: ReviewSubjectKind, receivedOn: string): string {
  return dueDate(receivedOn, deadlineRules[ruleOfKind[kind]]);
}

const requestFields = {
  subjectKind: reviewSubjectKinds.schema,
  subjectId: z.uuid({ message: '请选择送审的文件或事项' }),
  title: textField('送审事项名称', 200),
  orgUnitId: z.uuid({ message: '请选择送审单位' }),
  receivedOn: dateField('受理日期'),
  counterparty: textField('合同相对方', 100),
  handlerName: textField('送审联系人', 30),
  adviserNames: textField('参与的法律顾问/公职律师', 100),
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
    adviserNames: requestFields.adviserNames.optional(),
    note: requestFields.note.optional(),
    /** Only for 重大行政决策: a later due date than the 7-working-day floor. */
    dueOn: dateField('审查期限').optional(),
  })
  .superRefine((v, ctx) => {
    const linked = linkedSubjectKinds.includes(v.subjectKind);
    if (linked && !v.subjectId) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: `请选择送审的${reviewSubjectKinds.label(v.subjectKind)}` });
    if (!linked && !optionallyLinkedSubjectKinds.includes(v.subjectKind) && v.subjectId)
      ctx.addIssue({ code: 'custom', path: ['subjectId'], message: `${reviewSubjectKinds.label(v.subjectKind)}不关联其他模块的记录` });
    if (!linked && !v.subjectId && !v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: '请填写送审事项名称' });
    if (v.subjectKind !== 'contract' && v.counterparty) ctx.addIssue({ code: 'custom', path: ['counterparty'], message: '只有合同填写合同相对方' });
    if (v.dueOn) {
      if (v.subjectKind !== 'majorDecision') {
        ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '审核期限按规定计算；只有重大行政决策可以另定更长的审查期限' });
      } else {
        const floor = reviewDueOn('majorDecision', v.receivedOn);
        if (v.dueOn < floor) {
          ctx.addIssue({ code: 'custom', path: ['dueOn'], message: `重大行政决策合法性审查期限一般不少于7个工作日，自受理日起最早为${floor}` });
        }
      }
    }
  });

export const reviewUpdateSchema = z.object({
  title: requestFields.title.optional(),
  counterparty: requestFields.counterparty.nullable().optional(),
  handlerName: requestFields.handlerName.nullable().optional(),
  adviserNames: requestFields.adviserNames.nullable().optional(),
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
    { name: 'counterparty', label: '合同相对方', kind: 'text', form: true, help: '仅合同填写' },
    { name: 'handlerName', label: '送审联系人', kind: 'text', form: true },
    { name: 'adviserNames', label: '参与的法律顾问/公职律师', kind: 'text', form: true },
    { name: 'supplementRequestedOn', label: '通知补充材料日期', kind: 'date' },
    { name: 'supplementNote', label: '需补充的材料', kind: 'longText' },
    { name: 'pausedWorkingDays', label: '补充材料暂停（工作日）', kind: 'integer' },
    { name: 'extensionReason', label: '延长审核期限理由', kind: 'longText' },
    { name: 'opinionText', label: '审核意见书', kind: 'longText' },
    { name: 'adoptionNote', label: '采纳情况说明', kind: 'longText' },
    { name: 'withdrawnOn', label: '撤回日期', kind: 'date' },
    { name: 'withdrawalReason', label: '撤回理由', kind: 'longText' },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};
