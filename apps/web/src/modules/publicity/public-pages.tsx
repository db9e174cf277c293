import type { PublicEvents } from '@fazhi/core/publicity/index';
import { Flex, Spin, Table, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.portal;

/** 普法活动 on the portal: published events only, no login. */
export function PublicEventsPage() {
  // quiet: the portal needs no session, and a failure must never send a visitor to /login.
  const { data, error, loading, reload } = useApi('public/publicity-events', (signal) => api.get<PublicEvents>('public/publicity-events', undefined, { quiet: true, signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        dataSource={data ?? []}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.date, dataIndex: 'heldOn', width: 120 },
          { title: t.kind, dataIndex: 'kindLabel', width: 160 },
          { title: t.name, dataIndex: 'title' },
          { title: t.place, dataIndex: 'place' },
        ]}
      />
    </Flex>
  );
}
