import { z } from 'zod';
import type { Action } from '../access/roles.js';
import { codeTable } from '../register/code-table.js';
import { dateField, idField, textField } from '../validators/zod.js';
import { deliberationDecisions, publicationChannels } from './codes.js';

/**
 * 立项 → 起草 → 征求意见 → 合法性审核 → 集体讨论 → 签发 → 统一登记 → 统一编号并印发 → 公布 → 备案 → 施行
 * → 清理/评估: 继续有效 (stays in force) · 修改 · 废止 · 失效.
 */
export const documentStates = codeTable(
  [
    { code: 'proposed', label: '立项' },
    { code: 'drafting', label: '起草' },
    { code: 'publicComment', label: '征求意见' },
    { code: 'underReview', label: '合法性审核' },
    { code: 'deliberated', label: '集体讨论' },
    { code: 'signed', label: '签发' },
    { code: 'registered', label: '统一登记' },
    { code: 'issued', label: '统一编号印发' },
    { code: 'published', label: '公布' },
    { code: 'filed', label: '备案' },
    { code: 'inForce', label: '施行' },
    { code: 'amended', label: '已修改' },
    { code: 'repealed', label: '已废止' },
    { code: 'expired', label: '已失效' },
  ],
  '文件状态',
);
export type DocumentState = (typeof documentStates.codes)[number];

const reason = (label: string) => textField(label, 1000);

export const documentTransitionInputs = {
  startDrafting: z.object({ draftingUnitName: textField('起草单位', 100), draftingNotes: textField('起草说明', 4000).optional() }),
  startPublicComment: z
    .object({ publicCommentStartsOn: dateField('征求意见开始日期'), publicCommentEndsOn: dateField('征求意见截止日期') })
    .refine((v) => v.publicCommentEndsOn >= v.publicCommentStartsOn, { path: ['publicCommentEndsOn'], message: '征求意见截止日期不能早于开始日期' }),
  submitForReview: z.object({}),
  returnToDrafting: z.object({ returnReason: reason('退回原因') }),
  deliberate: z.object({
    meetingName: textField('会议名称', 100),
    meetingOn: dateField('会议日期'),
    deliberationDecision: deliberationDecisions.schema,
    deliberationNote: textField('会议纪要要点', 2000).optional(),
  }),
  sign: z.object({ signedOn: dateField('签发日期'), signerName: textField('签发人', 30) }),
  register: z.object({ registrationNumber: textField('登记号', 60), registeredOn: dateField('登记日期') }),
  issue: z.object({ issuedOn: dateField('印发日期') }),
  publish: z.object({ publishedOn: dateField('公布日期'), publicationChannel: publicationChannels.schema }),
  file: z.object({ filedOn: dateField('报送备案日期'), filedWith: textField('备案机关', 100) }),
  enterIntoForce: z.object({ effectiveOn: dateField('施行日期') }),
  evaluate: z.object({ evaluatedOn: dateField('评估日期'), evaluationNote: reason('评估结论') }),
  amend: z.object({ endedOn: dateField('修改日期'), endReason: reason('修改理由'), newVersionId: idField }),
  repeal: z.object({ endedOn: dateField('废止日期'), endReason: reason('废止理由') }),
  expire: z.object({ endedOn: dateField('失效日期'), endReason: reason('失效理由') }),
} as const;

export type DocumentTransition = keyof typeof documentTransitionInputs;

/** What the guards look at: the record plus the linked review and its comments. */
export type DocumentFacts = {
  state: DocumentState;
  review: 'none' | 'pending' | 'failed' | 'passed';
  deliberationDecision: string | null;
  registrationNumber: string | null;
  docNumber: string | null;
  publishedOn: string | null;
  unhandledComments: number;
  publicCommentEndsOn: string | null;
  today: string;
};

type TransitionDef = {
  label: string;
  from: readonly DocumentState[];
  /** null: the step is recorded and the state stays (评估继续有效, 施行后备案). */
  to: DocumentState | null;
  action: Extract<Action, 'transition' | 'approve'>;
  /** Chinese reasons, each naming the missing step, why the transition may not fire now. */
  guard?: (facts: DocumentFacts) => string[];
};

function needsReview(f: DocumentFacts, step: string): string[] {
  if (f.review === 'passed') return [];
  if (f.review === 'failed') return [`合法性审核意见为不合法，不能${step}`];
  if (f.review === 'pending') return [`合法性审核尚未办结，不能${step}`];
  return [`尚未通过合法性审核，不能${step}`];
}

