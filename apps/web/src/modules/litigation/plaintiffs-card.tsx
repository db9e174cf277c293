import { partyKinds } from '@fazhi/core/litigation/index';
import { Alert, Button, Card, Form, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useCan } from '../../platform/auth/me-context';
import { FormModal } from '../../platform/form/form-modal';
import { messages as common } from '../../platform/messages';
import { messages } from './messages';
import type { Plaintiff } from '@fazhi/core/litigation/index';

const t = messages.plaintiffs;

/** Plaintiffs with masked ID numbers; 查看 reveals one after the user states a reason (audited server-side). */
export function PlaintiffsCard({ caseId, plaintiffs }: { caseId: string; plaintiffs: Plaintiff[] }) {
  const canReveal = useCan('litigation', 'reveal');
  const [target, setTarget] = useState<Plaintiff>();
  const [revealed, setRevealed] = useState<{ name: string; idNumber: string }>();

  const columns: TableColumnsType<Plaintiff> = [
    { key: 'kind', title: t.kind, dataIndex: 'kind', render: (v: string) => partyKinds.label(v) },
    { key: 'name', title: t.name, dataIndex: 'name' },
    {
      key: 'identity',
      title: t.identity,
      render: (_: unknown, p) => <Typography.Text code={Boolean(p.idNumberMasked ?? p.creditCode)}>{p.idNumberMasked ?? p.creditCode ?? common.empty}</Typography.Text>,
    },
    {
      key: 'actions',
      title: common.actions,
      render: (_: unknown, p) =>
        canReveal && p.idNumberMasked ? (
          <Button type="link" size="small" onClick={() => setTarget(p)}>
            {t.reveal}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t.title}>
      <Table<Plaintiff> rowKey="id" size="small" columns={columns} dataSource={plaintiffs} pagination={false} scroll={{ x: 'max-content' }} />
      <FormModal<{ reason: string }>
        name="reveal-id"
        title={`${t.revealTitle}（${target?.name ?? ''}）`}
        okText={t.reveal}
        open={Boolean(target)}
        onClose={() => setTarget(undefined)}
        check={(v) => {
          const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
          // Same bound as the server (2–200 characters), so the user learns it before sending.
          return reason.length >= 2 ? { ok: true, data: { reason } } : { ok: false, issues: [{ path: ['reason'], message: t.revealReasonRequired }] };
        }}
        send={async (body) => {
          if (!target) return;
          const { idNumber } = await api.post<{ idNumber: string }>(`litigation/cases/${caseId}/plaintiffs/${target.id}/reveal`, body);
          setRevealed({ name: target.name, idNumber });
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
        <Typography.Text copyable strong style={{ fontSize: 18 }}>
          {revealed?.idNumber}
        </Typography.Text>
      </Modal>
    </Card>
  );
}
