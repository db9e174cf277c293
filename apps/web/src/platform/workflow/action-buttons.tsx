import type { FieldSpec } from '@fazhi/core';
import { App, Button, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../common/dates';
import { FormModal } from '../form/form-modal';
import { validate, type Validator } from '../form/validation';
import { messages } from '../messages';
import { FieldItem } from '../register/field-control';
import { useShownRecord } from '../register/record-context';

/** One action on a record: its label, the inputs it asks for, and the shared contract that checks them. */
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
  /** Shown disabled, with these reasons on hover, when a rule is not met yet. */
  refused?: string[];
  /** Sends back, withdraws or ends the record: a red button. */
  danger?: boolean;
};

const held = (v: unknown) => v !== null && v !== undefined && v !== '';
/** Names, units and choices carry over from the record; dates start today and reasons are written afresh. */
const fromRecord = (f: FieldSpec) => f.kind !== 'date' && f.kind !== 'dateTime' && f.kind !== 'longText';

const nonEmpty = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));

/** A button per action; each opens a modal form (or a confirmation), and the server's refusals are shown in Chinese. */
export function ActionButtons({
  url,
  version,
  actions,
  onDone,
  ghost = true,
  record: given,
}: {
  url: (name: string) => string;
  version: number;
  actions: Action[];
  onDone: () => void;
  ghost?: boolean;
  /** The record the actions act on: a field it already holds starts the form with that value. */
  record?: Record<string, unknown>;
}) {
  const { modal, message } = App.useApp();
  // Inside a register's detail page the record comes from the page.
  const shown = useShownRecord();
  const record = given ?? shown;
  const [open, setOpen] = useState<Action>();

  const fire = async (a: Action, input: Record<string, unknown>) => {
    await api.post(url(a.name), { version, ...input });
    message.success(messages.workflow.done(a.label));
    onDone();
  };
  const start = (a: Action) => {
    if (a.fields.length || a.extra) return setOpen(a);
    modal.confirm({ title: messages.workflow.confirm(a.label), okText: a.label, cancelText: messages.cancel, onOk: () => fire(a, {}).catch((e: unknown) => void message.error(errorText(e))) });
  };
  const initialFor = (a: Action) => ({
    ...Object.fromEntries(a.fields.filter((f) => f.kind === 'date').map((f) => [f.name, today()])),
    ...Object.fromEntries(a.fields.flatMap((f) => (fromRecord(f) && held(record?.[f.name]) ? [[f.name, record?.[f.name]]] : []))),
    ...a.initial,
  });

  return (
    <>
      {actions.map((a) =>
        a.refused?.length ? (
          <Tooltip key={a.name} title={a.refused.join('；')}>
            <Button disabled size={ghost ? 'middle' : 'small'}>
              {a.label}
            </Button>
          </Tooltip>
        ) : (
          <Button key={a.name} type="primary" danger={a.danger} ghost={ghost} size={ghost ? 'middle' : 'small'} onClick={() => start(a)}>
            {a.label}
          </Button>
        ),
      )}
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
