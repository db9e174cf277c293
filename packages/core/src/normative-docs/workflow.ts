import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { described } from '../register/field-meta.js';
import { dateField, idField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { campaignStates, deliberationDecisions, publicationChannels } from './codes.js';
import { commentPeriodProblem } from './validity.js';

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
    { code: 'notNormative', label: '经认定不属于规范性文件' },
  ],
  '文件状态',
);
export type DocumentState = (typeof documentStates.codes)[number];

const reason = (label: string) => textField(label, 1000);
const longText = (schema: z.ZodType, label: string) => described(schema, { label, kind: 'longText' });
const helped = (label: string, help: string) => described(dateField(label), { label, kind: 'date', help });

/** What the guards look at: the record plus the linked review and its comments. */
export type DocumentFacts = {
  state: DocumentState;
  /** `notNormative`: the review's first step found the draft is not a 规范性文件 (legal-review `determine`). */
  review: 'none' | 'pending' | 'failed' | 'passed' | 'notNormative';
  concernsMarketEntities: boolean;
  deliberationDecision: string | null;
  meetingOn: string | null;
  signedOn: string | null;
  registrationNumber: string | null;
  registeredOn: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  publishedOn: string | null;
  /** Set once 报送备案 is done: it is done once. */
  filedOn?: string | null;
  unhandledComments: number;
  publicCommentEndsOn: string | null;
  today: string;
};

function needsReview(f: DocumentFacts, step: string): string[] {
  if (f.review === 'passed') return [];
  if (f.review === 'failed') return [`合法性审核意见为不合法，不能${step}`];
  if (f.review === 'notNormative') return [`经合法性审核认定不属于行政规范性文件，不能按规范性文件${step}`];
  if (f.review === 'pending') return [`合法性审核尚未办结，不能${step}`];
  return [`尚未通过合法性审核，不能${step}`];
}

function needsDeliberation(f: DocumentFacts, step: string): string[] {
  if (!f.deliberationDecision) return [`尚未经集体讨论，不能${step}`];
  if (f.deliberationDecision === 'rejected') return [`集体讨论未通过，不能${step}`];
  return [];
}

const lawfulAndDecided = (step: string) => (f: DocumentFacts) => [...needsReview(f, step), ...needsDeliberation(f, step)];
const published = (step: string) => (f: DocumentFacts) => (f.publishedOn ? [] : [`尚未公布，不能${step}`]);

/** A step's date may not precede the earlier step's (the reason names both dates). */
const notBefore = (date: string, earlier: string | null, what: string) => (earlier && date < earlier ? [`${what}（${earlier}）`] : []);

/**
 * The statutory guards are judged before the state (`guardFirst`), so that an attempt to skip a step names the
 * missing step (publishing a draft: “尚未通过合法性审核，不能公布”) rather than only the state.
 * 签发 is the leader's `approve`; every other step is `transition`.
 */
