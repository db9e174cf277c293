import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { amendableOutcomes, appellants, courtMeasures, isAppealable, outcomeFitsInstance, outcomes, performanceModes } from './codes.js';
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
  closedOn: string | null;
  /** The 被上诉人's answer deadline: set only when the other party appealed. */
  appealAnswerDueOn: string | null;
  /** The decision in force has taken effect by today (see effectiveOn). */
  inForce: boolean;
};

// 第94条: what an effective decision orders must be carried out; recorded once it is in force.
const inForceGuard = (f: CaseFacts) => (f.inForce ? [] : ['裁判尚未发生法律效力（上诉期未届满、已上诉、已发回重审或未登记送达日期）']);
const notBeforeDecision = (f: CaseFacts, on: string, what: string) => (f.closedOn && on < f.closedOn ? [`${what}不能早于裁判日期${f.closedOn}`] : []);

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
          /** The period the judgment sets for the organ to act (第72、73条 "在一定期限内"): a ceiling, alerted when passed. */
          performanceDueOn: dateField('裁判确定的履行期限').optional(),
          judgmentSummary: textField('裁判要旨', 2000).optional(),
        })
        .superRefine((v, ctx) => {
          if (v.outcome === 'amended' && !v.amendedOutcome) ctx.addIssue({ code: 'custom', path: ['amendedOutcome'], message: '改判的，请选择改判结果' });
          if (v.servedOn && v.servedOn < v.closedOn) ctx.addIssue({ code: 'custom', path: ['servedOn'], message: '送达日期不能早于裁判日期' });
          if (v.performanceDueOn && v.performanceDueOn < v.closedOn) ctx.addIssue({ code: 'custom', path: ['performanceDueOn'], message: '履行期限不能早于裁判日期' });
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
      input: z
        .object({
          appealedOn: dateField('上诉日期'),
          appellant: appellants.field('上诉人'),
          caseNumber: numberOf('second', '二审案号'),
          court: textField('二审法院', 60),
          /** When the other party appeals, the organ answers within 15 days of receiving the copy (法释〔2018〕1号 第108条). */
          appealCopyReceivedOn: dateField('收到上诉状副本日期').optional(),
        })
        .superRefine((v, ctx) => {
          if (v.appellant === 'plaintiff' && !v.appealCopyReceivedOn) {
            ctx.addIssue({ code: 'custom', path: ['appealCopyReceivedOn'], message: '对方上诉的，请填写收到上诉状副本日期（二审答辩期限自该日起算）' });
          }
          if (v.appealCopyReceivedOn && v.appealCopyReceivedOn < v.appealedOn) {
            ctx.addIssue({ code: 'custom', path: ['appealCopyReceivedOn'], message: '收到上诉状副本日期不能早于上诉日期' });
          }
        }),
      // 两审终审 (行政诉讼法 第7条): only a first-instance decision can be appealed, and not a 调解书 or 准予撤诉 (第85条).
      guard: (f) => (f.instance !== 'first' ? ['二审裁判为终审裁判，不能再上诉'] : isAppealable(f.outcome) ? [] : [`“${outcomes.label(f.outcome)}”不能上诉`]),
    },
    submitAppealAnswer: {
      label: '提交二审答辩状',
      from: ['appealed'],
      input: z.object({ appealAnswerSubmittedOn: dateField('二审答辩状提交日期') }),
      guard: (f) => (f.appealAnswerDueOn ? [] : ['本机关为上诉人，无需提交二审答辩状']),
    },
    perform: {
      label: '登记履行',
      from: ['closed'],
      input: z.object({ performedOn: dateField('履行日期'), performanceMode: performanceModes.field('履行方式'), performanceNote: textField('履行情况', 1000).optional() }),
      guard: inForceGuard,
      check: (f, input) => notBeforeDecision(f, input.performedOn, '履行日期'),
    },
    courtMeasure: {
      label: '登记法院执行措施',
      from: ['closed'],
      // 第96条: the court's measures against an organ that refuses to perform; each one is kept with its date.
      input: z.object({ measure: courtMeasures.field('执行措施'), measuredOn: dateField('采取措施日期') }),
      guard: inForceGuard,
      check: (f, input) => notBeforeDecision(f, input.measuredOn, '采取措施日期'),
      danger: true,
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
