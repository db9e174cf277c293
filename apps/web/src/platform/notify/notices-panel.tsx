import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useHashAnchor } from '../common/hash-anchor';
import { LoadError } from '../common/load-error';
import { messages } from '../messages';
import type { Notice } from '@fazhi/core';
import { loadNotices, markRead, sortNotices, unreadOf, useNotices } from './notices';

const t = messages.notices;

export function NoticeTag({ level }: { level: Notice['level'] }) {
  if (level === 'info') return <Tag color="blue">{t.info}</Tag>;
  return level === 'alert' ? <Tag color="red">{t.alert}</Tag> : <Tag color="orange">{t.reminder}</Tag>;
}

/** One notice; an unread message is bold, and opening it (or 标为已读) marks it read. */
function NoticeRow({ notice, onRead }: { notice: Notice; onRead: (id: number) => void }) {
  const unread = notice.level === 'info' && !notice.readAt;
  const read = () => unread && onRead(notice.id);
  const title = notice.link ? (
    <Link to={notice.link} onClick={read}>
      {notice.title}
    </Link>
  ) : (
    notice.title
  );
  const when = notice.level === 'info' ? notice.createdAt.slice(0, 16).replace('T', ' ') : notice.dueOn ? t.dueOn(notice.dueOn) : '';
  return (
    <Flex gap={8} align="start" className={`notice-row notice-${notice.level}${unread ? ' notice-unread' : ''}`}>
      <NoticeTag level={notice.level} />
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong={unread} style={{ color: notice.level === 'alert' ? '#cf1322' : undefined }}>
          {title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[messages.modules[notice.module] ?? notice.module, when, unread ? t.unread : ''].filter(Boolean).join(' · ')}
        </Typography.Text>
      </Flex>
      {unread && (
        <Button type="link" size="small" onClick={read}>
          {t.markRead}
        </Button>
      )}
    </Flex>
  );
}

/** 消息与预警 on 首页: unread messages (blue), alerts (red), reminders (orange), each opening its record. */
export function NoticesPanel() {
  const { data, error, loading, reload } = useNotices('panel');
  const ref = useHashAnchor('alerts', data !== undefined);
  const notices = sortNotices(data ?? []);
  const alerts = notices.filter((n) => n.level === 'alert').length;
  const reminders = notices.filter((n) => n.level === 'reminder').length;
  const unread = unreadOf(notices);
  const read = (id?: number) => void markRead(id).finally(reload);
  return (
    <Card
      ref={ref}
      id="alerts"
      title={t.title}
      loading={loading && !data}
      extra={
        <Flex gap={4} align="center">
          {unread > 0 && <Tag color="blue">{`${unread}${t.unread}`}</Tag>}
          {alerts > 0 && <Tag color="red">{`${alerts}${t.alert}`}</Tag>}
          {reminders > 0 && <Tag color="orange">{`${reminders}${t.reminder}`}</Tag>}
          {unread > 0 && (
            <Button type="link" size="small" onClick={() => read()}>
              {t.markAllRead}
            </Button>
          )}
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
            <NoticeRow key={n.id} notice={n} onRead={read} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
