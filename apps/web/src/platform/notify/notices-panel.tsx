import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { LoadError } from '../common/load-error';
import { messages } from '../messages';
import type { Notice } from '@fazhi/core';
import { loadNotices, sortNotices, useNotices } from './notices';

const t = messages.notices;

export function NoticeTag({ level }: { level: Notice['level'] }) {
  return level === 'alert' ? <Tag color="red">{t.alert}</Tag> : <Tag color="orange">{t.reminder}</Tag>;
}

function NoticeRow({ notice }: { notice: Notice }) {
  const title = notice.link ? <Link to={notice.link}>{notice.title}</Link> : notice.title;
  return (
    <Flex gap={8} align="start" className={`notice-row notice-${notice.level}`}>
      <NoticeTag level={notice.level} />
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text style={{ color: notice.level === 'alert' ? '#cf1322' : undefined }}>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[messages.modules[notice.module] ?? notice.module, notice.dueOn ? t.dueOn(notice.dueOn) : ''].filter(Boolean).join(' · ')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** 待办与预警 on 首页: alerts (red) before reminders (orange), each opening its record. */
export function NoticesPanel() {
  const { data, error, loading, reload } = useNotices('panel');
  const location = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  // The header's bell links here (/#alerts): once the list is in, bring it into view.
  useEffect(() => {
    if (location.hash === '#alerts' && data) ref.current?.scrollIntoView({ block: 'start' });
  }, [location.key, location.hash, data !== undefined]);
  const notices = sortNotices(data ?? []);
  const alerts = notices.filter((n) => n.level === 'alert').length;
  return (
    <Card
      ref={ref}
      id="alerts"
      title={t.title}
      loading={loading && !data}
      extra={
        <Flex gap={4} align="center">
          {alerts > 0 && <Tag color="red">{`${alerts}${t.alert}`}</Tag>}
          {notices.length - alerts > 0 && <Tag color="orange">{`${notices.length - alerts}${t.reminder}`}</Tag>}
          <Button
            type="link"
            size="small"
            onClick={() => {
              void loadNotices(true).finally(reload);
            }}
          >
            {messages.refresh}
          </Button>
        </Flex>
      }
      styles={{ body: { paddingTop: 8 } }}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
      ) : (
        <Flex vertical gap={10} className="notices-scroll">
          {notices.map((n) => (
            <NoticeRow key={n.id} notice={n} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
