import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { amendableOutcomes, appellants, isAppealable, outcomeFitsInstance, outcomes } from './codes.js';
import { caseNumberMismatch } from './case-number.js';

/** 收案 → 答辩 → 审理 → 结案 → (上诉 → 结案 → (发回重审 → 审理 → 结案)) → 归档; each 审级 keeps its own record. */
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
  /** The last 审级's 裁判结果 (null while none is decided). */
  outcome: string | null;
};

const numberOf = (instance: string, label: string) =>
  textField(label, 60).superRefine((v, ctx) => {
    const wrong = caseNumberMismatch(v, instance);
    if (wrong) ctx.addIssue({ code: 'custom', message: wrong });
  });

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
      input: z
        .object({
          outcome: outcomes.field('裁判结果'),
          amendedOutcome: amendableOutcomes.field('改判结果').optional(),
          closedOn: dateField('裁判日期'),
          servedOn: dateField('裁判文书送达日期').optional(),
          judgmentSummary: textField('裁判要旨', 2000).optional(),
        })
        .superRefine((v, ctx) => {
          if (v.outcome === 'amended' && !v.amendedOutcome) ctx.addIssue({ code: 'custom', path: ['amendedOutcome'], message: '改判的，请选择改判结果' });
          if (v.servedOn && v.servedOn < v.closedOn) ctx.addIssue({ code: 'custom', path: ['servedOn'], message: '送达日期不能早于裁判日期' });
        }),
      // 二审 decides by 第89条 (维持, 改判, 发回重审); 一审 by 判决 (第69–78条), 裁定 or 调解书.
      check: (f, input) =>
        outcomeFitsInstance(input.outcome, f.instance)
          ? []
          : [f.instance === 'second' ? '二审裁判结果应为驳回上诉维持原判、改判、发回重审或准予撤回上诉（行政诉讼法第八十九条）' : '驳回上诉、改判、发回重审只能是二审的裁判结果'],
    },
    appeal: {
      label: '上诉',
      from: ['closed'],
      to: 'appealed',
      input: z.object({
        appealedOn: dateField('上诉日期'),
        appellant: appellants.field('上诉人'),
        caseNumber: numberOf('second', '二审案号'),
        court: textField('二审法院', 60),
      }),
      // 两审终审 (行政诉讼法 第7条): only a first-instance decision can be appealed, and not a 调解书 or 准予撤诉 (第85条).
      guard: (f) => (f.instance !== 'first' ? ['二审裁判为终审裁判，不能再上诉'] : isAppealable(f.outcome) ? [] : [`“${outcomes.label(f.outcome)}”不能上诉`]),
    },
    retry: {
      label: '重审立案',
      from: ['closed'],
      to: 'trial',
      input: z.object({ caseNumber: numberOf('first', '重审案号'), court: textField('重审法院', 60), retrialFiledOn: dateField('重审立案日期') }),
      // 发回重审 (第89条第1款第3、4项): the first instance is tried again under a new 行初 number.
      guard: (f) => (f.outcome === 'remanded' ? [] : ['只有二审发回重审的案件才能重审立案']),
    },
    archive: {
      label: '归档',
      from: ['closed'],
      to: 'archived',
      input: z.object({}),
      guard: (f) => [
        ...(f.outcome === 'remanded' ? ['案件已发回重审，重审结案后才能归档'] : []),
        ...(f.judicialSuggestionReceived && !f.judicialSuggestionAnsweredOn ? ['收到的司法建议尚未回复，不能归档'] : []),
      ],
    },
  },
});
export type CaseTransition = (typeof caseWorkflow.names)[number];
