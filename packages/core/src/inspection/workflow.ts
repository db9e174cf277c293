import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { described } from '../register/field-meta.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { appealProblems } from './rules.js';

/**
 * 督察 of one unit: 已督察 → 无问题 (closed) | 整改中 (督察意见书/整改通知 with a due date) → 整改已报告 → 验收通过
 * (or back to 整改中 when the 整改 is not accepted). 法治政府建设与责任落实督察工作规定 (厅字〔2019〕28号): 督察
 * covers the 第一责任人's duties; 督察意见 are followed by 整改 and its 验收.
 */
export const subjectStates = codeTable(
  [
    { code: 'inspected', label: '已督察' },
    { code: 'rectifying', label: '整改中' },
    { code: 'reported', label: '整改已报告' },
    { code: 'accepted', label: '整改验收通过' },
    { code: 'clean', label: '无问题，已办结' },
  ],
  '整改状态',
);
export type SubjectState = (typeof subjectStates.codes)[number];

export type SubjectFacts = { state: SubjectState; inspectedOn: string; findings: string | null; noticedOn: string | null; reportedOn: string | null; evidence: number };

const notBefore = (later: string | undefined, earlier: string | null | undefined, message: string) => (later && earlier && later < earlier ? [message] : []);
// Nothing closes without evidence: the inspection record, the 整改 report and the acceptance rest on attached files.
const needsEvidence = (f: SubjectFacts) => (f.evidence > 0 ? [] : ['尚未上传佐证材料（附件），不能办结']);

export const subjectWorkflow = defineWorkflow<SubjectFacts>()({
  entity: 'inspection.subject',
  states: subjectStates,
  steps: {
    notice: {
      label: '下发督察意见/整改通知',
      from: ['inspected'],
      to: 'rectifying',
      action: 'approve',
      input: z.object({
        noticeNumber: textField('督察意见书/整改通知文号', 60),
        noticedOn: dateField('下发日期'),
        rectifyDueOn: dateField('整改期限'),
        requirements: textField('整改要求', 4000),
      }),
      guard: (f) => (f.findings ? [] : ['未登记督察发现的问题，不能下发整改通知']),
      check: (f, i) => [...notBefore(i.noticedOn, f.inspectedOn, '下发日期不能早于督察日期'), ...notBefore(i.rectifyDueOn, i.noticedOn, '整改期限不能早于下发日期')],
    },
    closeClean: {
      label: '无问题办结',
      from: ['inspected'],
      to: 'clean',
      action: 'approve',
      input: z.object({ acceptedOn: dateField('办结日期') }),
      guard: (f) => [...(f.findings ? ['已登记督察发现的问题，须下发整改通知'] : []), ...needsEvidence(f)],
      check: (f, i) => notBefore(i.acceptedOn, f.inspectedOn, '办结日期不能早于督察日期'),
    },
    report: {
      label: '报送整改报告',
      from: ['rectifying'],
      to: 'reported',
      input: z.object({ reportedOn: dateField('整改报告日期'), rectification: textField('整改情况', 4000) }),
      guard: needsEvidence,
      check: (f, i) => notBefore(i.reportedOn, f.noticedOn, '整改报告日期不能早于整改通知下发日期'),
    },
    accept: {
      label: '验收通过',
      from: ['reported'],
      to: 'accepted',
      action: 'approve',
      input: z.object({ acceptedOn: dateField('验收日期'), acceptanceNote: textField('验收意见', 2000) }),
      guard: needsEvidence,
      check: (f, i) => notBefore(i.acceptedOn, f.reportedOn, '验收日期不能早于整改报告日期'),
    },
    reject: {
      label: '验收不通过，退回整改',
      from: ['reported'],
      to: 'rectifying',
      action: 'approve',
      input: z.object({ rectifyDueOn: dateField('新的整改期限'), acceptanceNote: textField('验收意见', 2000) }),
      check: (f, i) => notBefore(i.rectifyDueOn, f.reportedOn, '新的整改期限不能早于整改报告日期'),
    },
  },
});

/** A score once published: 已评分 → 申诉中 → 申诉已办结 (维持 or 改分). */
export const scoreStates = codeTable(
  [
    { code: 'scored', label: '已评分' },
    { code: 'appealed', label: '申诉中' },
    { code: 'resolved', label: '申诉已办结' },
  ],
  '申诉状态',
);
export type ScoreState = (typeof scoreStates.codes)[number];
export type ScoreFacts = { state: ScoreState; publishedOn: string | null; appealDays: number; weight: number };

export const scoreWorkflow = defineWorkflow<ScoreFacts>()({
  entity: 'inspection.score',
  states: scoreStates,
  steps: {
    appeal: {
      label: '提出申诉',
      from: ['scored'],
      to: 'appealed',
      input: z.object({ appealedOn: dateField('申诉日期'), appealReason: textField('申诉理由', 2000) }),
      guard: (f) => (f.publishedOn ? [] : ['考核结果尚未公布，不能申诉']),
      check: (f, i) => appealProblems(f.publishedOn, f.appealDays, i.appealedOn),
      stateReasons: { appealed: '已提出申诉，正在办理', resolved: '每项得分只能申诉一次' },
    },
    resolveAppeal: {
      label: '办理申诉',
      from: ['appealed'],
      to: 'resolved',
      action: 'approve',
      input: z.object({
        appealDecidedOn: dateField('办理日期'),
        appealReply: textField('办理意见', 2000),
        score: described(z.number({ message: '复核得分应为数字' }).min(0, { message: '复核得分不能为负数' }), { label: '复核得分', kind: 'integer' }),
      }),
      check: (f, i) => (i.score > f.weight ? [`复核得分不能超过该项分值${f.weight}分`] : []),
    },
  },
});
