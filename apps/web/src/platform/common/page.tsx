import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Page frame: a heading with actions on the right (wrapping under it on phones), then the content. */
export function Page({ title, extra, children, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {sub && <Typography.Text type="secondary">{sub}</Typography.Text>}
        </div>
        {extra && (
          <Flex wrap gap={8}>
            {extra}
          </Flex>
        )}
      </Flex>
      {children}
    </div>
  );
}
