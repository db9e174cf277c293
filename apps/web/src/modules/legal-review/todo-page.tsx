import { reviewStates, reviewSubjectKinds } from '@fazhi/core/legal-review/index';
import { Card, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { messages } from './messages';
import { DueTag } from './review-tags';
import type { TodoItem } from './types';

const t = messages.todo;

/** Reviews the user works on that are due within three days or overdue: overdue in red, near-due in orange. */
export function TodoPage() {
  const { data, error, loading, reload } = useApi('legal-review/todo', (signal) => api.get<TodoItem[]>('legal-review/todo', undefined, { signal }));
  const columns: TableColumnsType<TodoItem> = [
    { key: 'title', title: t.item, render: (_: unknown, item) => <Link to={`/legal-review/requests/${item.id}`}>{item.title}</Link> },
    { key: 'kind', title: t.kind, render: (_: unknown, item) => reviewSubjectKinds.label(item.subjectKind), responsive: ['md'] },
    { key: 'orgUnitName', title: t.orgUnit, dataIndex: 'orgUnitName', responsive: ['sm'] },
    { key: 'state', title: t.state, render: (_: unknown, item) => reviewStates.label(item.state), responsive: ['md'] },
    { key: 'due', title: t.due, render: (_: unknown, item) => <span style={{ color: item.overdue ? '#cf1322' : '#d46b08' }}>{item.dueOn}</span> },
    { key: 'daysLeft', title: t.daysLeft, render: (_: unknown, item) => <DueTag daysLeft={item.daysLeft} /> },
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
