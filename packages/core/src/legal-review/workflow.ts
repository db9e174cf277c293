import { z } from 'zod';
import { addCalendarDays, addWorkingDays, isWorkday, type IsoDate } from '../calendar/working-days.js';
import { deadlineRules } from '../calendar/rules.js';
import { codeTable } from '../register/code-table.js';
import { dateField, textField } from '../validators/zod.js';
import { reviewOpinions, type ReviewSubjectKind } from './codes.js';

/** 已受理 → 审核中 ⇄ 补充材料 → 已出具意见 (then 采纳情况); 撤回 before the opinion. */
export const reviewStates = codeTable(
  [
    { code: 'received', label: '已受理' },
    { code: 'reviewing', label: '审核中' },
    { code: 'supplementing', label: '补充材料' },
    { code: 'concluded', label: '已出具意见' },
    { code: 'withdrawn', label: '已撤回' },
  ],
  '审核状态',
);
export type ReviewState = (typeof reviewStates.codes)[number];

/** States in which the review clock runs (补充材料 pauses it). */
export const runningStates: readonly ReviewState[] = ['received', 'reviewing'];
export const openStates: readonly ReviewState[] = ['received', 'reviewing', 'supplementing'];

export const reviewTransitionInputs = {
  startReview: z.object({}),
  requestMaterials: z.object({ supplementRequestedOn: dateField('通知补充材料日期'), supplementNote: textField('需补充的材料', 1000) }),
  resumeReview: z.object({ suppliedOn: dateField('材料补齐日期') }),
  extend: z.object({ extendedDueOn: dateField('延长后的审核期限'), extensionReason: textField('延长理由', 500) }),
  conclude: z.object({
    opinion: reviewOpinions.schema,
    opinionText: textField('审核意见', 5000),
    concludedOn: dateField('出具意见日期'),
    adviserNames: textField('参与的法律顾问/公职律师', 100).optional(),
  }),
  recordAdoption: z
    .object({ adopted: z.boolean({ error: '请选择是否采纳' }), adoptionNote: textField('采纳情况说明', 1000).optional() })
    .superRefine((v, ctx) => {
      if (v.adopted === false && !v.adoptionNote) ctx.addIssue({ code: 'custom', path: ['adoptionNote'], message: '未采纳审核意见的，请说明理由' });
    }),
  withdraw: z.object({ withdrawnOn: dateField('撤回日期'), withdrawalReason: textField('撤回理由', 500) }),
} as const;

export type ReviewTransition = keyof typeof reviewTransitionInputs;

/**
 * Who fires a step: the reviewer side (司法/法制机构 officer or an assigned 法律顾问/公职律师) needs `transition`;
 * the submitting unit's steps (撤回, 采纳情况) need `update` in the request's unit.
 */
export type ReviewSide = 'reviewer' | 'submitter';

export type ReviewFacts = {
  state: ReviewState;
  subjectKind: ReviewSubjectKind;
  receivedOn: IsoDate;
  dueOn: IsoDate;
  pausedWorkingDays: number;
  supplementRequestedOn: IsoDate | null;
  adopted: boolean | null;
  /** An assigned adviser, recorded adviser names, or names given with this step. */
  adviserTookPart: boolean;
};

type TransitionDef = {
  label: string;
  side: ReviewSide;
  from: readonly ReviewState[];
  /** Absent when the step records something without moving the state. */
  to?: ReviewState;
  guard?: (facts: ReviewFacts, input: Record<string, unknown>) => string[];
};

const notBefore = (date: unknown, floor: IsoDate, what: string) => (typeof date === 'string' && date < floor ? [`${what}不能早于${floor}`] : []);

