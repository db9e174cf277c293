import { isRealDate } from '@fazhi/core';
import {
  linkedSubjectKinds,
  requiredMaterials,
  reviewCreateSchema,
  reviewDueOn,
  reviewDueWindow,
  reviewMaterialsByKind,
  reviewSpec,
  reviewSubjectKinds,
  type ReviewSubjectKind,
} from '@fazhi/core/legal-review/index';
import { App, Button, Card, Checkbox, Col, Flex, Form, Row, Tag } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { today } from '../../platform/common/dates';
import { Page } from '../../platform/common/page';
import { FormErrors } from '../../platform/form/form-errors';
import { useFormSubmit } from '../../platform/form/use-form-submit';
import { validate, type Validator } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { FieldItem } from '../../platform/register/field-control';
import { cleanValues, isRequired } from '../../platform/register/form-values';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import type { RecordDetail } from '../../platform/register/types';
import { ContractAmountItem } from './contract-amount-item';
import { messages } from './messages';
import { SubjectPicker, subjectSources } from './subject-picker';

const t = messages.form;
const field = (name: string) => reviewSpec.fields.find((f) => f.name === name)!;
// 合同金额 is not in the generic form: it takes 分 (ContractAmountItem), the kit's number input whole numbers only.
const editable = new Set(['title', 'counterparty', 'handlerName', 'adviserId', 'adviserRequested', 'note']);
// Kind, unit and receipt date decide the due date: they are fixed once the request is registered.
const editSpec = { ...reviewSpec, fields: reviewSpec.fields.map((f) => ({ ...f, form: editable.has(f.name) })) };

/** 提请合法性审核 (new, the only button so named) or 修改 (edit). `?subjectKind=&subjectId=` prefills the subject from a document or decision page. */
export function RequestFormPage() {
  const { id } = useParams();
  if (id)
    return (
      // subjectKind rides along unchanged (never sent) so the amount shows only on a contract.
      <RegisterFormPage spec={editSpec} basePath="/legal-review/requests" editInitial={(r) => ({ subjectKind: r.subjectKind, contractAmount: r.contractAmount ?? undefined })}>
        <ContractAmountItem onlyForContract />
      </RegisterFormPage>
    );
  return <CreateForm />;
}

function CreateForm() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const initial = useMemo(() => {
    const kind = params.get('subjectKind');
    const known = reviewSubjectKinds.codes.includes(kind as ReviewSubjectKind);
    return { subjectKind: known ? kind : 'contract', subjectId: known ? (params.get('subjectId') ?? undefined) : undefined, receivedOn: today(), materials: [], adviserRequested: false };
  }, []);
  const kind = (Form.useWatch('subjectKind', form) ?? initial.subjectKind) as ReviewSubjectKind;
  const receivedOn = Form.useWatch('receivedOn', form) as string | undefined;
  const linked = linkedSubjectKinds.includes(kind);
  const ruleDue = receivedOn && isRealDate(receivedOn) ? reviewDueOn(kind, receivedOn) : null;
  const dueWindow = receivedOn && isRealDate(receivedOn) ? reviewDueWindow(kind, receivedOn) : null;

  const { submit, submitting, errors } = useFormSubmit(form, {
    check: (values) => validate(reviewCreateSchema as Validator<Record<string, unknown>>, cleanValues(values, 'create')),
    send: async (body) => {
      const saved = await api.post<RecordDetail>(reviewSpec.path, body);
      message.success(common.saved);
      navigate(`/legal-review/requests/${saved.id}`, { replace: true });
    },
  });

  return (
    <Page title={common.register.createTitle(reviewSpec.title)}>
      <Card>
        <FormErrors errors={errors} />
        <Form
          form={form}
          name="legal-review-request"
          layout="vertical"
          initialValues={initial}
          onFinish={() => void submit()}
          onValuesChange={(changed: Record<string, unknown>) => {
            if ('subjectKind' in changed)
              form.setFieldsValue({ subjectId: undefined, dueOn: undefined, materials: [], ...(changed.subjectKind === 'contract' ? {} : { counterparty: undefined, contractAmount: undefined }) });
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <FieldItem field={field('subjectKind')} required />
            </Col>
            {linked && subjectSources[kind] && (
              <Col xs={24} md={12}>
                <Form.Item name="subjectId" label={t.subject} required>
                  <SubjectPicker
                    kind={kind}
                    onPicked={(s) => {
                      if (!form.getFieldValue('orgUnitId')) form.setFieldsValue({ orgUnitId: s.orgUnitId });
                    }}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <FieldItem field={{ ...field('title'), help: linked ? t.titleLinked : undefined }} required={!linked} />
            </Col>
            <Col xs={24} md={12}>
              <FieldItem field={field('orgUnitId')} required />
            </Col>
            <Col xs={24} md={12}>
              <FieldItem field={{ ...field('receivedOn'), help: ruleDue && !dueWindow ? t.ruleDue(ruleDue) : undefined }} required />
            </Col>
            {(kind === 'majorDecision' || kind === 'normativeDocument') && (
              <Col xs={24} md={12}>
                <FieldItem
                  field={{
                    name: 'dueOn',
                    label: t.dueOn,
                    kind: 'date',
                    help: ruleDue && dueWindow ? (dueWindow.latest ? t.documentDue(ruleDue, dueWindow.earliest, dueWindow.latest) : t.decisionDue(ruleDue, dueWindow.earliest)) : undefined,
                  }}
                  required={false}
                />
              </Col>
            )}
            {kind === 'contract' && (
              <>
                <Col xs={24} md={12}>
                  <FieldItem field={field('counterparty')} required={false} />
                </Col>
                <Col xs={24} md={12}>
                  <ContractAmountItem />
                </Col>
              </>
            )}
            <Col xs={24} md={12}>
              <FieldItem field={field('handlerName')} required={isRequired(reviewSpec, 'handlerName')} />
            </Col>
            <Col xs={24} md={12}>
              <FieldItem field={field('adviserId')} required={false} />
            </Col>
            <Col xs={24} md={12}>
              <FieldItem field={field('adviserRequested')} required={false} />
            </Col>
            <Col xs={24}>
              <Form.Item name="materials" label={t.materials} required>
                <Checkbox.Group>
                  <Flex vertical gap={4}>
                    {reviewMaterialsByKind[kind].map((m) => (
                      <Checkbox key={m.code} value={m.code}>
                        {m.label} {requiredMaterials(kind).includes(m.code) && <Tag color="red">{t.materialsRequired}</Tag>}
                      </Checkbox>
                    ))}
                  </Flex>
                </Checkbox.Group>
              </Form.Item>
            </Col>
            <Col xs={24}>
              <FieldItem field={field('note')} required={false} />
            </Col>
          </Row>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {common.save}
            </Button>
            <Button onClick={() => navigate(-1)}>{common.cancel}</Button>
          </Flex>
        </Form>
      </Card>
    </Page>
  );
}
