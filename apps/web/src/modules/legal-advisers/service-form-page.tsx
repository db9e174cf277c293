import { serviceCreateSchema, serviceKinds, serviceKindsFor, serviceUpdateSchema, type ServedOptions } from '@fazhi/core/legal-advisers/index';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Spin, Tag } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { dateItemProps } from '../../platform/common/dates';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { FormErrors } from '../../platform/form/form-errors';
import { useFormSubmit } from '../../platform/form/use-form-submit';
import { validate, type Issue, type Validated, type Validator } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { OrgTreeSelect } from '../../platform/org/org-tree-select';
import type { ListPage } from '../../platform/register/types';
import { messages } from './messages';
import type { Providers, ServiceDefaults, ServiceDetail } from './types';

const t = messages.quick;
// Kinds reserved for 村(社区) or 园区 are offered only there (the server refuses them elsewhere).
const kindOptionsFor = (group: ServedOptions['group'] | undefined) => (group ? serviceKindsFor(group) : serviceKinds.codes).map((k) => ({ value: k, label: serviceKinds.label(k) }));

type Values = {
  kind?: string;
  servedOn?: string;
  orgUnitId?: string;
  provider?: string;
  subject?: string;
  hours?: number;
  persons?: number;
  reviewRequestId?: string | null;
  enterpriseId?: string | null;
  themeId?: string | null;
  outcome?: string;
};

/** The form's one provider field ('adviser:<id>' or 'lawyer:<id>') ↔ the contract's two ids. */
const providerOf = (r: { adviserId?: string | null; publicLawyerId?: string | null }) => (r.adviserId ? `adviser:${r.adviserId}` : r.publicLawyerId ? `lawyer:${r.publicLawyerId}` : undefined);

function bodyOf(v: Values, group?: ServedOptions['group']): Record<string, unknown> {
  const [kind, id] = (v.provider ?? ':').split(':');
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  return {
    kind: v.kind,
    servedOn: v.servedOn,
    orgUnitId: v.orgUnitId,
    adviserId: kind === 'adviser' ? id : null,
    publicLawyerId: kind === 'lawyer' ? id : null,
    subject: text(v.subject),
    hours: v.hours ?? undefined,
    persons: v.persons ?? 1,
    reviewRequestId: v.kind === 'legalOpinion' ? (v.reviewRequestId ?? null) : null,
    // Before the unit's group is known, keep what the record holds.
    enterpriseId: group === undefined || group === 'park' ? (v.enterpriseId ?? null) : null,
    themeId: group === undefined || group === 'community' ? (v.themeId ?? null) : null,
    outcome: text(v.outcome) ?? null,
  };
}

// The contract names adviserId / publicLawyerId; the form shows them as one field.
const onForm = (issues: Issue[]) => issues.map((i) => (i.path[0] === 'adviserId' || i.path[0] === 'publicLawyerId' ? { ...i, path: ['provider'] } : i));

/** 登记 / 修改服务: one short form that fits a phone, filled with today, the user's last unit, kind and provider. */
export function ServiceFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const record = useApi(id ? `legal-advisers/services/${id}` : null, (signal) => api.get<ServiceDetail>(`legal-advisers/services/${id}`, undefined, { signal }));
  const defaults = useApi(id ? null : 'legal-advisers/services/defaults', (signal) => api.get<ServiceDefaults>('legal-advisers/services/defaults', undefined, { signal }));
  const error = record.error ?? defaults.error;
  if (error) return <LoadError error={error} onRetry={id ? record.reload : defaults.reload} />;
  if (id ? !record.data : !defaults.data) return <Spin style={{ display: 'block', marginTop: 64 }} />;
  let initial: Values;
  if (record.data) {
    const r = record.data;
    initial = {
      kind: r.kind,
      servedOn: r.servedOn,
      orgUnitId: r.orgUnitId,
      provider: providerOf(r),
      subject: r.subject,
      hours: r.hours,
      persons: r.persons,
      reviewRequestId: r.reviewRequestId,
      enterpriseId: r.enterpriseId,
      themeId: r.themeId,
      outcome: r.outcome ?? undefined,
    };
  } else {
    const d = defaults.data!;
    const asked = providerOf({ adviserId: search.get('adviserId'), publicLawyerId: search.get('publicLawyerId') });
    initial = { kind: d.kind, servedOn: d.servedOn, orgUnitId: d.orgUnitId, provider: asked ?? providerOf(d), hours: d.hours, persons: 1 };
  }
  return <ServiceForm initial={initial} record={record.data} />;
}

