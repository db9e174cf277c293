import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';

/** 起草 → 审核 → 领导签发 → 报送 (by 1 March) → 公开 (by 1 April) */
export const reportStates = codeTable(
  [
    { code: 'drafting', label: '起草' },
    { code: 'reviewing', label: '审核' },
    { code: 'signed', label: '已签发' },
    { code: 'submitted', label: '已报送' },
    { code: 'published', label: '已公开' },
  ],
  '报告状态',
);
export type ReportState = (typeof reportStates.codes)[number];

export const reportTransitionInputs = {
  submitForReview: z.object({}),
  returnToDraft: z.object({ reason: textField('退回理由', 500) }),
  sign: z.object({}),
  submit: z.object({ submittedOn: dateField('报送日期') }),
  publish: z.object({ publishedOn: dateField('公开日期') }),
} as const;
export type ReportTransition = keyof typeof reportTransitionInputs;

type Def = { label: string; from: readonly ReportState[]; to: ReportState; action: 'transition' | 'approve' };

export const reportTransitions: Record<ReportTransition, Def> = {
  submitForReview: { label: '提交审核', from: ['drafting'], to: 'reviewing', action: 'transition' },
  returnToDraft: { label: '退回修改', from: ['reviewing', 'signed'], to: 'drafting', action: 'transition' },
  sign: { label: '领导签发', from: ['reviewing'], to: 'signed', action: 'approve' },
  submit: { label: '报送上级', from: ['signed'], to: 'submitted', action: 'transition' },
  publish: { label: '向社会公开', from: ['submitted'], to: 'published', action: 'transition' },
};

export function availableReportTransitions(state: ReportState): ReportTransition[] {
  return (Object.keys(reportTransitions) as ReportTransition[]).filter((t) => reportTransitions[t].from.includes(state));
}

/** `latestVersionCurrent`: the newest generated version holds the report's present title and text. */
export type ReportFacts = { state: ReportState; versionCount: number; latestVersionCurrent: boolean };

export function reportTransitionProblems(name: ReportTransition, facts: ReportFacts): string[] {
  const def = reportTransitions[name];
  if (!def.from.includes(facts.state)) return [`“${reportStates.label(facts.state)}”状态下不能${def.label}`];
  if ((name === 'submitForReview' || name === 'sign') && facts.versionCount === 0) return ['请先生成报告（冻结数据）再提交'];
  if ((name === 'submitForReview' || name === 'sign') && !facts.latestVersionCurrent) return ['报告正文在最近一次生成后有改动，请重新生成后再提交'];
  return [];
}

/** Statutory dates for the report of `year`: submit by 1 March, publish by 1 April of the next year. */
export function reportDeadlines(year: number) {
  return { submitBy: `${year + 1}-03-01`, publishBy: `${year + 1}-04-01` };
}
