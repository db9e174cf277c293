import type { MyWorkGroup } from '@fazhi/core';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useHashAnchor } from '../common/hash-anchor';
import { LoadError } from '../common/load-error';
import { messages } from '../messages';
import { loadMyWork, useMyWork } from '../notify/my-work';

const t = messages.myWork;

function GroupBlock({ group }: { group: MyWorkGroup }) {
  return (
    <Flex vertical gap={6} className="my-work-group" data-key={group.key}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{group.label}</Typography.Text>
        <Tag>{group.total}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {messages.modules[group.module] ?? group.module}
        </Typography.Text>
      </Flex>
      {group.items.map((item) => (
        <Flex key={item.id} gap={8} align="start" className="my-work-item" style={{ paddingInlineStart: 8 }}>
          <Tag color={item.overdue ? 'red' : 'default'}>{item.stateLabel}</Tag>
          <Flex vertical style={{ minWidth: 0 }}>
            <Link to={item.link}>{item.title}</Link>
            {item.dueOn && (
              <Typography.Text type={item.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {item.overdue ? `${t.dueOn(item.dueOn)} · ${t.overdue}` : t.dueOn(item.dueOn)}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      ))}
      {group.total > group.items.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: 8 }}>
          {t.more(group.total - group.items.length)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 我的待办 on 首页: everything waiting on the user, grouped by kind of work, each item opening its record. */
export function MyWorkPanel() {
  const { data, error, loading, reload } = useMyWork('panel');
  const ref = useHashAnchor('my-work', data !== undefined);
  return (
    <Card
      ref={ref}
      id="my-work"
      title={t.title}
      loading={loading && !data}
      extra={
        <Flex gap={4} align="center">
          {data && data.total > 0 && <Tag color="blue">{t.total(data.total)}</Tag>}
          <Button type="link" size="small" onClick={() => void loadMyWork(true).finally(reload)}>
            {messages.refresh}
          </Button>
        </Flex>
      }
      styles={{ body: { paddingTop: 8 } }}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data || data.groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
      ) : (
        <Flex vertical gap={14} className="notices-scroll">
          {data.groups.map((g) => (
            <GroupBlock key={g.key} group={g} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
