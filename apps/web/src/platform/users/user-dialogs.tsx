import { resetPasswordSchema, roleGrantSchema, roles, userCreateSchema, userUpdateSchema, type RoleCode } from '@fazhi/core';
import { Form, Input, Select } from 'antd';
import { api } from '../../api/client';
import { FormModal } from '../form/form-modal';
import { validate } from '../form/validation';
import { messages } from '../messages';
import { OrgTreeSelect } from '../org/org-tree-select';
import type { UserRow } from '@fazhi/core';

const t = messages.users;
const roleOptions = (Object.keys(roles) as RoleCode[]).map((code) => ({ value: code, label: roles[code].label }));
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export type UserDialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'grant'; user: UserRow };

type Props = { dialog: UserDialog | undefined; onClose: () => void; onSaved: (text?: string) => void };

/** The four user dialogs: 新增用户, 编辑用户, 重置密码, 授予角色. */
export function UserDialogs({ dialog, onClose, onSaved }: Props) {
  const user = dialog && dialog.kind !== 'create' ? dialog.user : undefined;
  return (
    <>
      <FormModal
        name="user-create"
        title={t.create}
        open={dialog?.kind === 'create'}
        onClose={onClose}
        check={(v) => validate(userCreateSchema, { ...v, phone: blankToUndefined(v.phone) })}
        send={async (body) => {
          await api.post('users', body);
          onSaved();
        }}
      >
        <Form.Item name="username" label={t.username} required>
          <Input placeholder={t.username} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t.displayName} required>
          <Input placeholder={t.displayName} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t.orgUnit} required>
          <OrgTreeSelect placeholder={t.orgUnit} />
        </Form.Item>
        <Form.Item name="phone" label={t.phone}>
          <Input placeholder={t.phone} />
        </Form.Item>
        <Form.Item name="password" label={t.password} required extra={messages.changePassword.rules}>
          <Input.Password placeholder={t.password} autoComplete="new-password" />
        </Form.Item>
      </FormModal>

      <FormModal
        name="user-edit"
        title={t.editUser}
        open={dialog?.kind === 'edit'}
        onClose={onClose}
        initialValues={user && { displayName: user.displayName, orgUnitId: user.orgUnitId }}
        check={(v) => {
          if (!user) return { ok: false, issues: [] };
          // Send only what changed; a blank phone keeps the stored (masked) one.
          const body: Record<string, unknown> = { version: user.version };
          if (v.displayName !== user.displayName) body.displayName = v.displayName;
          if (v.orgUnitId !== user.orgUnitId) body.orgUnitId = v.orgUnitId;
          if (blankToUndefined(v.phone) !== undefined) body.phone = v.phone;
          return validate(userUpdateSchema, body);
        }}
        send={async (body) => {
          await api.patch(`users/${user?.id}`, body);
          onSaved();
        }}
      >
        <Form.Item name="displayName" label={t.displayName} required>
          <Input placeholder={t.displayName} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t.orgUnit} required>
          <OrgTreeSelect placeholder={t.orgUnit} />
        </Form.Item>
        <Form.Item name="phone" label={t.phone} extra={user?.phoneMasked ? `当前：${user.phoneMasked}，留空则不修改` : undefined}>
          <Input placeholder={t.phone} />
        </Form.Item>
      </FormModal>

      <FormModal
        name="user-password"
        title={`${t.resetPassword}（${user?.displayName ?? ''}）`}
        open={dialog?.kind === 'password'}
        onClose={onClose}
        check={(v) => validate(resetPasswordSchema, v)}
        send={async (body) => {
          await api.post(`users/${user?.id}/password`, body);
          onSaved(t.resetDone);
        }}
      >
        <Form.Item name="password" label={t.newPassword} required extra={messages.changePassword.rules}>
          <Input.Password placeholder={t.newPassword} autoComplete="new-password" />
        </Form.Item>
      </FormModal>

      <FormModal
        name="user-grant"
        title={`${t.grantTitle}（${user?.displayName ?? ''}）`}
        open={dialog?.kind === 'grant'}
        onClose={onClose}
        initialValues={user && { orgUnitId: user.orgUnitId }}
        check={(v) => validate(roleGrantSchema, v)}
        send={async (body) => {
          await api.post(`users/${user?.id}/grants`, body);
          onSaved();
        }}
      >
        <Form.Item name="role" label={t.role} required>
          <Select placeholder={t.role} aria-label={t.role} options={roleOptions} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t.grantUnit} required extra="角色在该单位及其下属单位范围内生效">
          <OrgTreeSelect placeholder={t.grantUnit} />
        </Form.Item>
      </FormModal>
    </>
  );
}
