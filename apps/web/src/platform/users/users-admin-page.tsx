import { PlusOutlined } from '@ant-design/icons';
import { roles, type RoleCode } from '@fazhi/core';
import { App, Button, Card, Flex, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../auth/me-context';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';
import type { UserGrant, UserRow } from '@fazhi/core';
import { UserDialogs, type UserDialog } from './user-dialogs';

const t = messages.users;
const roleLabel = (role: string) => (role in roles ? roles[role as RoleCode].label : role);

/** 用户与授权: users in scope, with create, edit, reset password, grants and enable/disable. */
export function UsersAdminPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const { message, modal } = App.useApp();
  const canCreate = useCan('users', 'create');
  const canUpdate = useCan('users', 'update');
  const canManage = useCan('users', 'manage');
  const [dialog, setDialog] = useState<UserDialog>();
  const { data, error, loading, reload } = useApi(`users?${q}`, (signal) => api.get<UserRow[]>('users', { q }, { signal }));

  const act = async (work: () => Promise<unknown>, done = messages.saved) => {
    try {
      await work();
      message.success(done);
    } catch (e) {
      message.error(errorText(e));
    }
    reload();
  };

  const revoke = (user: UserRow, grant: UserGrant) =>
    modal.confirm({
      title: t.revokeConfirm,
      content: `${roleLabel(grant.role)}（${grant.orgUnitName}）`,
      okText: messages.ok,
      cancelText: messages.cancel,
      onOk: () => act(() => api.delete(`users/${user.id}/grants/${grant.id}`)),
    });

  const toggle = (user: UserRow) => {
    const flip = () => act(() => api.patch(`users/${user.id}`, { version: user.version, disabled: !user.disabled }));
    if (user.disabled) void flip();
    else modal.confirm({ title: t.disable, content: t.disableConfirm, okText: messages.ok, cancelText: messages.cancel, onOk: flip });
  };

  const columns: TableColumnsType<UserRow> = [
    { key: 'username', dataIndex: 'username', title: t.username },
    { key: 'displayName', dataIndex: 'displayName', title: t.displayName },
    { key: 'orgUnitName', dataIndex: 'orgUnitName', title: t.orgUnit },
    { key: 'phone', dataIndex: 'phoneMasked', title: t.phone, render: (v: string | null) => v ?? messages.empty },
    {
      key: 'grants',
      title: t.roles,
      render: (_: unknown, user) => (
        <Flex wrap gap={4}>
          {user.grants.map((g) => (
            <Tag
              key={g.id}
              color="blue"
              closable={canManage}
              onClose={(e) => {
                e.preventDefault();
                revoke(user, g);
              }}
            >
              {roleLabel(g.role)} · {g.orgUnitName}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t.status,
      render: (_: unknown, user) => (
        <Flex wrap gap={4}>
          {user.disabled ? <Tag color="red">{t.disabled}</Tag> : <Tag color="green">{t.enabled}</Tag>}
          {user.mustChangePassword && <Tag color="orange">{t.mustChange}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: messages.actions,
      fixed: 'end',
      render: (_: unknown, user) => (
        <Space wrap size={0}>
          {canUpdate && (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user })}>
              {messages.edit}
            </Button>
          )}
          {canManage && (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'grant', user })}>
              {t.grant}
            </Button>
          )}
          {canManage && (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', user })}>
              {t.resetPassword}
            </Button>
          )}
          {canUpdate && (
            <Button type="link" size="small" danger={!user.disabled} onClick={() => toggle(user)}>
              {user.disabled ? t.enable : t.disable}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t.title}
      extra={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {messages.add}
          </Button>
        )
      }
    >
      <Card>
        <Input.Search
          placeholder={t.searchPlaceholder}
          aria-label={messages.keyword}
          allowClear
          defaultValue={q}
          enterButton={messages.search}
          style={{ maxWidth: 320, marginBottom: 16 }}
          onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
        />
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<UserRow>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={data ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ showTotal: messages.total, defaultPageSize: 20 }}
          />
        )}
      </Card>
      <UserDialogs
        dialog={dialog}
        onClose={() => setDialog(undefined)}
        onSaved={(text) => {
          message.success(text ?? messages.saved);
          reload();
        }}
      />
    </Page>
  );
}
