import { App, Button, Card, Empty, Flex, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { messages } from './messages';
import type { Assignee } from '@fazhi/core/legal-review/index';

const t = messages.assignees;
type UserRow = { id: string; displayName: string; orgUnitName?: string };

/** 审核人员: the reviewing officer and the 法律顾问/公职律师 assigned to the request (the register kit's assignees). */
// `editable`: the reviewing organ's right to assign, which is also the right to remove (one right for both).
export function AssigneesCard({ requestId, assignees, editable, requested, onChanged }: { requestId: string; assignees: Assignee[]; editable: boolean; requested: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [users, setUsers] = useState<UserRow[]>([]);
  const [userId, setUserId] = useState<string>();
  const [role, setRole] = useState<'reviewer' | 'adviser'>('reviewer');
  const [busy, setBusy] = useState(false);

  // Only people who hold the duty: reviewers who review, advisers who are advisers (the server refuses others).
  const search = async (q: string, as = role) => {
    try {
      setUsers(await api.get<UserRow[]>('legal-review/assignable-users', q ? { role: as, q } : { role: as }));
    } catch {
      setUsers([]);
    }
  };

  const add = async () => {
    if (!userId) return;
    setBusy(true);
    try {
      await api.post(`legal-review/requests/${requestId}/assignees`, { userId, role });
      message.success(t.done);
      setUserId(undefined);
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (a: Assignee) => {
    try {
      await api.delete(`legal-review/requests/${requestId}/assignees/${a.id}`);
      message.success(t.removed);
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card title={t.title} extra={<Typography.Text type="secondary">{t.hint}</Typography.Text>} styles={{ extra: { whiteSpace: 'normal' } }}>
      {requested && !assignees.some((a) => a.role === 'adviser') && <Tag color="gold">{t.requested}</Tag>}
      {assignees.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.none} />
      ) : (
        <List
          size="small"
          dataSource={assignees}
          renderItem={(a) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Popconfirm key="remove" title={t.removeConfirm} onConfirm={() => void remove(a)} okText={t.remove} cancelText="取消">
                        <Button type="link" size="small" danger>
                          {t.remove}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex gap={8} wrap align="center">
                <span>{a.displayName}</span>
                <Tag color={a.role === 'adviser' ? 'purple' : 'blue'}>{t.roles[a.role] ?? a.role}</Tag>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editable && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Select
            showSearch
            filterOption={false}
            value={userId}
            onChange={setUserId}
            onSearch={(q) => void search(q)}
            onFocus={() => void (users.length === 0 && search(''))}
            placeholder={t.user}
            aria-label={t.user}
            style={{ minWidth: 220, flex: 1 }}
            options={users.map((u) => ({ value: u.id, label: u.orgUnitName ? `${u.displayName}（${u.orgUnitName}）` : u.displayName }))}
          />
          <Select
            value={role}
            onChange={(v) => {
              setRole(v);
              setUserId(undefined);
              void search('', v);
            }}
            aria-label={t.role}
            style={{ minWidth: 200 }}
            options={(['reviewer', 'adviser'] as const).map((r) => ({ value: r, label: t.roles[r] }))}
          />
          <Button type="primary" onClick={() => void add()} loading={busy} disabled={!userId}>
            {t.add}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
