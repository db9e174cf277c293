import type { FieldSpec } from '@fazhi/core';
import { appellants, caseTransitions, outcomes, transitionInputs, type CaseTransition } from '@fazhi/core/litigation/index';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { FieldItem } from '../../platform/register/field-control';
import type { CaseDetail } from './types';
import { messages } from './messages';

const t = messages.transitions;

/** The inputs each transition asks for, as register-kit fields so the form controls are the usual ones. */
const inputFields: Record<CaseTransition, FieldSpec[]> = {
  startDefence: [],
  submitDefence: [{ name: 'defenceSubmittedOn', label: t.defenceSubmittedOn, kind: 'date' }],
  close: [
    { name: 'outcome', label: t.outcome, kind: 'code', codes: outcomes },
    { name: 'closedOn', label: t.closedOn, kind: 'date' },
    { name: 'judgmentSummary', label: t.judgmentSummary, kind: 'longText' },
  ],
  appeal: [
    { name: 'appealedOn', label: t.appealedOn, kind: 'date' },
    { name: 'appellant', label: t.appellant, kind: 'code', codes: appellants },
  ],
  archive: [],
};

const isTransition = (name: string): name is CaseTransition => name in caseTransitions;

function required(name: CaseTransition, field: string): boolean {
  const shape = (transitionInputs[name] as unknown as { shape: Record<string, Validator> }).shape;
  return shape[field] ? !shape[field].safeParse(undefined).success : false;
}

function initialFor(name: CaseTransition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of inputFields[name]) if (f.kind === 'date') out[f.name] = today();
  return out;
}

/** One button per transition the server says the user may fire now; inputs in a modal, guards answered in Chinese. */
export function TransitionActions({ record, onDone }: { record: CaseDetail; onDone: () => void }) {
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<CaseTransition>();
  const names = record.transitions.filter(isTransition);

  const fire = async (name: CaseTransition, input: Record<string, unknown>) => {
    await api.post(`litigation/cases/${record.id}/transitions/${name}`, { version: record.version, ...input });
    message.success(t.done(caseTransitions[name].label));
    onDone();
  };

  const start = (name: CaseTransition) => {
    if (inputFields[name].length) return setOpen(name);
    modal.confirm({
      title: t.confirm(caseTransitions[name].label),
      okText: caseTransitions[name].label,
      cancelText: '取消',
      onOk: () => fire(name, {}).catch((e: unknown) => void message.error(errorText(e))),
    });
  };

  return (
    <>
      {names.map((name) => (
        <Button key={name} type="primary" ghost onClick={() => start(name)}>
          {caseTransitions[name].label}
        </Button>
      ))}
      {open && (
        <FormModal
          name={`transition-${open}`}
          title={caseTransitions[open].label}
          okText={caseTransitions[open].label}
          open
          onClose={() => setOpen(undefined)}
          initialValues={initialFor(open)}
          check={(v) => {
            const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));
            return validate(transitionInputs[open] as Validator<Record<string, unknown>>, clean);
          }}
          send={(input) => fire(open, input)}
        >
          {inputFields[open].map((f) => (
            <FieldItem key={f.name} field={f} required={required(open, f.name)} />
          ))}
        </FormModal>
      )}
    </>
  );
}
