import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { decisionOutcomes, meetingTypes, publicationChannels, stances, type DecisionOutcome, type StepStatus } from './codes.js';
import { departsFromMajority } from './majority.js';
import { preDecisionSteps, recordedSteps, type RecordedStep } from './steps.js';

/** 论证审查 → 集体讨论决定 → 公布、执行 → 办结 (or 未通过 → 办结). */
export const decisionStates = codeTable(
  [
    { code: 'preparing', label: '论证审查中' },
    { code: 'decided', label: '已集体讨论决定' },
    { code: 'published', label: '已公布实施' },
    { code: 'notAdopted', label: '未通过' },
    { code: 'closed', label: '已办结' },
  ],
  '决策状态',
);
export type DecisionState = (typeof decisionStates.codes)[number];

/** Where the decision's 合法性审查 stands, from the linked review request. */
export type ReviewStanding = 'none' | 'reviewing' | 'failed' | 'passedWithoutAdviser' | 'passed';
export const reviewStandingLabels: Record<ReviewStanding, string> = {
  none: '未提请',
  reviewing: '审查中',
  failed: '审查意见为不合法',
  passedWithoutAdviser: '已通过，但无法律顾问或公职律师参与',
  passed: '已通过',
};

export const memberOpinionSchema = z.object({
  memberName: textField('会议组成人员姓名', 30),
  post: textField('职务', 50),
  stance: stances.schema,
  statement: textField('发表意见（如实记录）', 2000),
});
export type MemberOpinion = z.infer<typeof memberOpinionSchema>;

export const deliberateInput = z
  .object({
    meetingType: meetingTypes.schema,
    meetingName: textField('会议名称', 100),
    meetingOn: dateField('会议日期'),
    headName: textField('主要负责人', 30),
    outcome: decisionOutcomes.schema,
    departureReason: textField('与多数人意见不一致的理由', 2000).optional(),
    members: z.array(memberOpinionSchema).min(1, { message: '请逐一记录会议组成人员的意见' }).max(60, { message: '会议组成人员不超过60人' }),
  })
  .superRefine((v, ctx) => {
    const stated = v.members.map((m) => m.stance).filter((s) => stances.codes.includes(s));
    if (!v.departureReason && departsFromMajority(stated, v.outcome)) {
      ctx.addIssue({ code: 'custom', path: ['departureReason'], message: '主要负责人的决定与会议组成人员多数意见不一致，须在会上说明理由并记录' });
    }
  });

export const decisionTransitionInputs = {
  deliberate: deliberateInput,
  publish: z.object({
    publishedOn: dateField('公布日期'),
    channel: publicationChannels.schema,
    documentNumber: textField('文号', 60).optional(),
    adoptionExplanation: textField('公众意见采纳情况说明', 2000).optional(),
  }),
  close: z.object({ closedOn: dateField('办结日期') }),
} as const;
export type DecisionTransition = keyof typeof decisionTransitionInputs;

export type DecisionFacts = {
  state: DecisionState;
  steps: Record<RecordedStep, StepStatus>;
  review: ReviewStanding;
  reviewConcludedOn: string | null;
  commentEndOn: string | null;
  meetingOn: string | null;
  executionReports: number;
};

const stepLabel = (s: RecordedStep) => recordedSteps.label(s);

