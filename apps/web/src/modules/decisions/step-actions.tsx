import type { FieldSpec } from '@fazhi/core';
import { evaluationTriggers, recordedSteps, riskLevels, stepInputs, type RecordedStep } from '@fazhi/core/decisions/index';
import type { Validator } from '../../platform/form/validation';
import { ExpertsFormList } from './list-fields';
import { messages } from './messages';
import type { Action } from '../../platform/workflow/action-buttons';

const text = (name: string, label: string, help?: string): FieldSpec => ({ name, label, kind: 'text', ...(help ? { help } : {}) });
const long = (name: string, label: string, help?: string): FieldSpec => ({ name, label, kind: 'longText', ...(help ? { help } : {}) });
const date = (name: string, label: string, help?: string): FieldSpec => ({ name, label, kind: 'date', ...(help ? { help } : {}) });
const nonEmpty = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));

const f = messages.forms;
const stepFields: Record<RecordedStep, FieldSpec[]> = {
  publicComment: [
    date('commentStartOn', f.publicComment.commentStartOn),
    date('commentEndOn', f.publicComment.commentEndOn, f.publicComment.commentEndOnHelp),
    text('channel', f.publicComment.channel, f.publicComment.channelHelp),
    { name: 'commentsReceived', label: f.publicComment.commentsReceived, kind: 'integer' },
    long('handlingSummary', f.publicComment.handlingSummary),
    long('shortPeriodReason', f.publicComment.shortPeriodReason, f.publicComment.shortPeriodReasonHelp),
  ],
  hearing: [
    date('hearingOn', f.hearing.hearingOn),
    date('materialsSentOn', f.hearing.materialsSentOn, f.hearing.materialsSentOnHelp),
    { name: 'participants', label: f.hearing.participants, kind: 'integer' },
    long('summary', f.hearing.summary),
  ],
  expertReview: [long('summary', f.expertReview.summary)],
  riskAssessment: [
    date('assessedOn', f.riskAssessment.assessedOn),
    text('assessor', f.riskAssessment.assessor),
    { name: 'riskLevel', label: f.riskAssessment.riskLevel, kind: 'code', codes: riskLevels },
    long('riskPoints', f.riskAssessment.riskPoints),
    long('measures', f.riskAssessment.measures),
  ],
  postEvaluation: [
    date('evaluatedOn', f.postEvaluation.evaluatedOn),
    { name: 'trigger', label: f.postEvaluation.trigger, kind: 'code', codes: evaluationTriggers },
    text('evaluator', f.postEvaluation.evaluator),
    long('conclusion', f.postEvaluation.conclusion),
  ],
  archive: [date('archivedOn', f.archive.archivedOn), text('archiveNumber', f.archive.archiveNumber)],
};
const optionalFields = new Set(['handlingSummary', 'shortPeriodReason', 'summary']);

/** 登记 a step: its fields (and the experts list for 专家论证). */
export function recordStepAction(step: RecordedStep): Action {
  return {
    name: step,
    label: f.record(recordedSteps.label(step)),
    fields: stepFields[step],
    schema: stepInputs[step] as Validator<Record<string, unknown>>,
    body: (v) => ({ ...nonEmpty(v), status: 'done' }),
    required: (name) => !optionalFields.has(name),
    ...(step === 'expertReview' ? { extra: <ExpertsFormList />, initial: { experts: [{}] } } : {}),
  };
}

/** 标明不适用, with the reason the law asks for. */
export function notApplicableAction(step: RecordedStep): Action {
  return {
    name: step,
    label: step === 'publicComment' ? f.noPublicComment : f.notApplicable(recordedSteps.label(step)),
    fields: [long('reason', f.reason)],
    schema: stepInputs[step] as Validator<Record<string, unknown>>,
    body: (v) => ({ ...nonEmpty(v), status: 'notApplicable' }),
    required: () => true,
  };
}
