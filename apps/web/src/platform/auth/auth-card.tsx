import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { messages } from '../messages';

/** Centred card for the pages outside the layout (login, forced password change). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          {messages.appName}
        </Typography.Title>
        <Typography.Title level={5} type="secondary" style={{ textAlign: 'center', marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
