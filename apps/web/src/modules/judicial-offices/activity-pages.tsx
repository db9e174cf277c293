import { activityCreateSchema, activityKinds, activitySpec, quantityUnits, type ActivityKind } from '@fazhi/core/judicial-offices/index';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { dateItemProps, today } from '../../platform/common/dates';
import { Page } from '../../platform/common/page';
import { FormErrors } from '../../platform/form/form-errors';
import { useFormSubmit } from '../../platform/form/use-form-submit';
import { validate, type Validator } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { OrgTreeSelect } from '../../platform/org/org-tree-select';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';

const basePath = '/judicial-offices/activities';
const t = messages.quick;

export const ActivityListPage = () => <RegisterListPage spec={activitySpec} basePath={basePath} />;
export const ActivityDetailPage = () => <RegisterDetailPage spec={activitySpec} basePath={basePath} heading={(r) => String(r.subject ?? '')} />;
export const ActivityEditPage = () => <RegisterFormPage spec={activitySpec} basePath={basePath} />;

type Values = { kind: ActivityKind; occurredOn?: string; orgUnitId?: string; subject?: string; quantity?: number; persons?: number; place?: string };
const kindOptions = activityKinds.codes.map((k) => ({ value: k, label: activityKinds.label(k) }));
// The kinds reported with 人次 (法治宣传 participants, 法律咨询 persons received).
const withPersons = (kind: ActivityKind) => kind === 'legalPublicity' || kind === 'consultation';

/** 登记工作: one card that fits a phone; “保存并继续” keeps date, office and kind for the next entry. */
export function ActivityFormPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const again = useRef(false);
  const kind = (Form.useWatch('kind', form) ?? 'legalPublicity') as ActivityKind;
  const initial: Values = { kind: 'legalPublicity', occurredOn: today(), quantity: 1 };

  const check = (values: Record<string, unknown>) => {
    const v = values as Values;
    const text = (s?: string) => (s?.trim() ? s.trim() : undefined);
    const body = { ...v, subject: text(v.subject), place: text(v.place), persons: withPersons(v.kind) ? v.persons : undefined };
    return validate(activityCreateSchema as Validator<Record<string, unknown>>, Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined && x !== null)));
  };
  const { submit, submitting, errors } = useFormSubmit(form, {
    check,
    send: async (body) => {
      const saved = await api.post<{ id: string }>('judicial-offices/activities', body);
      message.success(t.saved);
      if (again.current) form.setFieldsValue({ subject: undefined, persons: undefined, quantity: 1 });
      else navigate(`${basePath}/${saved.id}`, { replace: true });
    },
  });

  return (
    <Page title={t.createTitle}>
      <Card styles={{ body: { maxWidth: 640 } }}>
        <FormErrors errors={errors} />
        <Form form={form} name="judicial-activity" layout="vertical" initialValues={initial} onFinish={() => void submit()}>
          <Form.Item name="kind" label={t.kind} required>
            <Radio.Group options={kindOptions} optionType="button" buttonStyle="solid" aria-label={t.kind} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="occurredOn" label={t.occurredOn} required {...dateItemProps} style={{ flex: '1 1 160px' }}>
              <DatePicker placeholder={t.occurredOn} style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
            <Form.Item name="quantity" label={t.quantity(quantityUnits[kind])} required style={{ flex: '1 1 120px' }}>
              <InputNumber placeholder={t.quantity(quantityUnits[kind])} min={1} max={10000} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
            {withPersons(kind) && (
              <Form.Item name="persons" label={t.persons} required extra={t.personsHelp[kind]} style={{ flex: '1 1 120px' }}>
                <InputNumber placeholder={t.persons} min={1} max={100000} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Flex>
          <Form.Item name="orgUnitId" label={t.office} required>
            <OrgTreeSelect placeholder={t.office} aria-label={t.office} />
          </Form.Item>
          <Form.Item name="subject" label={t.subject} required>
            <Input placeholder={t.subjectPlaceholder} maxLength={200} />
          </Form.Item>
          <Form.Item name="place" label={t.place}>
            <Input placeholder={t.place} maxLength={100} />
          </Form.Item>
          <Flex gap={8} wrap>
            <Button type="primary" size="large" htmlType="submit" loading={submitting} onClick={() => (again.current = false)} style={{ flex: '1 1 140px' }}>
              {t.submit}
            </Button>
            <Button size="large" htmlType="submit" disabled={submitting} onClick={() => (again.current = true)} style={{ flex: '1 1 140px' }}>
              {t.submitAndNext}
            </Button>
            <Button size="large" onClick={() => navigate(-1)} style={{ flex: '0 1 100px' }}>
              {common.cancel}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Page>
  );
}
