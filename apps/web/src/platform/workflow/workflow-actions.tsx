import { formFieldsOf, isOptional, type StepOption } from '@fazhi/core';
import type { Validator } from '../form/validation';
import { ActionButtons, type Action } from './action-buttons';

/** The part of a workflow declaration (packages/core/src/workflow) the buttons read. */
export type StepInputs = { steps: Record<string, { label: string; input: StepSchema; danger?: boolean }> };
type StepSchema = Parameters<typeof formFieldsOf>[0];
type FieldSchema = Parameters<typeof isOptional>[0];

/** What a module may change about one step's form; everything else comes from the step's input schema. */
export type StepOverride = Partial<Pick<Action, 'fields' | 'extra' | 'body' | 'initial' | 'label'>>;

/**
 * The record's workflow buttons: the steps the server says the user may take now, and those a rule still holds
 * back (disabled, the reasons on hover). Each form is built from the step's input schema — labels, controls and
 * validation from the shared contract — unless the module overrides it.
 */
export function WorkflowActions({
  workflow,
  options,
  url,
  version,
  onDone,
  overrides = {},
  ghost,
  record,
}: {
  workflow: StepInputs;
  options: readonly StepOption[];
  url: (name: string) => string;
  version: number;
  onDone: () => void;
  overrides?: Record<string, StepOverride>;
  ghost?: boolean;
  /** The record: its values start the step forms (起草单位 already entered, a 签发人 on file). */
  record?: Record<string, unknown>;
}) {
  const actions = options
    .filter((o) => o.allowed || o.refusedBy === 'guard')
    .flatMap((o): Action[] => {
      const step = workflow.steps[o.name];
      if (!step) return [];
      const shape = step.input.shape as Record<string, FieldSchema>;
      return [
        {
          name: o.name,
          label: o.label,
          fields: formFieldsOf(step.input),
          schema: step.input as unknown as Validator<Record<string, unknown>>,
          required: (field) => (shape[field] ? !isOptional(shape[field]) : false),
          refused: o.allowed ? undefined : o.reasons,
          danger: step.danger,
          ...overrides[o.name],
        },
      ];
    });
  return actions.length ? <ActionButtons url={url} version={version} actions={actions} onDone={onDone} ghost={ghost} record={record} /> : null;
}