/** Why the meeting may not decide yet: every mandatory step done, every optional one done or marked 不适用. */
function deliberationProblems(f: DecisionFacts, input: Record<string, unknown>): string[] {
  const out: string[] = [];
  const reviewMessage: Record<Exclude<ReviewStanding, 'passed'>, string> = {
    none: '尚未提请合法性审查，不能提交集体讨论决定',
    reviewing: '合法性审查尚未出具审查意见，不能提交集体讨论决定',
    failed: '合法性审查意见为不合法，不能提交集体讨论决定',
    passedWithoutAdviser: '合法性审查没有法律顾问或公职律师参与，不能提交集体讨论决定',
  };
  if (f.review !== 'passed') out.push(reviewMessage[f.review]);
  if (f.steps.publicComment === 'pending') out.push('尚未完成公众参与（公开征求意见），也未说明不公开征求意见的理由，不能提交集体讨论决定');
  for (const s of preDecisionSteps.filter((x) => x !== 'publicComment')) {
    if (f.steps[s] === 'pending') out.push(`尚未完成${stepLabel(s)}，也未说明不适用的理由，不能提交集体讨论决定`);
  }
  const meetingOn = typeof input.meetingOn === 'string' ? input.meetingOn : null;
  if (meetingOn && f.steps.publicComment === 'done' && f.commentEndOn && meetingOn <= f.commentEndOn) out.push('征求意见期限尚未届满，不能集体讨论决定');
  if (meetingOn && f.review === 'passed' && f.reviewConcludedOn && meetingOn < f.reviewConcludedOn) out.push('会议日期早于合法性审查意见出具日期');
  return out;
}

type TransitionDef = { label: string; from: readonly DecisionState[]; guard: (f: DecisionFacts, input: Record<string, unknown>) => string[] };

export const decisionTransitions: Record<DecisionTransition, TransitionDef> = {
  deliberate: {
    label: '登记集体讨论决定',
    from: ['preparing'],
    guard: (f, input) => (f.state === 'preparing' ? deliberationProblems(f, input) : ['已经集体讨论决定，不能重复登记']),
  },
  publish: {
    label: '公布',
    from: ['decided'],
    guard: (f, input) => {
      if (f.state === 'preparing') return ['尚未集体讨论决定，不能公布'];
      if (f.state === 'notAdopted') return ['决策未获通过，不能公布'];
      if (f.state !== 'decided') return ['决策已经公布'];
      return typeof input.publishedOn === 'string' && f.meetingOn && input.publishedOn < f.meetingOn ? ['公布日期早于集体讨论决定日期'] : [];
    },
  },
  close: {
    label: '办结',
    from: ['published', 'notAdopted'],
    guard: (f) => {
      if (f.state === 'preparing') return ['尚未集体讨论决定，不能办结'];
      if (f.state === 'decided') return ['决策尚未公布，不能办结'];
      if (f.state === 'closed') return ['决策已办结'];
      const out: string[] = [];
      if (f.state === 'published' && f.executionReports === 0) out.push('尚无决策执行情况报告，不能办结');
      if (f.state === 'published' && f.steps.postEvaluation === 'pending') out.push('尚未开展决策后评估，也未说明不开展的理由，不能办结');
      if (f.steps.archive !== 'done') out.push('决策过程记录和材料尚未归档，不能办结');
      return out;
    },
  },
};

export function decisionTargetState(name: DecisionTransition, input: Record<string, unknown>): DecisionState {
  if (name === 'deliberate') return (input.outcome as DecisionOutcome) === 'rejected' ? 'notAdopted' : 'decided';
  return name === 'publish' ? 'published' : 'closed';
}

export function availableDecisionTransitions(state: DecisionState): DecisionTransition[] {
  return (Object.keys(decisionTransitions) as DecisionTransition[]).filter((t) => decisionTransitions[t].from.includes(state));
}

/** Chinese reasons the transition may not fire now; each names the step that is missing. */
export function decisionTransitionProblems(name: DecisionTransition, facts: DecisionFacts, input: Record<string, unknown>): string[] {
  return decisionTransitions[name].guard(facts, input);
}

/** Whether a step may be recorded in this state (steps before the meeting freeze once it decided). */
export function stepProblems(step: RecordedStep, state: DecisionState): string[] {
  if (state === 'closed') return ['决策已办结，不能再修改'];
  if (preDecisionSteps.includes(step)) return state === 'preparing' ? [] : [`已集体讨论决定，${stepLabel(step)}记录不能再修改`];
  if (step === 'postEvaluation') return state === 'published' ? [] : ['决策公布实施后方可登记决策后评估'];
  // archive
  return state === 'published' || state === 'notAdopted' ? [] : ['决策尚未公布（或未作出不予通过的决定），不能归档'];
}

