import { changePasswordSchema, passwordProblems } from '@fazhi/core';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { FormErrors } from '../form/form-errors';
import { useFormSubmit } from '../form/use-form-submit';
import { validate, type Validated } from '../form/validation';
import { messages } from '../messages';
import { AuthCard } from './auth-card';
import { useMe, useMeState } from './me-context';

type Body = { oldPassword: string; newPassword: string };

function check(values: Record<string, unknown>): Validated<Body> {
  const checked = validate(changePasswordSchema, values);
  const mismatch = values.confirmPassword !== values.newPassword ? [{ path: ['confirmPassword'], message: messages.changePassword.mismatch }] : [];
  if (!checked.ok) return { ok: false, issues: [...checked.issues, ...mismatch] };
  return mismatch.length ? { ok: false, issues: mismatch } : checked;
}

/** Change password; forced (outside the layout) while the account must change it, else a normal page. */
export function ChangePasswordPage() {
  const me = useMe();
  const { refresh, setMe } = useMeState();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const newPassword = Form.useWatch('newPassword', form) as string | undefined;
  const { submit, submitting, errors } = useFormSubmit(form, {
    check,
    send: async (body) => {
      await api.post('auth/password', body);
      message.success(messages.changePassword.done);
      const fresh = await refresh();
      if (fresh) navigate('/', { replace: true });
    },
  });
  const t = messages.changePassword;
  const problems = newPassword ? passwordProblems(newPassword) : [];

  const body = (
    <>
      {me.mustChangePassword && <Alert type="warning" showIcon title={t.forcedNotice} style={{ marginBottom: 16 }} />}
      <FormErrors errors={errors} />
      <Form form={form} name="change-password" layout="vertical" onFinish={() => void submit()} style={{ maxWidth: 400 }}>
        <Form.Item name="oldPassword" label={t.oldPassword} required>
          <Input.Password placeholder={t.oldPassword} autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t.newPassword} required extra={problems.length ? problems.join('；') : t.rules}>
          <Input.Password placeholder={t.newPassword} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t.confirmPassword} required>
          <Input.Password placeholder={t.confirmPassword} autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t.submit}
          </Button>
          {me.mustChangePassword && (
            <Button
              onClick={async () => {
                await api.post('auth/logout').catch(() => undefined);
                setMe(null);
              }}
            >
              {messages.logout}
            </Button>
          )}
        </Flex>
      </Form>
    </>
  );

  if (me.mustChangePassword) return <AuthCard title={t.title}>{body}</AuthCard>;
  return (
    <div>
      <Typography.Title level={4}>{t.title}</Typography.Title>
      {body}
    </div>
  );
}