function ServiceForm({ initial, record }: { initial: Values; record?: ServiceDetail }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Which button submitted: read when the answer comes, after the click's render.
  const again = useRef(false);
  const unit = Form.useWatch('orgUnitId', form) ?? initial.orgUnitId;
  const kind = Form.useWatch('kind', form) ?? initial.kind;

  const providers = useApi(unit ? `providers:${unit}` : null, (signal) => api.get<Providers>('legal-advisers/providers', { orgUnitId: unit }, { signal }));
  const served = useApi(unit ? `served-options:${unit}` : null, (signal) => api.get<ServedOptions>('legal-advisers/served-options', { orgUnitId: unit }, { signal }));
  const group = served.data?.group;
  const kindOptions = kindOptionsFor(group);
  const providerOptions = useMemo(() => {
    const label = (name: string, detail: string | null, servesUnit: boolean, mine?: boolean) => (
      <Flex gap={4} wrap align="center">
        <span>{name}</span>
        {detail && <span style={{ color: '#888' }}>{detail}</span>}
        {mine && <Tag color="purple">{t.mine}</Tag>}
        {servesUnit && <Tag color="green">{t.servesUnit}</Tag>}
      </Flex>
    );
    const data = providers.data;
    if (!data) return [];
    return [
      {
        label: t.advisersGroup,
        title: t.advisersGroup,
        options: data.advisers.map((a) => ({ value: `adviser:${a.id}`, label: label(a.name, a.detail, a.servesUnit, a.mine), search: `${a.name}${a.detail ?? ''}` })),
      },
      {
        label: t.lawyersGroup,
        title: t.lawyersGroup,
        options: data.publicLawyers.map((p) => ({ value: `lawyer:${p.id}`, label: label(p.name, p.detail, p.servesUnit), search: `${p.name}${p.detail ?? ''}` })),
      },
    ];
  }, [providers.data]);

  const [reviewQuery, setReviewQuery] = useState('');
  const reviews = useApi(kind === 'legalOpinion' ? `reviews:${reviewQuery}` : null, (signal) =>
    api.get<ListPage<{ id: string; title: string }>>('legal-review/requests', { q: reviewQuery || undefined, pageSize: 20 }, { signal }),
  );
  const reviewOptions = [
    ...(record?.reviewRequestId && record.reviewRequestTitle ? [{ value: record.reviewRequestId, label: record.reviewRequestTitle }] : []),
    ...(reviews.data?.items ?? []).filter((r) => r.id !== record?.reviewRequestId).map((r) => ({ value: r.id, label: r.title })),
  ];

  const check = (values: Record<string, unknown>): Validated<Record<string, unknown>> => {
    const body = bodyOf(values as Values, group);
    if (!record) {
      const checked = validate(serviceCreateSchema as Validator<Record<string, unknown>>, body);
      return checked.ok ? checked : { ok: false, issues: onForm(checked.issues) };
    }
    // An edit sends what changed, with the version it read.
    const before = bodyOf(initial, group);
    const changed: Record<string, unknown> = { version: record.version };
    for (const [k, v] of Object.entries(body)) if (JSON.stringify(v ?? null) !== JSON.stringify(before[k] ?? null)) changed[k] = v ?? null;
    const checked = validate(serviceUpdateSchema as Validator<Record<string, unknown>>, changed);
    return checked.ok ? checked : { ok: false, issues: onForm(checked.issues) };
  };

  const { submit, submitting, errors } = useFormSubmit(form, {
    check,
    send: async (body) => {
      if (record) {
        if (Object.keys(body).length === 1) {
          message.info(common.register.noChanges);
          return;
        }
        await api.patch(`legal-advisers/services/${record.id}`, body);
        message.success(common.saved);
        navigate(`/legal-advisers/services/${record.id}`, { replace: true });
        return;
      }
      const saved = await api.post<ServiceDetail>('legal-advisers/services', body);
      message.success(t.saved);
      if (again.current) {
        // Keep date, unit, kind and provider: the next entry is usually the same visit.
        form.setFieldsValue({ subject: undefined, outcome: undefined, reviewRequestId: null, persons: 1 });
      } else navigate(`/legal-advisers/services/${saved.id}`, { replace: true });
    },
  });

  return (
    <Page title={record ? t.editTitle : t.createTitle}>
      <Card styles={{ body: { maxWidth: 640 } }}>
        <FormErrors errors={errors} />
        <Form form={form} name="legal-service" layout="vertical" initialValues={initial} onFinish={() => void submit()}>
          <Form.Item name="kind" label={t.kind} required>
            <Radio.Group options={kindOptions} optionType="button" buttonStyle="solid" aria-label={t.kind} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="servedOn" label={t.servedOn} required {...dateItemProps} style={{ flex: '1 1 160px' }}>
              <DatePicker placeholder={t.servedOn} style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
            <Form.Item name="hours" label={t.hours} required style={{ flex: '1 1 120px' }}>
              <InputNumber placeholder={t.hours} min={0.5} max={24} step={0.5} inputMode="decimal" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="persons" label={t.persons} required style={{ flex: '1 1 120px' }} extra={kind === 'consultation' ? t.personsHelp : undefined}>
              <InputNumber placeholder={t.persons} min={1} max={10000} step={1} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="orgUnitId" label={t.unit} required>
            <OrgTreeSelect placeholder={t.unit} aria-label={t.unit} />
          </Form.Item>
          <Form.Item name="provider" label={t.provider} required extra={unit ? undefined : t.pickUnitFirst}>
            <Select placeholder={t.providerPlaceholder} aria-label={t.provider} loading={providers.loading} options={providerOptions} showSearch={{ optionFilterProp: 'search' }} />
          </Form.Item>
          {group === 'park' && (
            <Form.Item name="enterpriseId" label={t.enterprise} extra={t.enterpriseHelp}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t.enterprisePlaceholder}
                aria-label={t.enterprise}
                loading={served.loading}
                options={served.data?.enterprises.map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
          )}
          {group === 'community' && (
            <Form.Item name="themeId" label={t.theme}>
              <Select
                allowClear
                placeholder={t.themePlaceholder}
                aria-label={t.theme}
                loading={served.loading}
                options={served.data?.themes.map((m) => ({ value: m.id, label: `${m.monthOn.slice(0, 7)} ${m.title}` }))}
              />
            </Form.Item>
          )}
          <Form.Item name="subject" label={t.subject} required>
            <Input placeholder={t.subjectPlaceholder} maxLength={200} />
          </Form.Item>
          {kind === 'legalOpinion' && (
            <Form.Item name="reviewRequestId" label={t.review}>
              <Select
                allowClear
                showSearch={{ filterOption: false, onSearch: setReviewQuery }}
                placeholder={t.reviewPlaceholder}
                aria-label={t.review}
                loading={reviews.loading}
                options={reviewOptions}
              />
            </Form.Item>
          )}
          <Form.Item name="outcome" label={t.outcome}>
            <Input.TextArea placeholder={t.outcome} maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Flex gap={8} wrap>
            <Button type="primary" size="large" htmlType="submit" loading={submitting} onClick={() => (again.current = false)} style={{ flex: '1 1 140px' }}>
              {t.submit}
            </Button>
            {!record && (
              <Button size="large" htmlType="submit" disabled={submitting} onClick={() => (again.current = true)} style={{ flex: '1 1 140px' }}>
                {t.submitAndNext}
              </Button>
            )}
            <Button size="large" onClick={() => navigate(-1)} style={{ flex: '0 1 100px' }}>
              {common.cancel}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Page>
  );
}
