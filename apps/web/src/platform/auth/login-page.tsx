import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginSchema, type Me } from '@fazhi/core';
import { Button, Form, Input } from 'antd';
import { Navigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { FormErrors } from '../form/form-errors';
import { useFormSubmit } from '../form/use-form-submit';
import { validate } from '../form/validation';
import { messages } from '../messages';
import { AuthCard } from './auth-card';
import { useMeState } from './me-context';

/** Only same-site paths, so a crafted ?next= cannot send the user elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { me, setMe } = useMeState();
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const { submit, submitting, errors } = useFormSubmit(form, {
    check: (values) => validate(loginSchema, values),
    send: async (body) => {
      // Setting the user re-renders this page, whose redirect below takes over.
      setMe(await api.post<Me>('auth/login', body));
    },
  });

  if (me) return <Navigate to={me.mustChangePassword ? '/password' : safeNext(params.get('next'))} replace />;

  return (
    <AuthCard title={messages.login.title}>
      <FormErrors errors={errors} />
      <Form form={form} name="login" size="large" onFinish={() => void submit()}>
        <Form.Item name="username">
          <Input prefix={<UserOutlined />} placeholder={messages.login.username} aria-label={messages.login.username} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password">
          <Input.Password prefix={<LockOutlined />} placeholder={messages.login.password} aria-label={messages.login.password} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {messages.login.submit}
        </Button>
      </Form>
    </AuthCard>
  );
}
