import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useCan } from '../auth/me-context';
import { FormModal } from '../form/form-modal';
import { messages } from '../messages';

const t = messages.reveal;
type Props = { module: string; path: string; id: string; field: string; label: string };

/**
 * Shows one personal-data field in full through the register kit's reveal route (`POST <path>/:id/reveal`): only for
 * users holding `reveal`, after they state a reason, which the server writes to the audit log.
 */
export function RevealButton({ module, path, id, field, label }: Props) {
  const canReveal = useCan(module, 'reveal');
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<string>();
  if (!canReveal) return null;
  return (
    <>
      <Button onClick={() => setAsking(true)}>{t.button(label)}</Button>
      <FormModal<{ reason: string }>
        name={`reveal-${field}`}
        title={t.button(label)}
        okText={t.ok}
        open={asking}
        onClose={() => setAsking(false)}
        check={(v) => {
          const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
          return reason.length >= 2 ? { ok: true, data: { reason } } : { ok: false, issues: [{ path: ['reason'], message: t.reasonRequired }] };
        }}
        send={async ({ reason }) => setShown((await api.post<{ value: string }>(`${path}/${id}/reveal`, { field, reason })).value)}
      >
        <Alert type="info" showIcon title={t.hint} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t.reason} required>
          <Input.TextArea placeholder={t.reason} maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <Modal open={shown !== undefined} title={label} onCancel={() => setShown(undefined)} footer={<Button onClick={() => setShown(undefined)}>{messages.ok}</Button>}>
        <Typography.Text copyable strong style={{ fontSize: 18 }}>
          {shown}
        </Typography.Text>
      </Modal>
    </>
  );
}
