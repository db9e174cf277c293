import type { FieldSpec } from '@fazhi/core';
import { reviewOpinions, reviewTransitionInputs, reviewTransitions, type ReviewTransition } from '@fazhi/core/legal-review/index';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { FieldItem } from '../../platform/register/field-control';
import { messages } from './messages';
import type { ReviewDetail } from './types';

const t = messages.transitions;
const f = t.fields;

/** The inputs each step asks for, as register-kit fields so the controls are the usual ones. */
const inputFields: Record<ReviewTransition, FieldSpec[]> = {
  startReview: [],
  requestMaterials: [
    { name: 'supplementRequestedOn', label: f.supplementRequestedOn, kind: 'date' },
    { name: 'supplementNote', label: f.supplementNote, kind: 'longText' },
  ],
  resumeReview: [{ name: 'suppliedOn', label: f.suppliedOn, kind: 'date' }],
  extend: [
    { name: 'extendedDueOn', label: f.extendedDueOn, kind: 'date' },
    { name: 'extensionReason', label: f.extensionReason, kind: 'longText' },
  ],
  conclude: [
    { name: 'opinion', label: f.opinion, kind: 'code', codes: reviewOpinions },
    { name: 'concludedOn', label: f.concludedOn, kind: 'date' },
    { name: 'opinionText', label: f.opinionText, kind: 'longText' },
    { name: 'adviserNames', label: f.adviserNames, kind: 'text', help: '重大行政决策须有法律顾问或公职律师参与；已指派的法律顾问自动记入' },
  ],
  recordAdoption: [
    { name: 'adopted', label: f.adopted, kind: 'boolean' },
    { name: 'adoptionNote', label: f.adoptionNote, kind: 'longText', help: '未采纳的，请说明理由' },
  ],
  withdraw: [
    { name: 'withdrawnOn', label: f.withdrawnOn, kind: 'date' },
    { name: 'withdrawalReason', label: f.withdrawalReason, kind: 'longText' },
  ],
};

const isTransition = (name: string): name is ReviewTransition => name in reviewTransitions;

function required(name: ReviewTransition, field: string): boolean {
  const shape = (reviewTransitionInputs[name] as unknown as { shape: Record<string, Validator> }).shape;
  return shape[field] ? !shape[field].safeParse(undefined).success : false;
}

function initialFor(name: ReviewTransition, record: ReviewDetail): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const x of inputFields[name]) if (x.kind === 'date') out[x.name] = today();
  if (name === 'extend') delete out.extendedDueOn;
  if (name === 'conclude' && typeof record.adviserNames === 'string') out.adviserNames = record.adviserNames;
  return out;
}

/** One button per step the server says the user may take now; inputs in a modal, guards answered in Chinese. */
export function TransitionActions({ record, onDone }: { record: ReviewDetail; onDone: () => void }) {
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<ReviewTransition>();
  const names = record.transitions.filter(isTransition);

  const fire = async (name: ReviewTransition, input: Record<string, unknown>) => {
    await api.post(`legal-review/requests/${record.id}/transitions/${name}`, { version: record.version, ...input });
    message.success(t.done(reviewTransitions[name].label));
    onDone();
  };

  const start = (name: ReviewTransition) => {
    if (inputFields[name].length) return setOpen(name);
    modal.confirm({
      title: t.confirm(reviewTransitions[name].label),
      okText: reviewTransitions[name].label,
      cancelText: '取消',
      onOk: () => fire(name, {}).catch((e: unknown) => void message.error(errorText(e))),
    });
  };

  return (
    <>
      {names.map((name) => (
        <Button key={name} type="primary" ghost danger={name === 'withdraw'} onClick={() => start(name)}>
          {reviewTransitions[name].label}
        </Button>
      ))}
      {open && (
        <FormModal
          name={`review-${open}`}
          title={reviewTransitions[open].label}
          okText={reviewTransitions[open].label}
          open
          onClose={() => setOpen(undefined)}
          initialValues={initialFor(open, record)}
          check={(v) => {
            const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));
            return validate(reviewTransitionInputs[open] as Validator<Record<string, unknown>>, clean);
          }}
          send={(input) => fire(open, input)}
        >
          {inputFields[open].map((x) => (
            <FieldItem key={x.name} field={x} required={required(open, x.name)} />
          ))}
        </FormModal>
      )}
    </>
  );
}
