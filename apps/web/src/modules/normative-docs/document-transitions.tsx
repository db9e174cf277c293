import type { FieldSpec } from '@fazhi/core';
import { deliberationDecisions, documentTransitionInputs, documentTransitions, publicationChannels, type DocumentTransition } from '@fazhi/core/normative-docs/index';
import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { FieldItem } from '../../platform/register/field-control';
import { DocumentPicker } from './document-picker';
import { messages } from './messages';
import type { DocumentDetail } from './types';

const date = (name: string, label: string): FieldSpec => ({ name, label, kind: 'date' });
const text = (name: string, label: string): FieldSpec => ({ name, label, kind: 'text' });
const long = (name: string, label: string): FieldSpec => ({ name, label, kind: 'longText' });

/** The inputs each step asks for, as register-kit fields so the controls are the usual ones. */
const inputFields: Record<DocumentTransition, FieldSpec[]> = {
  startDrafting: [text('draftingUnitName', '起草单位'), long('draftingNotes', '起草说明')],
  startPublicComment: [
    { ...date('publicCommentStartsOn', '征求意见开始日期') },
    { ...date('publicCommentEndsOn', '征求意见截止日期'), help: '不少于7个工作日；涉及市场主体的不少于30日' },
  ],
  submitForReview: [],
  returnToDrafting: [long('returnReason', '退回原因')],
  deliberate: [text('meetingName', '会议名称'), date('meetingOn', '会议日期'), { name: 'deliberationDecision', label: '集体讨论决定', kind: 'code', codes: deliberationDecisions }, long('deliberationNote', '会议纪要要点')],
  sign: [date('signedOn', '签发日期'), text('signerName', '签发人')],
  register: [text('registrationNumber', '登记号'), date('registeredOn', '登记日期')],
  issue: [{ ...date('issuedOn', '印发日期'), help: '文号按制定机关和印发年度顺序自动编排' }],
  publish: [date('publishedOn', '公布日期'), { name: 'publicationChannel', label: '公布载体', kind: 'code', codes: publicationChannels }],
  file: [date('filedOn', '报送备案日期'), text('filedWith', '备案机关')],
  enterIntoForce: [{ ...date('effectiveOn', '施行日期'), help: '有效期自施行之日起5年，暂行、试行的2年' }],
  evaluate: [date('evaluatedOn', '评估日期'), long('evaluationNote', '评估结论')],
  amend: [date('endedOn', '修改日期'), long('endReason', '修改理由'), text('newVersionId', '修改后的新文件')],
  repeal: [date('endedOn', '废止日期'), long('endReason', '废止理由')],
  expire: [date('endedOn', '失效日期'), long('endReason', '失效理由')],
};

const isTransition = (name: string): name is DocumentTransition => name in documentTransitions;

function required(name: DocumentTransition, field: string): boolean {
  const shape = (documentTransitionInputs[name] as unknown as { shape: Record<string, Validator> }).shape;
  return shape[field] ? !shape[field].safeParse(undefined).success : false;
}

function initialFor(name: DocumentTransition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of inputFields[name]) if (f.kind === 'date') out[f.name] = today();
  return out;
}

/** One button per step the server says the user may take now; guards come back as Chinese 409 messages. */
export function DocumentTransitions({ record, onDone }: { record: DocumentDetail; onDone: () => void }) {
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<DocumentTransition>();
  const names = record.transitions.filter(isTransition);
  const t = messages.transitions;

  const fire = async (name: DocumentTransition, input: Record<string, unknown>) => {
    await api.post(`normative-docs/documents/${record.id}/transitions/${name}`, { version: record.version, ...input });
    message.success(t.done(documentTransitions[name].label));
    onDone();
  };

  const start = (name: DocumentTransition) => {
    if (inputFields[name].length) return setOpen(name);
    modal.confirm({
      title: t.confirm(documentTransitions[name].label),
      okText: documentTransitions[name].label,
      cancelText: '取消',
      onOk: () => fire(name, {}).catch((e: unknown) => void message.error(errorText(e))),
    });
  };

  return (
    <>
      {names.map((name) => (
        <Button key={name} type="primary" ghost danger={name === 'returnToDrafting' || name === 'repeal'} onClick={() => start(name)}>
          {documentTransitions[name].label}
        </Button>
      ))}
      {open && (
        <FormModal
          name={`transition-${open}`}
          title={documentTransitions[open].label}
          okText={documentTransitions[open].label}
          open
          onClose={() => setOpen(undefined)}
          initialValues={initialFor(open)}
          check={(v) => {
            const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));
            return validate(documentTransitionInputs[open] as unknown as Validator<Record<string, unknown>>, clean);
          }}
          send={(input) => fire(open, input)}
        >
          {inputFields[open].map((f) =>
            f.name === 'newVersionId' ? (
              <Form.Item key={f.name} name={f.name} label={f.label} required extra="输入新文件名称或文号查找">
                <DocumentPicker placeholder={f.label} exclude={record.id} />
              </Form.Item>
            ) : (
              <FieldItem key={f.name} field={f} required={required(open, f.name)} />
            ),
          )}
        </FormModal>
      )}
    </>
  );
}
