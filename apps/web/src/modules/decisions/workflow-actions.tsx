import type { FieldSpec } from '@fazhi/core';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { FieldItem } from '../../platform/register/field-control';
import { messages } from './messages';

/** One workflow step: its label, the inputs it asks for, and the shared contract that checks them. */
export type Action = {
  name: string;
  label: string;
  fields: FieldSpec[];
  schema: Validator<Record<string, unknown>>;
  /** Extra form content (lists such as members' opinions). */
  extra?: ReactNode;
  /** Form values → request body (defaults to the non-empty values). */
  body?: (values: Record<string, unknown>) => Record<string, unknown>;
  initial?: Record<string, unknown>;
  required?: (field: string) => boolean;
};

const nonEmpty = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));

/** Buttons for the steps the server says the user may take now; each opens a modal form, guards answered in Chinese. */
export function WorkflowActions({ url, version, actions, onDone, ghost = true }: { url: (name: string) => string; version: number; actions: Action[]; onDone: () => void; ghost?: boolean }) {
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<Action>();

  const fire = async (a: Action, input: Record<string, unknown>) => {
    await api.post(url(a.name), { version, ...input });
    message.success(messages.transitions.done(a.label));
    onDone();
  };
  const start = (a: Action) => {
    if (a.fields.length || a.extra) return setOpen(a);
    modal.confirm({ title: messages.transitions.confirm(a.label), okText: a.label, cancelText: messages.cancel, onOk: () => fire(a, {}).catch((e: unknown) => void message.error(errorText(e))) });
  };
  const initialFor = (a: Action) => ({ ...Object.fromEntries(a.fields.filter((f) => f.kind === 'date').map((f) => [f.name, today()])), ...a.initial });

  return (
    <>
      {actions.map((a) => (
        <Button key={a.name} type="primary" ghost={ghost} size={ghost ? 'middle' : 'small'} onClick={() => start(a)}>
          {a.label}
        </Button>
      ))}
      {open && (
        <FormModal
          name={`action-${open.name}`}
          title={open.label}
          okText={open.label}
          open
          onClose={() => setOpen(undefined)}
          initialValues={initialFor(open)}
          check={(v) => validate(open.schema, (open.body ?? nonEmpty)(v))}
          send={(input) => fire(open, input)}
        >
          {open.fields.map((f) => (
            <FieldItem key={f.name} field={f} required={open.required?.(f.name) ?? !['longText'].includes(f.kind)} />
          ))}
          {open.extra}
        </FormModal>
      )}
    </>
  );
}