export const documentWorkflow = defineWorkflow<DocumentFacts>()({
  entity: 'normativeDocs.document',
  states: documentStates,
  steps: {
    startDrafting: {
      label: '开始起草',
      from: ['proposed'],
      to: 'drafting',
      input: z.object({ draftingUnitName: textField('起草单位', 100), draftingNotes: longText(textField('起草说明', 4000).optional(), '起草说明') }),
    },
    startPublicComment: {
      label: '公开征求意见',
      from: ['drafting'],
      to: 'publicComment',
      input: z
        .object({ publicCommentStartsOn: dateField('征求意见开始日期'), publicCommentEndsOn: helped('征求意见截止日期', '不少于7个工作日；涉及市场主体的不少于30日') })
        .refine((v) => v.publicCommentEndsOn >= v.publicCommentStartsOn, { path: ['publicCommentEndsOn'], message: '征求意见截止日期不能早于开始日期' }),
      check: (f, i) => {
        const problem = commentPeriodProblem(i.publicCommentStartsOn, i.publicCommentEndsOn, f.concernsMarketEntities);
        return problem ? [problem] : [];
      },
    },
    // Not “提交/提请合法性审核”: that button (the review card) sends the review request itself.
    submitForReview: {
      label: '转入合法性审核环节',
      from: ['publicComment'],
      to: 'underReview',
      input: z.object({}),
      guardFirst: true,
      guard: (f) => [
        ...(f.publicCommentEndsOn && f.today <= f.publicCommentEndsOn ? [`征求意见期至${f.publicCommentEndsOn}届满，期满后方可提交合法性审核`] : []),
        ...(f.unhandledComments > 0 ? [`尚有${f.unhandledComments}条征求意见未登记采纳情况，不能提交合法性审核`] : []),
      ],
    },
    /** The review found the draft is not a 规范性文件: it leaves this track (it may still go out as another 公文). */
    leaveTrack: {
      label: '退出规范性文件制定程序',
      danger: true,
      from: ['underReview'],
      to: 'notNormative',
      input: z.object({}),
      guard: (f) => (f.review === 'notNormative' ? [] : ['只有经合法性审核认定不属于规范性文件的，才能退出规范性文件制定程序']),
    },
    returnToDrafting: {
      label: '退回修改',
      danger: true,
      from: ['publicComment', 'underReview', 'deliberated'],
      to: 'drafting',
      input: z.object({ returnReason: longText(reason('退回原因'), '退回原因') }),
    },
    deliberate: {
      label: '登记集体讨论',
      from: ['underReview'],
      to: 'deliberated',
      input: z.object({
        meetingName: textField('会议名称', 100),
        meetingOn: dateField('会议日期'),
        deliberationDecision: deliberationDecisions.field('集体讨论决定'),
        deliberationNote: longText(textField('会议纪要要点', 2000).optional(), '会议纪要要点'),
      }),
      guardFirst: true,
      guard: (f) => needsReview(f, '提交集体讨论'),
    },
    sign: {
      label: '签发',
      action: 'approve',
      from: ['deliberated'],
      to: 'signed',
      input: z.object({ signedOn: dateField('签发日期'), signerName: textField('签发人', 30) }),
      guardFirst: true,
      guard: lawfulAndDecided('签发'),
      check: (f, i) => notBefore(i.signedOn, f.meetingOn, '签发日期不能早于集体讨论日期'),
    },
    register: {
      label: '统一登记',
      from: ['signed'],
      to: 'registered',
      input: z.object({ registrationNumber: textField('登记号', 60), registeredOn: dateField('登记日期') }),
      guardFirst: true,
      guard: lawfulAndDecided('统一登记'),
      check: (f, i) => notBefore(i.registeredOn, f.signedOn, '登记日期不能早于签发日期'),
    },
    issue: {
      label: '统一编号并印发',
      from: ['registered'],
      to: 'issued',
      input: z.object({
        issuedOn: helped('印发日期', '文号按制定机关、发文代字和年度顺序编排'),
        // The organ's OA system numbers its other 公文 with the same 代字 too: the next free number is the default.
        numberSeq: described(z.int({ message: '文号序号应为整数' }).min(1, { message: '文号序号至少为1' }).max(99_999, { message: '文号序号不超过99999' }).optional(), {
          label: '文号序号',
          kind: 'integer',
          help: '默认为本机关该发文代字本年度的下一个序号；与办公系统编号衔接时可修改，同一代字同一年度内不能重复',
        }),
      }),
      guardFirst: true,
      guard: (f) => [...lawfulAndDecided('统一编号')(f), ...(f.registrationNumber ? [] : ['尚未统一登记，不能统一编号'])],
      check: (f, i) => notBefore(i.issuedOn, f.registeredOn, '印发日期不能早于登记日期'),
    },
    publish: {
      label: '公布',
      from: ['issued'],
      to: 'published',
      input: z.object({ publishedOn: dateField('公布日期'), publicationChannel: publicationChannels.field('公布载体') }),
      guardFirst: true,
      guard: (f) => [...lawfulAndDecided('公布')(f), ...(f.registrationNumber ? [] : ['尚未统一登记，不能公布']), ...(f.docNumber ? [] : ['尚未统一编号，不能公布'])],
      check: (f, i) => notBefore(i.publishedOn, f.issuedOn, '公布日期不能早于印发日期'),
    },
    file: {
      label: '报送备案',
      from: ['published', 'inForce'],
      // Filing a document already in force leaves it in force.
      to: (_i, f) => (f.state === 'inForce' ? 'inForce' : 'filed'),
      input: z.object({ filedOn: dateField('报送备案日期'), filedWith: textField('备案机关', 100) }),
      guardFirst: true,
      guard: (f) => [...published('报送备案')(f), ...(f.filedOn ? [`已于${f.filedOn}报送备案，不能重复报送`] : [])],
      check: (f, i) => notBefore(i.filedOn, f.publishedOn, '报送备案日期不能早于公布日期'),
    },
    enterIntoForce: {
      label: '施行',
      from: ['published', 'filed'],
      to: 'inForce',
      input: z.object({ effectiveOn: helped('施行日期', '有效期自施行之日起5年，暂行、试行的2年') }),
      guardFirst: true,
      guard: published('施行'),
      // Until that day the document is published but not yet in force (the public list shows documents in force only).
      check: (f, i) => [...notBefore(i.effectiveOn, f.publishedOn, '施行日期不能早于公布日期'), ...(i.effectiveOn > f.today ? [`施行日期${i.effectiveOn}尚未到来，请于施行之日登记施行`] : [])],
    },
    evaluate: {
      label: '评估：继续有效（重新公布）',
      from: ['inForce'],
      input: z.object({
        evaluatedOn: dateField('评估日期'),
        evaluationNote: longText(reason('评估结论'), '评估结论'),
        republishedOn: helped('重新公布日期', '继续有效的文件重新公布，有效期自重新公布之日起重新计算（5年，暂行、试行2年）'),
      }),
      check: (_f, i) => notBefore(i.republishedOn, i.evaluatedOn, '重新公布日期不能早于评估日期'),
    },
    amend: {
      label: '修改（由新文件替代）',
      from: ['inForce'],
      to: 'amended',
      input: z.object({ endedOn: dateField('修改日期'), endReason: longText(reason('修改理由'), '修改理由'), newVersionId: idField }),
    },
    repeal: { label: '废止', danger: true, from: ['inForce'], to: 'repealed', input: z.object({ endedOn: dateField('废止日期'), endReason: longText(reason('废止理由'), '废止理由') }) },
    expire: { label: '宣布失效', danger: true, from: ['inForce'], to: 'expired', input: z.object({ endedOn: dateField('失效日期'), endReason: longText(reason('失效理由'), '失效理由') }) },
  },
});
export type DocumentStep = (typeof documentWorkflow.names)[number];

// ---------------------------------------------------------------- 清理 campaigns

export type CampaignFacts = { state: (typeof campaignStates.codes)[number]; unconcluded: number };

/** 清理中 → 完成清理 (every conclusion takes effect on its document) → 公布清理结果 (the public lists). */
export const campaignWorkflow = defineWorkflow<CampaignFacts>()({
  entity: 'normativeDocs.campaign',
  states: campaignStates,
  steps: {
    close: {
      label: '完成清理（结论生效）',
      from: ['open'],
      to: 'closed',
      input: z.object({ closedOn: dateField('完成日期') }),
      guard: (f) => (f.unconcluded > 0 ? [`尚有${f.unconcluded}件文件未作出清理结论，不能完成清理`] : []),
    },
    publish: { label: '公布清理结果', from: ['closed'], to: 'published', input: z.object({ publishedOn: dateField('结果公布日期') }) },
  },
});
export type CampaignStep = (typeof campaignWorkflow.names)[number];
