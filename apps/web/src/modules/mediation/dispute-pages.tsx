import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { disputeSpec, disputeWorkflow, type DisputeDetail, type Party } from '@fazhi/core/mediation/index';
import { Alert, Button, Card, Col, Form, Input, Modal, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useCan } from '../../platform/auth/me-context';
import { FormModal } from '../../platform/form/form-modal';
import { messages as common } from '../../platform/messages';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { messages } from './messages';
import { DisputeStateTag } from './state-tag';

const basePath = '/mediation/disputes';
const t = messages.parties;

export function DisputeListPage() {
  return (
    <RegisterListPage
      spec={disputeSpec}
      basePath={basePath}
      renderColumn={{ state: (row) => <DisputeStateTag state={row.state} />, smartSystemEntered: (row) => (row.smartSystemEntered === true ? common.yes : common.no) }}
    />
  );
}

/** 纠纷详情: fields, state and workflow buttons (agreement, 司法确认, 回访), parties (masked), sessions, audit trail. */
export function DisputeDetailPage() {
  return (
    <RegisterDetailPage<DisputeDetail>
      spec={disputeSpec}
      basePath={basePath}
      heading={(r) => r.caseNumber}
      extraLabels={messages.extraLabels}
      tags={({ record }) => (
        <>
          <DisputeStateTag state={record.state} />
          {record.typicalCase === true && <Tag color="gold">{messages.detail.typical}</Tag>}
        </>
      )}
      actions={({ record, reload }) => (
        <WorkflowActions workflow={disputeWorkflow} options={record.transitions} url={(name) => `mediation/disputes/${record.id}/transitions/${name}`} version={record.version} onDone={reload} />
      )}
    >
      {({ record }) => (
        <>
          {record.state === 'succeeded' && !record.confirmationAppliedOn && typeof record.confirmationDueOn === 'string' && (
            <Alert type="info" showIcon title={messages.detail.confirmationDue(record.confirmationDueOn)} />
          )}
          <PartiesCard disputeId={record.id} parties={record.parties ?? []} />
          <Card title={messages.sessions.title}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: messages.sessions.none }}
              dataSource={record.sessions ?? []}
              columns={[
                { key: 'heldOn', title: messages.sessions.heldOn, dataIndex: 'heldOn' },
                { key: 'content', title: messages.sessions.content, dataIndex: 'content' },
                { key: 'recordedBy', title: messages.sessions.recordedBy, dataIndex: 'recordedBy' },
              ]}
            />
          </Card>
        </>
      )}
    </RegisterDetailPage>
  );
}

function PartiesCard({ disputeId, parties }: { disputeId: string; parties: Party[] }) {
  const canReveal = useCan('mediation', 'reveal');
  const [target, setTarget] = useState<Party>();
  const [revealed, setRevealed] = useState<{ name: string; idNumber: string | null; phone: string | null }>();
  const columns: TableColumnsType<Party> = [
    { key: 'name', title: t.name, dataIndex: 'name' },
    { key: 'id', title: t.identity, render: (_: unknown, p) => p.idNumberMasked ?? common.empty },
    { key: 'phone', title: t.contact, render: (_: unknown, p) => p.phoneMasked ?? common.empty },
    {
      key: 'actions',
      title: common.actions,
      render: (_: unknown, p) =>
        canReveal && (p.idNumberMasked || p.phoneMasked) ? (
          <Button type="link" size="small" onClick={() => setTarget(p)}>
            {t.reveal}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card title={t.title}>
      <Table<Party> rowKey="id" size="small" columns={columns} dataSource={parties} pagination={false} scroll={{ x: 'max-content' }} />
      <FormModal<{ reason: string }>
        name="reveal-party"
        title={`${t.revealTitle}（${target?.name ?? ''}）`}
        okText={t.reveal}
        open={Boolean(target)}
        onClose={() => setTarget(undefined)}
        check={(v) => {
          const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
          return reason.length >= 2 ? { ok: true, data: { reason } } : { ok: false, issues: [{ path: ['reason'], message: t.revealReasonRequired }] };
        }}
        send={async (body) => {
          if (!target) return;
          const shown = await api.post<{ idNumber: string | null; phone: string | null }>(`mediation/disputes/${disputeId}/parties/${target.id}/reveal`, body);
          setRevealed({ name: target.name, ...shown });
        }}
      >
        <Alert type="info" showIcon title={t.revealReasonHint} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t.revealReason} required>
          <Input.TextArea placeholder={t.revealReason} maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <Modal
        open={Boolean(revealed)}
        title={`${t.revealed}（${revealed?.name ?? ''}）`}
        onCancel={() => setRevealed(undefined)}
        footer={<Button onClick={() => setRevealed(undefined)}>{common.ok}</Button>}
      >
        <Typography.Paragraph copyable>{revealed?.idNumber ?? common.empty}</Typography.Paragraph>
        <Typography.Paragraph copyable>{revealed?.phone ?? common.empty}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}

/** Existing parties as form rows: only masks come back; the row's id keeps a stored number not typed again. */
function partiesOf(record: RecordDetail): Record<string, unknown> {
  const list = (record.parties as Party[] | undefined) ?? [];
  return { parties: list.map((p) => ({ id: p.id, name: p.name, idNumberMasked: p.idNumberMasked ?? undefined, phoneMasked: p.phoneMasked ?? undefined })) };
}

/** 登记纠纷: one card on a phone — the fields stack, the parties follow as plain rows. */
export function DisputeFormPage() {
  return (
    <RegisterFormPage spec={disputeSpec} basePath={basePath} createInitial={{ parties: [{}, {}], smartSystemEntered: false }} editInitial={partiesOf}>
      <PartiesFormList />
    </RegisterFormPage>
  );
}

function PartiesFormList() {
  return (
    <Form.List name="parties">
      {(items, { add, remove }) => (
        <>
          <Typography.Title level={5}>{t.title}</Typography.Title>
          {items.map(({ key, name }, index) => (
            <Row key={key} gutter={8} align="top">
              <Col xs={20} sm={7}>
                <Form.Item name={[name, 'name']} label={`${t.name} ${index + 1}`} required>
                  <Input placeholder={t.name} />
                </Form.Item>
              </Col>
              <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t.remove} disabled={items.length <= 2} onClick={() => remove(name)} />
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const masked = getFieldValue(['parties', name, 'idNumberMasked']) as string | undefined;
                    return (
                      <Form.Item name={[name, 'idNumber']} label={t.idNumber} extra={masked ? t.kept(masked) : undefined}>
                        <Input placeholder={t.idNumber} maxLength={18} autoComplete="off" />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
              </Col>
              <Col xs={24} sm={7}>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const masked = getFieldValue(['parties', name, 'phoneMasked']) as string | undefined;
                    return (
                      <Form.Item name={[name, 'phone']} label={t.phone} extra={masked ? t.kept(masked) : undefined}>
                        <Input placeholder={t.phone} inputMode="tel" maxLength={20} autoComplete="off" />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 24 }}>
            {t.add}
          </Button>
        </>
      )}
    </Form.List>
  );
}
