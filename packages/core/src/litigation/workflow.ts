import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
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

export const transitionInputs = {
  startDefence: z.object({}),
  submitDefence: z.object({ defenceSubmittedOn: dateField('答辩提交日期') }),
  close: z.object({ outcome: outcomes.schema, closedOn: dateField('结案日期'), judgmentSummary: textField('裁判要旨', 2000).optional() }),
  appeal: z.object({ appealedOn: dateField('上诉日期'), appellant: appellants.schema }),
  archive: z.object({}),
} as const;

export type CaseTransition = keyof typeof transitionInputs;

export type CaseFacts = {
  state: CaseState;
  instance: string;
  defenceSubmittedOn: string | null;
  judicialSuggestionReceived: boolean;
  judicialSuggestionAnsweredOn: string | null;
  hearingCount: number;
};

type TransitionDef = {
  label: string;
  from: readonly CaseState[];
  to: CaseState;
  /** Chinese reasons why the transition may not fire now; empty when it may. */
  guard?: (facts: CaseFacts, input: Record<string, unknown>) => string[];
};

export const caseTransitions: Record<CaseTransition, TransitionDef> = {
  startDefence: { label: '开始答辩', from: ['received'], to: 'defending' },
  submitDefence: { label: '提交答辩状', from: ['received', 'defending'], to: 'trial' },
  close: {
    label: '结案',
    from: ['trial', 'appealed'],
    to: 'closed',
    guard: (_f, input) => (input.outcome ? [] : ['结案须登记裁判结果']),
  },
  appeal: {
    label: '上诉',
    from: ['closed'],
    to: 'appealed',
    // 两审终审: only a first-instance judgment can be appealed.
    guard: (f) => (f.instance === 'first' ? [] : ['二审裁判为终审裁判，不能再上诉']),
  },
  archive: {
    label: '归档',
    from: ['closed'],
    to: 'archived',
    guard: (f) =>
      f.judicialSuggestionReceived && !f.judicialSuggestionAnsweredOn ? ['收到的司法建议尚未回复，不能归档'] : [],
  },
};

/** Transitions a user may fire from this state (the detail page shows them as buttons). */
export function availableTransitions(state: CaseState): CaseTransition[] {
  return (Object.keys(caseTransitions) as CaseTransition[]).filter((t) => caseTransitions[t].from.includes(state));
}

export function transitionProblems(name: CaseTransition, facts: CaseFacts, input: Record<string, unknown>): string[] {
  const def = caseTransitions[name];
  if (!def.from.includes(facts.state)) {
    return [`“${caseStates.label(facts.state)}”状态下不能${def.label}`];
  }
  return def.guard?.(facts, input) ?? [];
}