export function stepsRecordableIn(state: DecisionState): RecordedStep[] {
  return recordedSteps.codes.filter((s) => stepProblems(s, state).length === 0);
}

/* ----------------------------------------------------------------- 决策事项目录 */

export const catalogueStates = codeTable(
  [
    { code: 'draft', label: '草拟' },
    { code: 'approved', label: '已审定' },
    { code: 'published', label: '已公布' },
  ],
  '目录状态',
);
export type CatalogueState = (typeof catalogueStates.codes)[number];

export const catalogueTransitionInputs = {
  approve: z.object({
    approvedOn: dateField('审定日期'),
    partyCommitteeAgreedOn: dateField('同级党委同意日期'),
    partyCommitteeNote: textField('党委同意情况', 200),
  }),
  publish: z.object({ publishedOn: dateField('公布日期'), channel: publicationChannels.schema }),
} as const;
export type CatalogueTransition = keyof typeof catalogueTransitionInputs;

export const catalogueTransitions: Record<CatalogueTransition, { label: string; from: readonly CatalogueState[]; to: CatalogueState }> = {
  approve: { label: '审定', from: ['draft'], to: 'approved' },
  publish: { label: '公布', from: ['approved'], to: 'published' },
};

export function catalogueTransitionProblems(
  name: CatalogueTransition,
  f: { state: CatalogueState; itemCount: number; approvedOn: string | null },
  input: Record<string, unknown>,
): string[] {
  const def = catalogueTransitions[name];
  if (!def.from.includes(f.state)) return name === 'publish' && f.state === 'draft' ? ['目录尚未审定，不能公布'] : [`“${catalogueStates.label(f.state)}”状态下不能${def.label}`];
  if (name === 'approve') {
    const out: string[] = [];
    if (f.itemCount === 0) out.push('目录尚无决策事项，不能审定');
    if (typeof input.partyCommitteeAgreedOn === 'string' && typeof input.approvedOn === 'string' && input.partyCommitteeAgreedOn > input.approvedOn) {
      out.push('目录应经同级党委同意后审定：党委同意日期晚于审定日期');
    }
    return out;
  }
  return typeof input.publishedOn === 'string' && f.approvedOn && input.publishedOn < f.approvedOn ? ['公布日期早于审定日期'] : [];
}

/* ----------------------------------------------------------------- 街道重大事项 */

export const matterStates = codeTable(
  [
    { code: 'pending', label: '待会议决定' },
    { code: 'decided', label: '已决定' },
  ],
  '事项状态',
);
export type MatterState = (typeof matterStates.codes)[number];

export const matterTransitionInputs = {
  decide: z.object({
    meetingOn: dateField('会议日期'),
    meetingName: textField('会议名称', 100),
    decisionText: textField('会议决定', 2000),
    judicialOfficeHeadAttended: z.boolean({ message: '请选择司法所负责人是否列席' }),
  }),
} as const;
export type MatterTransition = keyof typeof matterTransitionInputs;
export const matterTransitions: Record<MatterTransition, { label: string; from: readonly MatterState[]; to: MatterState }> = {
  decide: { label: '登记会议决定', from: ['pending'], to: 'decided' },
};

export function matterTransitionProblems(
  name: MatterTransition,
  f: { state: MatterState; reviewPassed: boolean; reviewConcludedOn: string | null },
  input: Record<string, unknown>,
): string[] {
  const def = matterTransitions[name];
  if (!def.from.includes(f.state)) return [`“${matterStates.label(f.state)}”状态下不能${def.label}`];
  if (!f.reviewPassed) return ['尚未通过合法性审查，不能登记会议决定'];
  if (typeof input.meetingOn === 'string' && f.reviewConcludedOn && input.meetingOn < f.reviewConcludedOn) return ['会议日期早于合法性审查意见出具日期'];
  return [];
}
