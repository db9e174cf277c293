import type { FieldSpec } from '@fazhi/core';
import {
  decisionOutcomes,
  decisionTransitionInputs,
  decisionTransitions,
  evaluationTriggers,
  meetingTypes,
  publicationChannels,
  recordedSteps,
  riskLevels,
  stepInputs,
  type DecisionTransition,
  type RecordedStep,
} from '@fazhi/core/decisions/index';
import type { Validator } from '../../platform/form/validation';
import { ExpertsFormList, MembersFormList } from './list-fields';
import type { Action } from './workflow-actions';

const text = (name: string, label: string, help?: string): FieldSpec => ({ name, label, kind: 'text', ...(help ? { help } : {}) });
const long = (name: string, label: string, help?: string): FieldSpec => ({ name, label, kind: 'longText', ...(help ? { help } : {}) });
const date = (name: string, label: string, help?: string): FieldSpec => ({ name, label, kind: 'date', ...(help ? { help } : {}) });
const nonEmpty = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));

const stepFields: Record<RecordedStep, FieldSpec[]> = {
  publicComment: [
    date('commentStartOn', '征求意见开始日期'),
    date('commentEndOn', '征求意见截止日期', '一般不少于30日'),
    text('channel', '征求意见方式', '如：政府网站公开征求意见、座谈会'),
    { name: 'commentsReceived', label: '收到意见数', kind: 'integer' },
    long('handlingSummary', '意见采纳情况'),
    long('shortPeriodReason', '征求意见期限少于30日的理由', '期限不足30日的，须说明理由'),
  ],
  hearing: [date('hearingOn', '听证会日期'), date('materialsSentOn', '听证材料送达日期', '应于听证会召开7日前送达'), { name: 'participants', label: '听证参加人数', kind: 'integer' }, long('summary', '听证情况')],
  expertReview: [long('summary', '论证意见采纳情况')],
  riskAssessment: [
    date('assessedOn', '评估报告日期'),
    text('assessor', '评估单位'),
    { name: 'riskLevel', label: '风险等级', kind: 'code', codes: riskLevels },
    long('riskPoints', '风险点'),
    long('measures', '风险防范措施和处置预案'),
  ],
  postEvaluation: [date('evaluatedOn', '后评估日期'), { name: 'trigger', label: '后评估原因', kind: 'code', codes: evaluationTriggers }, text('evaluator', '评估单位'), long('conclusion', '评估结论')],
  archive: [date('archivedOn', '归档日期'), text('archiveNumber', '档案号')],
};
const optionalFields = new Set(['handlingSummary', 'shortPeriodReason', 'summary']);

/** 登记 a step: its fields (and the experts list for 专家论证). */
export function recordStepAction(step: RecordedStep): Action {
  return {
    name: step,
    label: `登记${recordedSteps.label(step)}`,
    fields: stepFields[step],
    schema: stepInputs[step] as Validator<Record<string, unknown>>,
    body: (v) => ({ ...nonEmpty(v), status: 'done' }),
    required: (f) => !optionalFields.has(f),
    ...(step === 'expertReview' ? { extra: <ExpertsFormList />, initial: { experts: [{}] } } : {}),
  };
}

/** 标明不适用, with the reason the law asks for. */
export function notApplicableAction(step: RecordedStep): Action {
  return {
    name: step,
    label: step === 'publicComment' ? '不公开征求意见' : `${recordedSteps.label(step)}不适用`,
    fields: [long('reason', '理由')],
    schema: stepInputs[step] as Validator<Record<string, unknown>>,
    body: (v) => ({ ...nonEmpty(v), status: 'notApplicable' }),
    required: () => true,
  };
}

export const decisionActions: Record<DecisionTransition, Action> = {
  deliberate: {
    name: 'deliberate',
    label: decisionTransitions.deliberate.label,
    schema: decisionTransitionInputs.deliberate as Validator<Record<string, unknown>>,
    fields: [
      { name: 'meetingType', label: '会议类型', kind: 'code', codes: meetingTypes },
      text('meetingName', '会议名称', '如：区政府第12次常务会议'),
      date('meetingOn', '会议日期'),
      text('headName', '主要负责人'),
      { name: 'outcome', label: '决定结果', kind: 'code', codes: decisionOutcomes },
      long('departureReason', '与多数意见不一致的理由', '主要负责人的决定与会议组成人员多数意见不一致的，须说明理由'),
    ],
    required: (f) => f !== 'departureReason',
    extra: <MembersFormList />,
    initial: { meetingType: 'executive', members: [{ stance: 'agree' }] },
  },
  publish: {
    name: 'publish',
    label: decisionTransitions.publish.label,
    schema: decisionTransitionInputs.publish as Validator<Record<string, unknown>>,
    fields: [date('publishedOn', '公布日期'), { name: 'channel', label: '公布渠道', kind: 'code', codes: publicationChannels }, text('documentNumber', '文号'), long('adoptionExplanation', '公众意见采纳情况说明')],
    required: (f) => f === 'publishedOn' || f === 'channel',
  },
  close: { name: 'close', label: decisionTransitions.close.label, schema: decisionTransitionInputs.close as Validator<Record<string, unknown>>, fields: [date('closedOn', '办结日期')] },
};
