import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { booleanField, dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { decisionOutcomes, matterCategories, meetingTypes, publicationChannels, reviewedMatterCategories, stances, undeliberatedForms, type MatterCategory, type StepStatus } from './codes.js';
import { hinted } from './hint.js';
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

/** 集体讨论决定: each member's opinion verbatim; a head departing from the majority states why (条例第三十条). */
export const deliberateInput = z
  .object({
    meetingType: meetingTypes.field('会议类型'),
    meetingName: hinted(textField('会议名称', 100), '如：区政府第12次常务会议'),
    meetingOn: dateField('会议日期'),
    headName: textField('主要负责人', 30),
    outcome: decisionOutcomes.field('决定结果'),
    departureReason: hinted(textField('与多数人意见不一致的理由', 2000), '主要负责人的决定与会议组成人员多数意见不一致的，须说明理由').optional(),
    members: z.array(memberOpinionSchema).min(1, { message: '请逐一记录会议组成人员的意见' }).max(60, { message: '会议组成人员不超过60人' }),
  })
  // On the input, not in a check: the form marks the field, before anything is sent.
  .superRefine((v, ctx) => {
    const stated = v.members.map((m) => m.stance).filter((s) => stances.codes.includes(s));
    if (!v.departureReason && departsFromMajority(stated, v.outcome)) {
      ctx.addIssue({ code: 'custom', path: ['departureReason'], message: '主要负责人的决定与会议组成人员多数意见不一致，须在会上说明理由并记录（条例第三十条）' });
    }
  });

export type DecisionFacts = {
  state: DecisionState;
  steps: Record<RecordedStep, StepStatus>;
  review: ReviewStanding;
  reviewConcludedOn: string | null;
  commentEndOn: string | null;
  /** When the decision was made: the meeting's date, or the day it was reached without one. */
  decidedOn: string | null;
  executionReports: number;
};

const stepLabel = (s: RecordedStep) => recordedSteps.label(s);

const reviewMessage: Record<Exclude<ReviewStanding, 'passed'>, string> = {
  none: '尚未提请合法性审查，不能提交集体讨论决定',
  reviewing: '合法性审查尚未出具审查意见，不能提交集体讨论决定',
  failed: '合法性审查意见为不合法，不能提交集体讨论决定',
  // 条例第二十八条: 在合法性审查过程中，应当组织法律顾问、公职律师提出法律意见.
  passedWithoutAdviser: '合法性审查没有法律顾问或公职律师参与，不能提交集体讨论决定',
};

/** Why the meeting may not decide yet: a passed review, every mandatory step done, every optional one done or marked 不适用. */
function deliberationProblems(f: DecisionFacts): string[] {
  const out: string[] = [];
  if (f.review !== 'passed') out.push(reviewMessage[f.review]);
  // 公众参与 is mandatory save for matters not to be made public (条例第十四条): done, or that reason recorded.
  if (f.steps.publicComment === 'pending') out.push('尚未完成公众参与，也未说明不开展公众参与的理由，不能提交集体讨论决定');
  for (const s of preDecisionSteps.filter((x) => x !== 'publicComment')) {
    if (f.steps[s] === 'pending') out.push(`尚未完成${stepLabel(s)}，也未说明不适用的理由，不能提交集体讨论决定`);
  }
  return out;
}

const alreadyPublished = '决策已经公布';
const alreadyDecided = '已经作出决定，不能重复登记';

/**
 * A decision reached without collective deliberation (条例第三十条 requires one), recorded as found, e.g. by the
 * 法治办 at 督察: not a way round the meeting but the fact 集体讨论率 counts against. Who decided, how, and why.
 */
export const recordUndeliberatedInput = z.object({
  decidedOn: dateField('作出决定日期'),
  form: undeliberatedForms.field('决定方式'),
  decidedBy: hinted(textField('作出决定的负责人', 30), '如：区长孙某某'),
  explanation: hinted(textField('未经集体讨论的情况说明', 2000), '如实说明未提交常务会议（全体会议）讨论的原因和发现途径'),
});

/** 论证审查 → 集体讨论决定 → 公布 → 办结; a decision not adopted goes straight to 办结 once archived. */
export const decisionWorkflow = defineWorkflow<DecisionFacts>()({
  entity: 'decisions.decision',
  states: decisionStates,
  steps: {
    deliberate: {
      label: '登记集体讨论决定',
      from: ['preparing'],
      to: (input) => (input.outcome === 'rejected' ? 'notAdopted' : 'decided'),
      input: deliberateInput,
      stateReasons: { decided: alreadyDecided, published: alreadyDecided, notAdopted: alreadyDecided, closed: alreadyDecided },
      guard: deliberationProblems,
      check: (f, i) => [
        // The meeting weighs the opinions heard (条例第十八条), so it waits until the period for them closed.
        ...(f.steps.publicComment === 'done' && f.commentEndOn && i.meetingOn <= f.commentEndOn ? ['听取意见期限尚未届满，不能集体讨论决定'] : []),
        ...(f.reviewConcludedOn && i.meetingOn < f.reviewConcludedOn ? ['会议日期早于合法性审查意见出具日期'] : []),
      ],
    },
    recordUndeliberated: {
      label: '登记未经集体讨论作出的决定',
      from: ['preparing'],
      to: 'decided',
      input: recordUndeliberatedInput,
      danger: true,
      stateReasons: { decided: alreadyDecided, published: alreadyDecided, notAdopted: alreadyDecided, closed: alreadyDecided },
    },
    publish: {
      label: '公布',
      from: ['decided'],
      to: 'published',
      input: z.object({
        publishedOn: dateField('公布日期'),
        channel: publicationChannels.field('公布渠道'),
        documentNumber: textField('文号', 60).optional(),
        adoptionExplanation: textField('公众意见采纳情况说明', 2000).optional(),
      }),
      stateReasons: { preparing: '尚未集体讨论决定，不能公布', notAdopted: '决策未获通过，不能公布', published: alreadyPublished, closed: alreadyPublished },
      check: (f, i) => (f.decidedOn && i.publishedOn < f.decidedOn ? ['公布日期早于作出决定日期'] : []),
    },
    close: {
      label: '办结',
      from: ['published', 'notAdopted'],
      to: 'closed',
      input: z.object({ closedOn: dateField('办结日期') }),
      stateReasons: { preparing: '尚未集体讨论决定，不能办结', decided: '决策尚未公布，不能办结', closed: '决策已办结' },
      guard: (f) => [
        // 条例第三十四条: the execution unit reports how the decision is carried out.
        ...(f.state === 'published' && f.executionReports === 0 ? ['尚无决策执行情况报告，不能办结'] : []),
        // 条例第三十六条: 决策后评估, or the reason it is not made.
        ...(f.state === 'published' && f.steps.postEvaluation === 'pending' ? ['尚未开展决策后评估，也未说明不开展的理由，不能办结'] : []),
        // 条例第三十三条: the process records and materials are archived.
        ...(f.steps.archive !== 'done' ? ['决策过程记录和材料尚未归档，不能办结'] : []),
      ],
    },
  },
});
export type DecisionTransition = (typeof decisionWorkflow.names)[number];

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

export type CatalogueFacts = { state: CatalogueState; itemCount: number; approvedOn: string | null };

/** 草拟 → 审定 (after the Party committee agreed) → 公布 (条例第三条: 决策事项目录经同级党委同意后向社会公布). */
export const catalogueWorkflow = defineWorkflow<CatalogueFacts>()({
  entity: 'decisions.catalogue',
  states: catalogueStates,
  steps: {
    approve: {
      label: '审定',
      from: ['draft'],
      to: 'approved',
      input: z.object({
        partyCommitteeAgreedOn: dateField('同级党委同意日期'),
        partyCommitteeNote: hinted(textField('党委同意情况', 200), '如：经区委常委会会议研究同意'),
        approvedOn: dateField('审定日期'),
      }),
      guard: (f) => (f.itemCount === 0 ? ['目录尚无决策事项，不能审定'] : []),
      check: (_f, i) => (i.partyCommitteeAgreedOn > i.approvedOn ? ['目录应经同级党委同意后审定：党委同意日期晚于审定日期'] : []),
    },
    publish: {
      label: '公布',
      from: ['approved'],
      to: 'published',
      input: z.object({ publishedOn: dateField('公布日期'), channel: publicationChannels.field('公布渠道') }),
      stateReasons: { draft: '目录尚未审定，不能公布' },
      check: (f, i) => (f.approvedOn && i.publishedOn < f.approvedOn ? ['公布日期早于审定日期'] : []),
    },
  },
});
export type CatalogueTransition = (typeof catalogueWorkflow.names)[number];

/* ----------------------------------------------------------------- 街道重大事项 */

export const matterStates = codeTable(
  [
    { code: 'pending', label: '待会议决定' },
    { code: 'decided', label: '已决定' },
  ],
  '事项状态',
);
export type MatterState = (typeof matterStates.codes)[number];

export type MatterFacts = { state: MatterState; category: MatterCategory; reviewPassed: boolean; reviewConcludedOn: string | null };

/** Whether the matter is a 涉法事项 that its meeting decides only after a legality review (not 人事任免 and the like). */
export const matterNeedsReview = (category: MatterCategory) => reviewedMatterCategories.includes(category);

/**
 * 待会议决定 → 已决定. A 涉法事项 goes to the meeting after a passed 合法性审查; when the meeting decided one without it,
 * the 司法所 records that as it happened, with the circumstances, and 街道审查覆盖率 counts the gap.
 */
export const matterWorkflow = defineWorkflow<MatterFacts>()({
  entity: 'decisions.matter',
  states: matterStates,
  steps: {
    decide: {
      label: '登记会议决定',
      from: ['pending'],
      to: 'decided',
      input: z.object({
        meetingOn: dateField('会议日期'),
        meetingName: hinted(textField('会议名称', 100), '如：党工委会议、主任办公会议'),
        decisionText: textField('会议决定', 2000),
        judicialOfficeHeadAttended: booleanField('司法所负责人是否列席'),
        unreviewedNote: hinted(textField('未经合法性审查的情况说明', 2000), '涉法事项未经合法性审查即作出会议决定的，如实说明情况').optional(),
      }),
      check: (f, i) => {
        if (!matterNeedsReview(f.category)) return [];
        if (!f.reviewPassed) {
          return i.unreviewedNote ? [] : [`${matterCategories.label(f.category)}事项尚未通过合法性审查，不能登记会议决定；会议已未经审查作出决定的，请如实填写未经合法性审查的情况说明`];
        }
        return f.reviewConcludedOn && i.meetingOn < f.reviewConcludedOn ? ['会议日期早于合法性审查意见出具日期'] : [];
      },
    },
  },
});
export type MatterTransition = (typeof matterWorkflow.names)[number];
