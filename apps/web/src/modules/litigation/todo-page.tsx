import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { messages } from './messages';
import type { TodoItem } from './types';

const t = messages.todo;

function DueTag({ item }: { item: TodoItem }) {
  if (item.overdue || item.daysLeft < 0) return <Tag color="red">{t.overdue(Math.abs(item.daysLeft))}</Tag>;
  if (item.daysLeft === 0) return <Tag color="orange">{t.dueToday}</Tag>;
  return <Tag color="orange">{t.left(item.daysLeft)}</Tag>;
}

/** Cases whose defence deadline is three days away or past: overdue in red, near-due in orange. */
export function TodoPage() {
  const { data, error, loading, reload } = useApi('litigation/todo', (signal) => api.get<TodoItem[]>('litigation/todo', undefined, { signal }));
  const columns: TableColumnsType<TodoItem> = [
    { key: 'caseNumber', title: t.caseNumber, render: (_: unknown, item) => <Link to={`/litigation/cases/${item.id}`}>{item.caseNumber}</Link> },
    { key: 'orgUnitName', title: t.orgUnit, dataIndex: 'orgUnitName' },
    {
      key: 'due',
      title: t.due,
      render: (_: unknown, item) => <span style={{ color: item.overdue ? '#cf1322' : '#d46b08' }}>{item.defenceDueOn}</span>,
    },
    { key: 'daysLeft', title: t.daysLeft, render: (_: unknown, item) => <DueTag item={item} /> },
  ];
  return (
    <Page title={t.title} sub={t.hint}>
      <Card>
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<TodoItem>
            rowKey="id"
            loading={loading}
            columns={columns}
            dataSource={data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t.empty }}
            rowClassName={(item) => (item.overdue ? 'row-overdue' : 'row-near-due')}
          />
        )}
      </Card>
    </Page>
  );
}