function needsDeliberation(f: DocumentFacts, step: string): string[] {
  if (!f.deliberationDecision) return [`尚未经集体讨论，不能${step}`];
  if (f.deliberationDecision === 'rejected') return [`集体讨论未通过，不能${step}`];
  return [];
}

const lawfulAndDecided = (step: string) => (f: DocumentFacts) => [...needsReview(f, step), ...needsDeliberation(f, step)];

export const documentTransitions: Record<DocumentTransition, TransitionDef> = {
  startDrafting: { label: '开始起草', from: ['proposed'], to: 'drafting', action: 'transition' },
  startPublicComment: { label: '公开征求意见', from: ['drafting'], to: 'publicComment', action: 'transition' },
  submitForReview: {
    label: '提交合法性审核',
    from: ['publicComment'],
    to: 'underReview',
    action: 'transition',
    guard: (f) => [
      ...(f.publicCommentEndsOn && f.today <= f.publicCommentEndsOn ? [`征求意见期至${f.publicCommentEndsOn}届满，期满后方可提交合法性审核`] : []),
      ...(f.unhandledComments > 0 ? [`尚有${f.unhandledComments}条征求意见未登记采纳情况，不能提交合法性审核`] : []),
    ],
  },
  returnToDrafting: { label: '退回修改', from: ['publicComment', 'underReview', 'deliberated'], to: 'drafting', action: 'transition' },
  deliberate: { label: '登记集体讨论', from: ['underReview'], to: 'deliberated', action: 'transition', guard: (f) => needsReview(f, '提交集体讨论') },
  sign: { label: '签发', from: ['deliberated'], to: 'signed', action: 'approve', guard: lawfulAndDecided('签发') },
  register: { label: '统一登记', from: ['signed'], to: 'registered', action: 'transition', guard: lawfulAndDecided('统一登记') },
  issue: {
    label: '统一编号并印发',
    from: ['registered'],
    to: 'issued',
    action: 'transition',
    guard: (f) => [...lawfulAndDecided('统一编号')(f), ...(f.registrationNumber ? [] : ['尚未统一登记，不能统一编号'])],
  },
  publish: {
    label: '公布',
    from: ['issued'],
    to: 'published',
    action: 'transition',
    guard: (f) => [
      ...lawfulAndDecided('公布')(f),
      ...(f.registrationNumber ? [] : ['尚未统一登记，不能公布']),
      ...(f.docNumber ? [] : ['尚未统一编号，不能公布']),
    ],
  },
  file: { label: '报送备案', from: ['published', 'inForce'], to: null, action: 'transition', guard: (f) => (f.publishedOn ? [] : ['尚未公布，不能报送备案']) },
  enterIntoForce: { label: '施行', from: ['published', 'filed'], to: 'inForce', action: 'transition', guard: (f) => (f.publishedOn ? [] : ['尚未公布，不能施行']) },
  evaluate: { label: '评估：继续有效', from: ['inForce'], to: null, action: 'transition' },
  amend: { label: '修改（由新文件替代）', from: ['inForce'], to: 'amended', action: 'transition' },
  repeal: { label: '废止', from: ['inForce'], to: 'repealed', action: 'transition' },
  expire: { label: '宣布失效', from: ['inForce'], to: 'expired', action: 'transition' },
};

/** The state after a transition: filing a document already in force leaves it in force. */
export function stateAfter(name: DocumentTransition, from: DocumentState): DocumentState {
  if (name === 'file') return from === 'inForce' ? 'inForce' : 'filed';
  return documentTransitions[name].to ?? from;
}

/** Transitions from this state that the actor's actions allow (the detail page shows them as buttons). */
export function availableDocumentTransitions(state: DocumentState, may: (action: 'transition' | 'approve') => boolean): DocumentTransition[] {
  return (Object.keys(documentTransitions) as DocumentTransition[]).filter((t) => documentTransitions[t].from.includes(state) && may(documentTransitions[t].action));
}

/**
 * Problems with firing `name` now. The statutory guards come first, so that an attempt to skip a step names the
 * missing step (publishing a draft: “尚未通过合法性审核，不能公布”) rather than only the state.
 */
export function documentTransitionProblems(name: DocumentTransition, facts: DocumentFacts): { kind: 'guard' | 'state'; problems: string[] } {
  const def = documentTransitions[name];
  const guard = def.guard?.(facts) ?? [];
  if (guard.length) return { kind: 'guard', problems: guard };
  if (!def.from.includes(facts.state)) return { kind: 'state', problems: [`“${documentStates.label(facts.state)}”状态下不能${def.label}`] };
  return { kind: 'guard', problems: [] };
}
