import { ArrowLeftOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { messages } from '../messages';

/** One step of the trail above a page; the last one (the page itself) has no link. */
export type Crumb = { title: ReactNode; to?: string };

type Props = {
  title: ReactNode;
  extra?: ReactNode;
  sub?: ReactNode;
  /** The trail from 首页 to this page (首页 is added in front). */
  crumbs?: Crumb[];
  /** Where 返回 leads (the list a detail page came from). */
  back?: string;
  children: ReactNode;
};

/** Page frame: trail, a heading with actions on the right (wrapping under it on phones), then the content. */
export function Page({ title, extra, children, sub, crumbs, back }: Props) {
  const trail = crumbs && [{ title: messages.home, to: '/' }, ...crumbs];
  return (
    <div>
      {trail && (
        <Breadcrumb className="no-print" style={{ marginBottom: 8 }} items={trail.map((c, i) => ({ key: i, title: c.to && i < trail.length - 1 ? <Link to={c.to}>{c.title}</Link> : c.title }))} />
      )}
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Flex gap={4} align="flex-start" style={{ minWidth: 0 }}>
          {back && (
            <Link to={back} className="no-print" aria-label={messages.back}>
              <Button type="text" icon={<ArrowLeftOutlined />} tabIndex={-1} aria-hidden />
            </Link>
          )}
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {sub && <Typography.Text type="secondary">{sub}</Typography.Text>}
          </div>
        </Flex>
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
