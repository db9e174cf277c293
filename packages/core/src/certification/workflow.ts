import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { verificationResults } from './codes.js';

/** 发起 → 答复 (or 退回 with a reason). */
export const verificationStates = codeTable(
  [
    { code: 'requested', label: '待答复' },
    { code: 'answered', label: '已答复' },
    { code: 'returned', label: '已退回' },
  ],
  '核查状态',
);
export type VerificationState = (typeof verificationStates.codes)[number];

export type VerificationFacts = { state: VerificationState; requestedOn: string };

export const verificationWorkflow = defineWorkflow<VerificationFacts>()({
  entity: 'certification.verification',
  states: verificationStates,
  steps: {
    answer: {
      label: '答复',
      from: ['requested'],
      to: 'answered',
      input: z.object({ result: verificationResults.field('核查结果'), answeredOn: dateField('答复日期'), answerNote: textField('答复说明', 1000).optional() }),
      check: (f, input) => (input.answeredOn < f.requestedOn ? ['答复日期不能早于发起日期'] : []),
    },
    return: {
      label: '退回',
      from: ['requested'],
      to: 'returned',
      input: z.object({ answeredOn: dateField('退回日期'), returnReason: textField('退回理由', 500) }),
      check: (f, input) => (input.answeredOn < f.requestedOn ? ['退回日期不能早于发起日期'] : []),
    },
  },
});