export const reviewTransitions: Record<ReviewTransition, TransitionDef> = {
  startReview: { label: '开始审核', side: 'reviewer', from: ['received'], to: 'reviewing' },
  requestMaterials: {
    label: '通知补充材料',
    side: 'reviewer',
    from: ['reviewing'],
    to: 'supplementing',
    guard: (f, i) => notBefore(i.supplementRequestedOn, f.receivedOn, '通知补充材料日期'),
  },
  resumeReview: {
    label: '材料已补齐，恢复审核',
    side: 'reviewer',
    from: ['supplementing'],
    to: 'reviewing',
    guard: (f, i) => notBefore(i.suppliedOn, f.supplementRequestedOn ?? f.receivedOn, '材料补齐日期'),
  },
  extend: {
    label: '延长审核期限',
    side: 'reviewer',
    from: ['received', 'reviewing', 'supplementing'],
    guard: (f, i) => {
      if (f.subjectKind !== 'normativeDocument') return ['只有行政规范性文件的合法性审核可以延长审核期限'];
      const to = String(i.extendedDueOn);
      const max = extensionLimit(f);
      if (to <= f.dueOn) return [`延长后的审核期限应晚于现审核期限${f.dueOn}`];
      if (to > max) return [`规范性文件合法性审核最长不超过${deadlineRules['legalReview.normativeDocumentMax'].value}个工作日（自受理起算，扣除补充材料时间），最迟为${max}`];
      return [];
    },
  },
  conclude: {
    label: '出具审核意见',
    side: 'reviewer',
    from: ['reviewing'],
    to: 'concluded',
    guard: (f, i) => {
      const problems = i.opinion ? [] : ['尚未选择审核意见（合法、修改后合法或不合法），不能出具审核意见'];
      problems.push(...notBefore(i.concludedOn, f.receivedOn, '出具意见日期'));
      // 《重大行政决策程序暂行条例》第二十七条: 合法性审查应当组织法律顾问、公职律师提出法律意见.
      if (f.subjectKind === 'majorDecision' && !f.adviserTookPart && !i.adviserNames) {
        problems.push('重大行政决策的合法性审查须有法律顾问或公职律师参与：请先指派法律顾问，或填写参与的法律顾问/公职律师');
      }
      return problems;
    },
  },
  recordAdoption: {
    label: '登记采纳情况',
    side: 'submitter',
    from: ['concluded'],
    guard: (f) => (f.adopted === null ? [] : ['采纳情况已登记']),
  },
  withdraw: {
    label: '撤回',
    side: 'submitter',
    from: ['received', 'reviewing', 'supplementing'],
    to: 'withdrawn',
    guard: (f, i) => notBefore(i.withdrawnOn, f.receivedOn, '撤回日期'),
  },
};

/** Transitions defined from this state (the detail page shows those the user may fire as buttons). */
export function availableReviewTransitions(state: ReviewState): ReviewTransition[] {
  return (Object.keys(reviewTransitions) as ReviewTransition[]).filter((t) => reviewTransitions[t].from.includes(state));
}

export function reviewTransitionProblems(name: ReviewTransition, facts: ReviewFacts, input: Record<string, unknown>): string[] {
  const def = reviewTransitions[name];
  if (!def.from.includes(facts.state)) {
    if (name === 'conclude' && facts.state === 'received') return ['尚未开始审核，不能出具审核意见'];
    if (name === 'conclude' && facts.state === 'supplementing') return ['补充材料尚未补齐，不能出具审核意见：请先恢复审核'];
    if (name === 'recordAdoption') return ['尚未出具审核意见，不能登记采纳情况'];
    return [`“${reviewStates.label(facts.state)}”状态下不能${def.label}`];
  }
  return def.guard?.(facts, input) ?? [];
}

/** Working days strictly after `from` up to and including `to`: how long the clock stood still. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkday(d)) n++;
  return n;
}

/** The due date after the clock stood still from `requestedOn` until `suppliedOn`. */
export function dueAfterPause(dueOn: IsoDate, requestedOn: IsoDate, suppliedOn: IsoDate): { dueOn: IsoDate; paused: number } {
  const paused = workingDaysBetween(requestedOn, suppliedOn);
  return { dueOn: paused > 0 ? addWorkingDays(dueOn, paused) : dueOn, paused };
}

/** The latest a normative document's review may be extended to: 15 working days from receipt plus the paused days. */
export function extensionLimit(f: Pick<ReviewFacts, 'receivedOn' | 'pausedWorkingDays'>): IsoDate {
  return addWorkingDays(f.receivedOn, deadlineRules['legalReview.normativeDocumentMax'].value + f.pausedWorkingDays);
}
