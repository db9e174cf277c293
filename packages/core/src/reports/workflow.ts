import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';

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

/** `latestVersionCurrent`: the newest generated version holds the report's present title and text. */
export type ReportFacts = { state: ReportState; versionCount: number; latestVersionCurrent: boolean };

// Review and signature concern a generated version, and it must be the present text.
const generatedAndCurrent = (f: ReportFacts) => (f.versionCount === 0 ? ['请先生成报告（冻结数据）再提交'] : f.latestVersionCurrent ? [] : ['报告正文在最近一次生成后有改动，请重新生成后再提交']);

/** Signing needs `approve` (leaders); the other steps `transition`, each within the report unit's scope. */
export const reportWorkflow = defineWorkflow<ReportFacts>()({
  entity: 'reports.annual',
  states: reportStates,
  steps: {
    submitForReview: { label: '提交审核', from: ['drafting'], to: 'reviewing', input: z.object({}), guard: generatedAndCurrent },
    returnToDraft: { label: '退回修改', danger: true, from: ['reviewing', 'signed'], to: 'drafting', input: z.object({ reason: textField('退回理由', 500) }) },
    sign: { label: '领导签发', from: ['reviewing'], to: 'signed', action: 'approve', input: z.object({}), guard: generatedAndCurrent },
    submit: { label: '报送上级', from: ['signed'], to: 'submitted', input: z.object({ submittedOn: dateField('报送日期') }) },
    publish: { label: '向社会公开', from: ['submitted'], to: 'published', input: z.object({ publishedOn: dateField('公开日期') }) },
  },
});
export type ReportStep = (typeof reportWorkflow.names)[number];

/** Statutory dates for the report of `year`: submit by 1 March, publish by 1 April of the next year. */
export function reportDeadlines(year: number) {
  return { submitBy: `${year + 1}-03-01`, publishBy: `${year + 1}-04-01` };
}
