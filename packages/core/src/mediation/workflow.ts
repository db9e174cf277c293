import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { agreementForms, confirmationResults, failureAdvice, performances } from './codes.js';
import { confirmationWindowProblems } from './rules.js';

/** 受理 → 调解中 → 调解成功 / 调解不成 → (司法确认中 → 调解成功) → 结案 (回访 after success). */
export const disputeStates = codeTable(
  [
    { code: 'received', label: '受理' },
    { code: 'mediating', label: '调解中' },
    { code: 'succeeded', label: '调解成功' },
    { code: 'failed', label: '调解不成' },
    { code: 'confirming', label: '司法确认中' },
    { code: 'closed', label: '结案' },
  ],
  '纠纷状态',
);
export type DisputeState = (typeof disputeStates.codes)[number];

export type DisputeFacts = {
  state: DisputeState;
  receivedOn: string;
  concludedOn: string | null;
  agreementEffectiveOn: string | null;
  confirmationAppliedOn: string | null;
};

const notBefore = (later: string | null | undefined, earlier: string | null | undefined, message: string) => (later && earlier && later < earlier ? [message] : []);

export const disputeWorkflow = defineWorkflow<DisputeFacts>()({
  entity: 'mediation.dispute',
  states: disputeStates,
  steps: {
    startMediation: {
      label: '开始调解',
      from: ['received'],
      to: 'mediating',
      input: z.object({ startedOn: dateField('开始调解日期') }),
      check: (f, i) => notBefore(i.startedOn, f.receivedOn, '开始调解日期不能早于受理日期'),
    },
    // 第27条: the mediator records each session (调解工作记录).
    recordSession: {
      label: '记录调解',
      from: ['received', 'mediating'],
      input: z.object({ heldOn: dateField('调解日期'), content: textField('调解情况', 2000) }),
      check: (f, i) => notBefore(i.heldOn, f.receivedOn, '调解日期不能早于受理日期'),
    },
    succeed: {
      label: '调解成功',
      from: ['received', 'mediating'],
      to: 'succeeded',
      input: z.object({
        concludedOn: dateField('调解结束日期'),
        agreementForm: agreementForms.field('协议形式'),
        agreementContent: textField('协议内容', 4000),
        // 第29条: a written agreement takes effect when signed and sealed; 第30条: an oral one when agreed.
        agreementEffectiveOn: dateField('协议生效日期'),
        performanceDueOn: dateField('履行期限').optional(),
      }),
      check: (f, i) => [
        ...notBefore(i.concludedOn, f.receivedOn, '调解结束日期不能早于受理日期'),
        ...notBefore(i.agreementEffectiveOn, f.receivedOn, '协议生效日期不能早于受理日期'),
        ...notBefore(i.performanceDueOn, i.agreementEffectiveOn, '履行期限不能早于协议生效日期'),
      ],
    },
    fail: {
      label: '调解不成',
      from: ['received', 'mediating'],
      to: 'failed',
      // 第26条: terminate and tell the parties of the other remedies.
      input: z.object({ concludedOn: dateField('终止调解日期'), failureAdvice: failureAdvice.field('告知事项'), failureNote: textField('终止调解情况', 1000).optional() }),
      check: (f, i) => notBefore(i.concludedOn, f.receivedOn, '终止调解日期不能早于受理日期'),
    },
    applyConfirmation: {
      label: '申请司法确认',
      from: ['succeeded'],
      to: 'confirming',
      input: z.object({ confirmationAppliedOn: dateField('申请司法确认日期'), confirmationCourt: textField('受理法院', 60) }),
      guard: (f) => (f.confirmationAppliedOn ? ['该调解协议已申请过司法确认'] : []),
      // 人民调解法 第33条, 民事诉讼法 第205条: jointly, within 30 days of the agreement taking effect.
      check: (f, i) => (f.agreementEffectiveOn ? confirmationWindowProblems(f.agreementEffectiveOn, i.confirmationAppliedOn) : ['未登记协议生效日期']),
    },
    recordConfirmation: {
      label: '登记确认结果',
      from: ['confirming'],
      to: 'succeeded',
      input: z.object({ confirmationResult: confirmationResults.field('司法确认结果'), confirmationDecidedOn: dateField('裁定日期') }),
      check: (f, i) => notBefore(i.confirmationDecidedOn, f.confirmationAppliedOn, '裁定日期不能早于申请日期'),
    },
    followUp: {
      label: '回访结案',
      from: ['succeeded'],
      to: 'closed',
      // 第31条: the committee supervises performance of the agreement.
      input: z.object({ followUpOn: dateField('回访日期'), performance: performances.field('履行情况'), followUpNote: textField('回访情况', 1000).optional() }),
      check: (f, i) => notBefore(i.followUpOn, f.concludedOn, '回访日期不能早于调解结束日期'),
    },
    close: {
      label: '结案',
      from: ['failed'],
      to: 'closed',
      input: z.object({ closedOn: dateField('结案日期') }),
      check: (f, i) => notBefore(i.closedOn, f.concludedOn, '结案日期不能早于终止调解日期'),
    },
    markTypical: {
      label: '评为典型案例',
      from: ['succeeded', 'failed', 'confirming', 'closed'],
      input: z.object({
        typicalTitle: textField('案例标题', 100),
        typicalSelectedIn: textField('入选汇编', 100),
        typicalSelectedOn: dateField('入选日期'),
        typicalWriteUp: textField('案例撰写', 8000),
      }),
    },
  },
});
export type DisputeTransition = (typeof disputeWorkflow.names)[number];
