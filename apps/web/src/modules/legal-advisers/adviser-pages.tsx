import { adviserSpec } from '@fazhi/core/legal-advisers/index';
import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Modal, Row, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../../platform/auth/me-context';
import { FormModal } from '../../platform/form/form-modal';
import { messages as common } from '../../platform/messages';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';
import { ProviderLogCard } from './provider-log-card';
import { ServedUnitsSelect } from './served-units-select';
import { StateTag } from './state-tag';
import type { AdviserDetail } from './types';

const basePath = '/legal-advisers/advisers';

export function AdviserListPage() {
  return <RegisterListPage spec={adviserSpec} basePath={basePath} renderColumn={{ state: (row) => <StateTag state={row.state} of="adviser" /> }} />;
}

/** 法律顾问: contract and units served, the phone (masked; revealed with a reason), and the adviser's service log. */
export function AdviserDetailPage() {
  return (
    <RegisterDetailPage<AdviserDetail>
      spec={adviserSpec}
      basePath={basePath}
      heading={(r) => r.name}
      extraLabels={{ servedUnitNames: messages.servedUnits.title, servedUnitCount: '服务单位数', phoneEnc: messages.phone.field, userId: messages.linkedUser }}
      tags={({ record }) => <StateTag state={record.state} of="adviser" />}
    >
      {({ record }) => (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <ServedUnitsCard record={record} />
            </Col>
            <Col xs={24} lg={8}>
              <ContactCard record={record} />
            </Col>
          </Row>
          <ProviderLogCard provider="advisers" id={record.id} totals={record.serviceTotals} />
        </>
      )}
    </RegisterDetailPage>
  );
}

function ServedUnitsCard({ record }: { record: AdviserDetail }) {
  const t = messages.servedUnits;
  const communities = record.servedUnits.filter((u) => u.kind === 'community');
  const others = record.servedUnits.filter((u) => u.kind !== 'community');
  // Up to a hundred tags: plain wrapping rows, so a phone never scrolls sideways.
  const group = (label: string, units: typeof others, color?: string) => (
    <Flex vertical gap={4} style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Flex wrap gap={4}>
        {units.map((u) => (
          <Tag key={u.id} color={color} style={{ marginInlineEnd: 0 }}>
            {u.name}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
  return (
    <Card title={t.title} style={{ height: '100%' }}>
      {record.servedUnits.length === 0 && <Typography.Text type="secondary">{t.none}</Typography.Text>}
      {others.length > 0 && group(t.others(others.length), others)}
      {communities.length > 0 && group(t.communities(communities.length), communities, 'blue')}
      {record.enterprisesServed && (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t.enterprises}</Typography.Text>
          <span style={{ whiteSpace: 'pre-wrap' }}>{record.enterprisesServed}</span>
        </Flex>
      )}
    </Card>
  );
}

function ContactCard({ record }: { record: AdviserDetail }) {
  const t = messages.phone;
  const canReveal = useCan('legalAdvisers', 'reveal');
  const [asking, setAsking] = useState(false);
  const [phone, setPhone] = useState<string>();
  return (
    <Card title={t.title} style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'phone',
            label: t.field,
            children: (
              <>
                <Typography.Text code={Boolean(record.phoneMasked)}>{record.phoneMasked ?? t.none}</Typography.Text>
                {canReveal && record.phoneMasked && (
                  <Button type="link" size="small" onClick={() => setAsking(true)}>
                    {t.reveal}
                  </Button>
                )}
              </>
            ),
          },
          { key: 'user', label: messages.linkedUser, children: record.linkedUser?.displayName ?? common.empty },
        ]}
      />
      <FormModal<{ reason: string }>
        name="reveal-phone"
        title={t.revealTitle}
        okText={t.reveal}
        open={asking}
        onClose={() => setAsking(false)}
        check={(v) => {
          const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
          return reason.length >= 2 ? { ok: true, data: { reason } } : { ok: false, issues: [{ path: ['reason'], message: t.revealReasonRequired }] };
        }}
        send={async (body) => setPhone((await api.post<{ phone: string }>(`legal-advisers/advisers/${record.id}/reveal-phone`, body)).phone)}
      >
        <Alert type="info" showIcon title={t.revealReasonHint} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t.revealReason} required>
          <Input.TextArea placeholder={t.revealReason} maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <Modal open={Boolean(phone)} title={t.revealed} onCancel={() => setPhone(undefined)} footer={<Button onClick={() => setPhone(undefined)}>{common.ok}</Button>}>
        <Typography.Text copyable strong style={{ fontSize: 18 }}>
          {phone}
        </Typography.Text>
      </Modal>
    </Card>
  );
}

/** Phone and units served are not spec fields: the phone is write-only (its mask is the hint), units are a list. */
function AdviserExtraFields() {
  const form = Form.useFormInstance();
  const masked = Form.useWatch('phoneMasked', { form, preserve: true }) as string | undefined;
  const canLink = useCan('users', 'read');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="phone" label={messages.phone.field} extra={masked ? messages.phone.keep(masked) : undefined}>
          <Input placeholder={messages.phone.field} inputMode="tel" maxLength={20} />
        </Form.Item>
      </Col>
      {canLink && (
        <Col xs={24} md={12}>
          <Form.Item name="userId" label={messages.linkedUser} extra={messages.linkedUserHelp}>
            <LinkedUserSelect />
          </Form.Item>
        </Col>
      )}
      <Col xs={24}>
        <Form.Item name="servedUnitIds" label={messages.servedUnits.field} extra={messages.servedUnits.help} required>
          <ServedUnitsSelect />
        </Form.Item>
      </Col>
    </Row>
  );
}

type UserOption = { id: string; username: string; displayName: string; grants: { role: string }[] };

/** Accounts holding the 法律顾问 role: linking one lets that adviser's own log entries default to this roster entry. */
function LinkedUserSelect({ value, onChange, id }: { value?: string | null; onChange?: (v: string | null) => void; id?: string }) {
  const { data, loading } = useApi('users', (signal) => api.get<UserOption[]>('users', undefined, { signal }));
  const options = (data ?? []).filter((u) => u.grants.some((g) => g.role === 'adviser')).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  return (
    <Select
      id={id}
      allowClear
      aria-label={messages.linkedUser}
      placeholder={messages.linkedUser}
      loading={loading}
      options={options}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
    />
  );
}

export function AdviserFormPage() {
  return (
    <RegisterFormPage
      spec={adviserSpec}
      basePath={basePath}
      createInitial={{ kind: 'lawFirm', servedUnitIds: [] }}
      // phoneMasked only feeds the hint; it is not a request field and never changes, so it is never sent.
      editInitial={(r: RecordDetail) => ({ servedUnitIds: (r as AdviserDetail).servedUnitIds, phoneMasked: (r as AdviserDetail).phoneMasked, userId: r.userId ?? null })}
    >
      <AdviserExtraFields />
    </RegisterFormPage>
  );
}
