import type { RegisterSpec } from '@fazhi/core';
import { App, Button, Card, Col, Flex, Form, Row, Spin, type UploadFile } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { FormErrors } from '../form/form-errors';
import { keepEnterInPickers } from '../form/keep-enter';
import { useFormSubmit } from '../form/use-form-submit';
import { validate, type Validated, type Validator } from '../form/validation';
import { messages } from '../messages';
import { FieldItem } from './field-control';
import { PendingAttachments, uploadPending } from './pending-attachments';
import { registerCrumbs } from './register-crumbs';
import { changedValues, cleanValues, formFields, initialFromRecord, isRequired } from './form-values';
import type { RecordDetail } from './types';

type Props = {
  spec: RegisterSpec;
  basePath: string;
  /** Extra initial values on create (e.g. one empty plaintiff). */
  createInitial?: Record<string, unknown>;
  /** Extra initial values on edit, from the loaded record (children). */
  editInitial?: (record: RecordDetail) => Record<string, unknown>;
  /** Module sections inside the form (children lists). */
  children?: ReactNode;
};

/** Defaults the create schema itself supplies (e.g. 诉前调解 = 未开展), so the form starts where the server would. */
function schemaDefaults(spec: RegisterSpec): Record<string, unknown> {
  const shape = (spec.createSchema as unknown as { shape: Record<string, Validator> }).shape;
  const out: Record<string, unknown> = {};
  for (const f of formFields(spec)) {
    const r = shape[f.name]?.safeParse(undefined);
    if (r?.success && r.data !== undefined) out[f.name] = r.data;
  }
  return out;
}

/** Generic create/edit form; the edit sends only changed fields plus the version it read. */
export function RegisterFormPage(props: Props) {
  const { id } = useParams();
  const { data: record, error, reload } = useApi(id ? `${props.spec.path}/${id}` : null, (signal) => api.get<RecordDetail>(`${props.spec.path}/${id}`, undefined, { signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (id && !record) return <Spin style={{ display: 'block', marginTop: 64 }} />;
  return <RegisterForm {...props} record={record} />;
}

function RegisterForm({ spec, basePath, createInitial, editInitial, children, record }: Props & { record?: RecordDetail }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const mode = record ? 'edit' : 'create';
  const [files, setFiles] = useState<UploadFile[]>([]);
  const fields = formFields(spec);

  const initial = useMemo(() => {
    if (record) return { ...initialFromRecord(spec, record), ...editInitial?.(record) };
    // The owning unit is left for the user to pick: a district coordinator's own unit is rarely the right owner.
    return { ...schemaDefaults(spec), ...createInitial };
    // Initial values are computed once per loaded record.
  }, [record]);

  const check = (values: Record<string, unknown>): Validated<Record<string, unknown>> => {
    if (!record) return validate(spec.createSchema as Validator<Record<string, unknown>>, cleanValues(values, 'create'));
    const current = cleanValues(values, 'edit');
    // Validate the whole record as it would be, then send only the changed keys.
    const checked = validate(spec.updateSchema as Validator<Record<string, unknown>>, { ...current, version: record.version });
    if (!checked.ok) return checked;
    const changed = changedValues(current, cleanValues(initial, 'edit'));
    const body: Record<string, unknown> = { version: record.version };
    for (const key of Object.keys(changed)) body[key] = checked.data[key] ?? null;
    return { ok: true, data: body };
  };

  const { submit, submitting, errors } = useFormSubmit(form, {
    check,
    send: async (body) => {
      if (record && Object.keys(body).length === 1) {
        message.info(messages.register.noChanges);
        return;
      }
      const saved = record ? await api.patch<RecordDetail>(`${spec.path}/${record.id}`, body) : await api.post<RecordDetail>(spec.path, body);
      const failed = record ? [] : await uploadPending(spec, saved.id, files);
      if (failed.length) message.warning(messages.attachments.notUploaded(failed.join('、')));
      else message.success(messages.saved);
      navigate(`${basePath}/${saved.id}`, { replace: true });
    },
  });

  return (
    <Page
      title={mode === 'edit' ? messages.register.editTitle(spec.title) : messages.register.createTitle(spec.title)}
      crumbs={registerCrumbs(spec, basePath, ...(record ? [{ title: messages.register.detail, to: `${basePath}/${record.id}` }, { title: messages.edit }] : [{ title: messages.add }]))}
      back={record ? `${basePath}/${record.id}` : basePath}
    >
      <Card>
        <FormErrors errors={errors} />
        <Form form={form} name={spec.entity.replace(/\W/g, '-')} layout="vertical" initialValues={initial} onFinish={() => void submit()} onKeyDown={keepEnterInPickers}>
          <Row gutter={16}>
            {fields.map((f) => (
              <Col key={f.name} xs={24} md={f.kind === 'longText' ? 24 : 12}>
                <FieldItem field={f} required={isRequired(spec, f.name)} />
              </Col>
            ))}
          </Row>
          {children}
          {!record && <PendingAttachments files={files} onChange={setFiles} />}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {messages.save}
            </Button>
            <Button onClick={() => navigate(-1)}>{messages.cancel}</Button>
          </Flex>
        </Form>
      </Card>
    </Page>
  );
}
