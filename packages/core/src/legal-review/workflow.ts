import { z } from 'zod';
import { addCalendarDays, addWorkingDays, isWorkday, type IsoDate } from '../calendar/working-days.js';
import { deadlineRules } from '../calendar/rules.js';
import { codeTable } from '../register/code-table.js';
import { described } from '../register/field-meta.js';
import { booleanField, dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { reviewOpinions, type ReviewSubjectKind } from './codes.js';

/**
 * 已受理 → 审核中 ⇄ 补充材料 → 已出具意见 (then 采纳情况); before the opinion the submitting unit may 撤回, and
 * the reviewer may 退回/不予审核 (materials not as required, or not a matter for legality review).
 */
export const reviewStates = codeTable(
  [
    { code: 'received', label: '已受理' },
    { code: 'reviewing', label: '审核中' },
    { code: 'supplementing', label: '补充材料' },
    { code: 'concluded', label: '已出具意见' },
    { code: 'withdrawn', label: '已撤回' },
    { code: 'returned', label: '已退回（不予审核）' },
    { code: 'notNormative', label: '经认定不属于规范性文件' },
  ],
  '审核状态',
);
export type ReviewState = (typeof reviewStates.codes)[number];

/** Why a request went back without an opinion. */
export const returnKinds = codeTable(
  [
    { code: 'materials', label: '材料不符合要求，退回' },
    { code: 'notReviewable', label: '不属于合法性审核范围，不予审核' },
  ],
  '退回类型',
);

/** States in which the review clock runs (补充材料 pauses it). */
export const runningStates: readonly ReviewState[] = ['received', 'reviewing'];
export const openStates: readonly ReviewState[] = ['received', 'reviewing', 'supplementing'];

/** Facts the guards read; the server fills them from the request and its assignees. */
export type ReviewFacts = {
  state: ReviewState;
  subjectKind: ReviewSubjectKind;
  receivedOn: IsoDate;
  dueOn: IsoDate;
  pausedWorkingDays: number;
  supplementRequestedOn: IsoDate | null;
  adopted: boolean | null;
  /** An adviser is assigned, or one is chosen from the roster on the request. */
  adviserTookPart: boolean;
};

const notBefore = (date: IsoDate, floor: IsoDate, what: string) => (date < floor ? [`${what}不能早于${floor}`] : []);
const notConcluded = '尚未出具审核意见，不能登记采纳情况';

/**
 * The reviewer side (司法/法制机构 officer, or an assigned 法律顾问/公职律师) takes its steps with `transition`;
 * the submitting unit's own steps (撤回, 采纳情况) need `update` in the request's unit.
 */
export const reviewWorkflow = defineWorkflow<ReviewFacts>()({
  entity: 'legalReview.request',
  states: reviewStates,
  steps: {
    /**
     * 认定: whether a draft sent as a 规范性文件 is one at all comes first (国办发〔2018〕115号 审核内容 “是否属于行政规范性文件”).
     * Not one: the request ends as such, without an opinion, and the draft leaves the 规范性文件 track.
     */
    determine: {
      label: '认定是否属于规范性文件',
      from: ['received'],
      to: (i) => (i.isNormativeDocument ? 'reviewing' : 'notNormative'),
      input: z
        .object({
          determinedOn: dateField('认定日期'),
          isNormativeDocument: booleanField('是否属于行政规范性文件'),
          determinationNote: described(textField('认定理由', 1000).optional(), { label: '认定理由', kind: 'longText', help: '认定不属于规范性文件的，须说明理由' }),
        })
        .superRefine((v, ctx) => {
          if (v.isNormativeDocument === false && !v.determinationNote) ctx.addIssue({ code: 'custom', path: ['determinationNote'], message: '认定不属于规范性文件的，请说明理由' });
        }),
      guard: (f) => (f.subjectKind === 'normativeDocument' ? [] : ['只有送审的行政规范性文件需要认定是否属于规范性文件']),
      check: (f, i) => notBefore(i.determinedOn, f.receivedOn, '认定日期'),
    },
    startReview: {
      label: '开始审核',
      from: ['received'],
      to: 'reviewing',
      input: z.object({}),
      guard: (f) => (f.subjectKind === 'normativeDocument' ? ['行政规范性文件须先认定是否属于规范性文件，认定属于的即进入审核'] : []),
    },
    requestMaterials: {
      label: '通知补充材料',
      from: ['reviewing'],
      to: 'supplementing',
      input: z.object({ supplementRequestedOn: dateField('通知补充材料日期'), supplementNote: textField('需补充的材料', 1000) }),
      check: (f, i) => notBefore(i.supplementRequestedOn, f.receivedOn, '通知补充材料日期'),
    },
    resumeReview: {
      label: '材料已补齐，恢复审核',
      from: ['supplementing'],
      to: 'reviewing',
      input: z.object({ suppliedOn: dateField('材料补齐日期') }),
      check: (f, i) => notBefore(i.suppliedOn, f.supplementRequestedOn ?? f.receivedOn, '材料补齐日期'),
    },
    extend: {
      label: '延长审核期限',
      from: ['received', 'reviewing', 'supplementing'],
      input: z.object({ extendedDueOn: dateField('延长后的审核期限'), extensionReason: textField('延长理由', 500) }),
      guard: (f) => (f.subjectKind === 'normativeDocument' ? [] : ['只有行政规范性文件的合法性审核可以延长审核期限']),
      check: (f, i) => {
        const max = extensionLimit(f);
        if (i.extendedDueOn <= f.dueOn) return [`延长后的审核期限应晚于现审核期限${f.dueOn}`];
        if (i.extendedDueOn > max) return [`规范性文件合法性审核最长不超过${deadlineRules['legalReview.normativeDocumentMax'].value}个工作日（自受理起算，扣除补充材料时间），最迟为${max}`];
        return [];
      },
    },
    conclude: {
      label: '出具审核意见',
      from: ['reviewing'],
      to: 'concluded',
      input: z.object({
        opinion: reviewOpinions.field('审核意见'),
        concludedOn: dateField('出具意见日期'),
        opinionText: textField('审核意见书', 5000),
      }),
      stateReasons: { received: '尚未开始审核，不能出具审核意见', supplementing: '补充材料尚未补齐，不能出具审核意见：请先恢复审核' },
      check: (f, i) => [
        ...notBefore(i.concludedOn, f.receivedOn, '出具意见日期'),
        // 《重大行政决策程序暂行条例》第二十八条: 在合法性审查过程中，应当组织法律顾问、公职律师提出法律意见.
        ...(f.subjectKind === 'majorDecision' && !f.adviserTookPart ? ['重大行政决策的合法性审查须有法律顾问或公职律师参与：请先指派法律顾问，或在送审事项中选择法律顾问'] : []),
      ],
    },
    recordAdoption: {
      label: '登记采纳情况',
      action: 'update',
      from: ['concluded'],
      input: z
        .object({
          adopted: booleanField('是否采纳'),
          adoptionNote: described(textField('采纳情况说明', 1000).optional(), { label: '采纳情况说明', kind: 'longText', help: '未采纳的，请说明理由' }),
        })
        .superRefine((v, ctx) => {
          if (v.adopted === false && !v.adoptionNote) ctx.addIssue({ code: 'custom', path: ['adoptionNote'], message: '未采纳审核意见的，请说明理由' });
        }),
      stateReasons: {
        received: notConcluded,
        reviewing: notConcluded,
        supplementing: notConcluded,
        withdrawn: notConcluded,
        returned: '已退回（不予审核）的事项没有审核意见，不能登记采纳情况',
        notNormative: '经认定不属于规范性文件的事项没有审核意见，不能登记采纳情况',
      },
      guard: (f) => (f.adopted === null ? [] : ['采纳情况已登记']),
    },
    /**
     * 退回/不予审核: the reviewer gives no opinion. 《重大行政决策程序暂行条例》第二十六条第一款: 提供的材料不符合要求的，
     * 负责合法性审查的部门可以退回，或者要求补充; likewise a matter that is not for legality review (e.g. not a
     * 规范性文件) is not reviewed. The request leaves the 按期办结率 (no opinion) and the submitter may send it again.
     */
    returnRequest: {
      label: '退回/不予审核',
      danger: true,
      from: ['received', 'reviewing', 'supplementing'],
      to: 'returned',
      input: z.object({
        returnKind: returnKinds.field('退回类型'),
        returnedOn: dateField('退回日期'),
        returnReason: textField('退回理由', 1000),
      }),
      check: (f, i) => notBefore(i.returnedOn, f.receivedOn, '退回日期'),
    },
    withdraw: {
      label: '撤回',
      danger: true,
      action: 'update',
      from: ['received', 'reviewing', 'supplementing'],
      to: 'withdrawn',
      input: z.object({ withdrawnOn: dateField('撤回日期'), withdrawalReason: textField('撤回理由', 500) }),
      check: (f, i) => notBefore(i.withdrawnOn, f.receivedOn, '撤回日期'),
    },
  },
});
export type ReviewStep = (typeof reviewWorkflow.names)[number];

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
