import { formFieldsOf, isOptional } from '@fazhi/core';
import { recordedSteps, stepInputs, type RecordedStep } from '@fazhi/core/decisions/index';
import type { Validator } from '../../platform/form/validation';
import { ExpertsFormList, ParticipationFormsField } from './list-fields';
import { messages } from './messages';
import type { Action } from '../../platform/workflow/action-buttons';

const nonEmpty = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));
const f = messages.forms;

type StepSchema = Parameters<typeof formFieldsOf>[0];
/** The step's 已完成 and 不适用 inputs: the forms take their fields, labels and hints from the contract. */
const branches = (step: RecordedStep) => stepInputs[step].options as unknown as StepSchema[];
const requiredIn = (schema: StepSchema) => (name: string) => {
  const field = schema.shape[name] as Parameters<typeof isOptional>[0] | undefined;
  return field ? !isOptional(field) : false;
};

/** 登记 a step: its fields (and the experts list for 专家论证). */
export function recordStepAction(step: RecordedStep): Action {
  return {
    name: step,
    label: f.record(recordedSteps.label(step)),
    fields: formFieldsOf(branches(step)[0]!),
    schema: stepInputs[step] as Validator<Record<string, unknown>>,
    body: (v) => ({ ...nonEmpty(v), status: 'done' }),
    required: requiredIn(branches(step)[0]!),
    ...(step === 'expertReview' ? { extra: <ExpertsFormList />, initial: { experts: [{}] } } : {}),
    ...(step === 'publicComment' ? { extra: <ParticipationFormsField /> } : {}),
  };
}

/** 标明不适用, with the reason the law asks for. */
export function notApplicableAction(step: RecordedStep): Action {
  return {
    name: step,
    label: step === 'publicComment' ? f.noPublicComment : f.notApplicable(recordedSteps.label(step)),
    fields: formFieldsOf(branches(step)[1]!),
    schema: stepInputs[step] as Validator<Record<string, unknown>>,
    body: (v) => ({ ...nonEmpty(v), status: 'notApplicable' }),
    required: () => true,
  };
}
