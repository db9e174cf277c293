import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { appellants, outcomes } from './codes.js';

/** 收案 → 答辩 → 审理 → 结案 → (上诉 → 审理 → 结案) → 归档 */
export const caseStates = codeTable(
  [
    { code: 'received', label: '收案' },
    { code: 'defending', label: '答辩' },
    { code: 'trial', label: '审理' },
    { code: 'closed', label: '结案' },
    { code: 'appealed', label: '上诉' },
    { code: 'archived', label: '归档' },
  ],
  '案件状态',
);
export type CaseState = (typeof caseStates.codes)[number];

export type CaseFacts = {
  state: CaseState;
  instance: string;
  judicialSuggestionReceived: boolean;
  judicialSuggestionAnsweredOn: string | null;
};

export const caseWorkflow = defineWorkflow<CaseFacts>()({
  entity: 'litigation.case',
  states: caseStates,
  steps: {
    startDefence: { label: '开始答辩', from: ['received'], to: 'defending', input: z.object({}) },
    submitDefence: { label: '提交答辩状', from: ['received', 'defending'], to: 'trial', input: z.object({ defenceSubmittedOn: dateField('答辩状提交日期') }) },
    close: {
      label: '结案',
      from: ['trial', 'appealed'],
      to: 'closed',
      input: z.object({ outcome: outcomes.field('裁判结果'), closedOn: dateField('结案日期'), judgmentSummary: textField('裁判要旨', 2000).optional() }),
    },
    appeal: {
      label: '上诉',
      from: ['closed'],
      to: 'appealed',
      input: z.object({ appealedOn: dateField('上诉日期'), appellant: appellants.field('上诉人') }),
      // 两审终审 (行政诉讼法 第7条): only a first-instance judgment can be appealed.
      guard: (f) => (f.instance === 'first' ? [] : ['二审裁判为终审裁判，不能再上诉']),
    },
    archive: {
      label: '归档',
      from: ['closed'],
      to: 'archived',
      input: z.object({}),
      guard: (f) => (f.judicialSuggestionReceived && !f.judicialSuggestionAnsweredOn ? ['收到的司法建议尚未回复，不能归档'] : []),
    },
  },
});
export type CaseTransition = (typeof caseWorkflow.names)[number];
