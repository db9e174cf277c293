import type { FieldSpec } from '@fazhi/core';
import { reportTransitionInputs, reportTransitions, type ReportTransition } from '@fazhi/core/reports';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { FieldItem } from '../../platform/register/field-control';
import { messages } from './messages';
import type { ReportDetail } from './types';

const t = messages.transitions;

/** What each step asks for, as register-kit fields so the modal's controls are the usual ones. */
const inputFields: Record<ReportTransition, FieldSpec[]> = {
  submitForReview: [],
  returnToDraft: [{ name: 'reason', label: t.reason, kind: 'longText' }],
  sign: [],
  submit: [{ name: 'submittedOn', label: t.submittedOn, kind: 'date' }],
  publish: [{ name: 'publishedOn', label: t.publishedOn, kind: 'date' }],
};

const isTransition = (name: string): name is ReportTransition => name in reportTransitions;

function initialFor(name: ReportTransition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of inputFields[name]) if (f.kind === 'date') out[f.name] = today();
  return out;
}

/**
 * One button per step the server offers this user now (起草 → 审核 → 领导签发 → 报送 → 公开); inputs in a modal,
 * guards (e.g. "请先生成报告") answered in Chinese. Disabled while the text has unsaved changes.
 */
export function ReportTransitions({ record, dirty, onDone }: { record: ReportDetail; dirty: boolean; onDone: () => void }) {
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<ReportTransition>();
  const names = record.transitions.filter(isTransition);
  const latest = record.versions[0];

  const fire = async (name: ReportTransition, input: Record<string, unknown>) => {
    await api.post(`reports/annual/${record.id}/transitions/${name}`, { version: record.version, ...input });
    message.success(t.done(reportTransitions[name].label));
    onDone();
  };

  // Review and signing concern the latest generated version; text changed after it (an edit, accepted material)
  // is not in it.
  const staleLatest = latest !== undefined && record.state === 'drafting' && new Date(String(record.updatedAt)) > new Date(latest.generatedAt);

  const start = (name: ReportTransition) => {
    if (inputFields[name].length) return setOpen(name);
    const content = name === 'sign' && latest ? t.signLatest(latest.number) : name === 'submitForReview' && latest && staleLatest ? t.staleVersion(latest.number) : undefined;
    modal.confirm({
      title: t.confirm(reportTransitions[name].label),
      content,
      okText: reportTransitions[name].label,
      cancelText: common.cancel,
      onOk: () => fire(name, {}).catch((e: unknown) => void message.error(errorText(e))),
    });
  };

  return (
    <>
      {names.map((name) => (
        <Tooltip key={name} title={dirty ? messages.report.saveFirst : undefined}>
          <Button
            type={name === 'sign' ? 'primary' : 'default'}
            danger={name === 'returnToDraft'}
            disabled={dirty}
            onClick={() => start(name)}
          >
            {reportTransitions[name].label}
          </Button>
        </Tooltip>
      ))}
      {open && (
        <FormModal
          name={`report-transition-${open}`}
          title={reportTransitions[open].label}
          okText={reportTransitions[open].label}
          open
          onClose={() => setOpen(undefined)}
          initialValues={initialFor(open)}
          check={(v) => {
            const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));
            return validate(reportTransitionInputs[open] as Validator<Record<string, unknown>>, clean);
          }}
          send={(input) => fire(open, input)}
        >
          {inputFields[open].map((f) => (
            <FieldItem key={f.name} field={f} required />
          ))}
        </FormModal>
      )}
    </>
  );
}
