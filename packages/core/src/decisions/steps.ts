import { z } from 'zod';
import { deadlineRules } from '../calendar/rules.js';
import { daysBetween } from '../calendar/working-days.js';
import { codeTable } from '../register/code-table.js';
import { described } from '../register/field-meta.js';
import { dateField, textField } from '../validators/zod.js';
import { evaluationTriggers, participationForms, riskLevels } from './codes.js';
import { hinted } from './hint.js';

/**
 * Procedure steps recorded on a decision one by one (POST …/steps/:step). 合法性审查 is not among them: it is the
 * linked review request's conclusion. 集体讨论决定 and 公布 are workflow transitions, since they change the state.
 */
export const recordedSteps = codeTable(
  [
    { code: 'publicComment', label: '公众参与' },
    { code: 'hearing', label: '听证' },
    { code: 'expertReview', label: '专家论证' },
    { code: 'riskAssessment', label: '风险评估' },
    { code: 'postEvaluation', label: '决策后评估' },
    { code: 'archive', label: '归档' },
  ],
  '决策程序',
);
export type RecordedStep = (typeof recordedSteps.codes)[number];

const commentRule = deadlineRules['decisions.publicComment'];
const hearingRule = deadlineRules['decisions.hearingMaterials'];

const notApplicable = (label: string) => z.object({ status: z.literal('notApplicable'), reason: textField(label, 500) });
const optionalText = (label: string, max: number) => textField(label, max).optional();
const count = <T extends z.ZodType>(schema: T, label: string) => described(schema, { label, kind: 'integer' });

/**
 * 公众参与 in the forms of 条例第十四条, over the days opinions were heard. The 30-day floor is 向社会公开征求意见's alone
 * (第十五条: 一般不少于30日; a shorter period needs its reason), as is publishing the draft through a stated channel.
 */
const publicCommentDone = z
  .object({
    status: z.literal('done'),
    forms: z
      .array(participationForms.schema)
      .min(1, { message: '请选择至少一种公众参与方式' })
      .max(participationForms.codes.length, { message: '公众参与方式重复' })
      .refine((f) => new Set(f).size === f.length, { message: '公众参与方式重复' }),
    commentStartOn: dateField('听取意见开始日期'),
    commentEndOn: hinted(dateField('听取意见截止日期'), '向社会公开征求意见的，期限一般不少于30日'),
    channel: hinted(textField('听取意见的途径和对象', 100), '如：区政府门户网站公开征求意见；与相关社区居民代表座谈').optional(),
    commentsReceived: count(z.int({ message: '收到意见数应为整数' }).min(0, { message: '收到意见数不能为负' }).max(1_000_000, { message: '收到意见数过大' }), '收到意见数'),
    handlingSummary: optionalText('意见采纳情况', 2000),
    shortPeriodReason: hinted(textField('公开征求意见期限少于30日的理由', 500), '向社会公开征求意见期限不足30日的，须说明理由').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.commentEndOn < v.commentStartOn) {
      ctx.addIssue({ code: 'custom', path: ['commentEndOn'], message: '听取意见截止日期不能早于开始日期' });
      return;
    }
    if (!v.forms.includes('openSolicitation')) return;
    if (!v.channel) ctx.addIssue({ code: 'custom', path: ['channel'], message: '向社会公开征求意见的，请写明公布决策草案的途径（条例第十五条）' });
    if (daysBetween(v.commentStartOn, v.commentEndOn) < commentRule.value && !v.shortPeriodReason) {
      ctx.addIssue({ code: 'custom', path: ['shortPeriodReason'], message: `向社会公开征求意见的期限少于${commentRule.value}日，须说明理由（${commentRule.source}）` });
    }
  });

/** 听证: materials reach the participants at least 7 days before the hearing (a floor, 条例第十六条第三款). */
const hearingDone = z
  .object({
    status: z.literal('done'),
    hearingOn: dateField('听证会日期'),
    materialsSentOn: hinted(dateField('听证材料送达日期'), '应于听证会召开7日前送达'),
    participants: count(z.int({ message: '听证参加人数应为整数' }).min(1, { message: '听证参加人数至少1人' }).max(10_000, { message: '听证参加人数过大' }), '听证参加人数'),
    summary: optionalText('听证情况', 2000),
  })
  .superRefine((v, ctx) => {
    if (daysBetween(v.materialsSentOn, v.hearingOn) < hearingRule.value) {
      ctx.addIssue({ code: 'custom', path: ['materialsSentOn'], message: `听证材料应于听证会召开${hearingRule.value}日前送达（${hearingRule.source}）` });
    }
  });

export const expertOpinionSchema = z.object({
  name: textField('专家姓名', 30),
  affiliation: textField('专家单位及职称', 100),
  opinion: textField('论证意见', 2000),
  signedOn: dateField('签署日期'),
});
export type ExpertOpinion = z.infer<typeof expertOpinionSchema>;

const expertReviewDone = z.object({
  status: z.literal('done'),
  experts: z.array(expertOpinionSchema).min(1, { message: '至少登记一位专家的书面论证意见' }).max(30, { message: '专家不超过30人' }),
  summary: optionalText('论证意见采纳情况', 2000),
});

const riskAssessmentDone = z.object({
  status: z.literal('done'),
  assessedOn: dateField('评估报告日期'),
  assessor: textField('评估单位', 100),
  riskLevel: riskLevels.field('风险等级'),
  riskPoints: textField('风险点', 2000),
  measures: textField('风险防范措施和处置预案', 2000),
});

const postEvaluationDone = z.object({
  status: z.literal('done'),
  evaluatedOn: dateField('后评估日期'),
  trigger: evaluationTriggers.field('后评估原因'),
  evaluator: textField('评估单位', 100),
  conclusion: textField('评估结论', 2000),
});

/** 归档 is mandatory (条例第三十三条): it has no 不适用. */
const archiveDone = z.object({
  status: z.literal('done'),
  archivedOn: dateField('归档日期'),
  archiveNumber: textField('档案号', 60),
});

export const stepInputs = {
  publicComment: z.discriminatedUnion('status', [publicCommentDone, notApplicable('不开展公众参与的理由（依法不予公开等）')], { message: '请选择程序状态' }),
  hearing: z.discriminatedUnion('status', [hearingDone, notApplicable('不举行听证的理由')], { message: '请选择程序状态' }),
  expertReview: z.discriminatedUnion('status', [expertReviewDone, notApplicable('不适用专家论证的理由')], { message: '请选择程序状态' }),
  riskAssessment: z.discriminatedUnion('status', [riskAssessmentDone, notApplicable('不适用风险评估的理由')], { message: '请选择程序状态' }),
  postEvaluation: z.discriminatedUnion('status', [postEvaluationDone, notApplicable('不开展后评估的理由')], { message: '请选择程序状态' }),
  archive: z.discriminatedUnion('status', [archiveDone], { message: '归档为必经程序，请登记归档日期和档案号' }),
} as const satisfies Record<RecordedStep, z.ZodType>;

export type StepInput<S extends RecordedStep> = z.infer<(typeof stepInputs)[S]>;

/** Steps recorded before the meeting; once the decision is taken they are part of the record and stay as they are. */
export const preDecisionSteps: readonly RecordedStep[] = ['publicComment', 'hearing', 'expertReview', 'riskAssessment'];
