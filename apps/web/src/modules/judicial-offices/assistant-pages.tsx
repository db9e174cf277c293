import { assistantSecretFields, assistantSpec, trainingCreateSchema, trainingKinds, trainingSpec } from '@fazhi/core/judicial-offices/index';
import { formFieldsOf } from '@fazhi/core';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../../platform/auth/me-context';
import { FormModal } from '../../platform/form/form-modal';
import type { Validator } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { ListPage, RecordDetail } from '../../platform/register/types';
import { ActionButtons } from '../../platform/workflow/action-buttons';
import { messages } from './messages';

const basePath = '/judicial-offices/assistants';
const t = messages.assistant;
// The form adds the write-only ID number and phone (kept encrypted; rows carry only their masks).
const formSpec = { ...assistantSpec, fields: [...assistantSpec.fields, ...assistantSecretFields] };

export const AssistantListPage = () => <RegisterListPage spec={assistantSpec} basePath={basePath} />;
export const AssistantFormPage = () => <RegisterFormPage spec={formSpec} basePath={basePath} />;

/** 司法协理员: hiring and exit, masked ID number and phone (revealed with a reason), training records. */
export function AssistantDetailPage() {
  return (
    <RegisterDetailPage spec={assistantSpec} basePath={basePath} heading={(r) => String(r.name ?? '')} extraLabels={{ idNumberEnc: t.idNumber, phoneEnc: t.phone }}>
      {({ record }) => (
        <>
          <IdentityCard record={record} />
          <TrainingsCard record={record} />
        </>
      )}
    </RegisterDetailPage>
  );
}

function IdentityCard({ record }: { record: RecordDetail }) {
  const canReveal = useCan('judicialOffices', 'reveal');
  const [asking, setAsking] = useState<'id-number' | 'phone'>();
  const [shown, setShown] = useState<string>();
  const item = (key: 'id-number' | 'phone', label: string, masked: unknown) => ({
    key,
    label,
    children: (
      <>
        <Typography.Text code={Boolean(masked)}>{masked ? String(masked) : t.none}</Typography.Text>
        {canReveal && Boolean(masked) && (
          <Button type="link" size="small" onClick={() => setAsking(key)}>
            {t.revealId}
          </Button>
        )}
      </>
    ),
  });
  return (
    <Card title={t.contact}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[item('id-number', t.idNumber, record.idNumberMasked), item('phone', t.phone, record.phoneMasked)]} />
      <FormModal<{ reason: string }>
        name="reveal-assistant"
        title={t.revealTitle}
        okText={t.revealId}
        open={Boolean(asking)}
        onClose={() => setAsking(undefined)}
        check={(v) => {
          const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
          return reason.length >= 2 ? { ok: true, data: { reason } } : { ok: false, issues: [{ path: ['reason'], message: t.revealReasonRequired }] };
        }}
        send={async (body) => setShown((await api.post<{ value: string }>(`judicial-offices/assistants/${record.id}/reveal-${asking}`, body)).value)}
      >
        <Alert type="info" showIcon title={t.revealReasonHint} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t.revealReason} required>
          <Input.TextArea placeholder={t.revealReason} maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <Modal open={Boolean(shown)} title={t.revealed} onCancel={() => setShown(undefined)} footer={<Button onClick={() => setShown(undefined)}>{common.ok}</Button>}>
        <Typography.Text copyable strong style={{ fontSize: 18 }}>
          {shown}
        </Typography.Text>
      </Modal>
    </Card>
  );
}

type Training = { id: string; kind: string; trainedOn: string; hours: number; subject: string };
// The training form: the contract's fields but the assistant and office, which come from the record.
const trainingInput = trainingCreateSchema.omit({ assistantId: true, orgUnitId: true });

function TrainingsCard({ record }: { record: RecordDetail }) {
  const canAdd = useCan('judicialOffices', 'create') && record.permissions.update;
  const { data, reload } = useApi(`trainings:${record.id}`, (signal) =>
    api.get<ListPage<Training>>(`judicial-offices/assistants/${record.id}/trainings`, { pageSize: 100, sort: 'trainedOn', order: 'asc' }, { signal }),
  );
  const items = data?.items ?? [];
  return (
    <Card
      title={t.trainings}
      extra={
        canAdd && (
          <ActionButtons
            url={() => trainingSpec.path}
            version={record.version}
            onDone={reload}
            actions={[
              {
                name: 'training',
                label: t.addTraining,
                fields: formFieldsOf(trainingInput),
                schema: trainingInput as unknown as Validator<Record<string, unknown>>,
                body: (v) => ({ ...v, assistantId: record.id, orgUnitId: record.orgUnitId }),
              },
            ]}
          />
        )
      }
    >
      <Typography.Paragraph type="secondary">{t.hours(Number(record.trainingHours ?? 0))}</Typography.Paragraph>
      <Table<Training>
        size="small"
        rowKey="id"
        pagination={false}
        locale={{ emptyText: t.noTrainings }}
        dataSource={items}
        columns={[
          { key: 'trainedOn', title: '培训日期', dataIndex: 'trainedOn', width: 120 },
          { key: 'kind', title: '培训类型', render: (_, x) => trainingKinds.label(x.kind), width: 110 },
          { key: 'hours', title: '学时', dataIndex: 'hours', width: 80, align: 'right' },
          { key: 'subject', title: '培训内容', dataIndex: 'subject' },
        ]}
      />
    </Card>
  );
}
