import { Card, Table, type TableColumnsType } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from './load-error';

/** A to-do item as every module's to-do endpoint returns it. */
export type DueItem = { id: string; daysLeft: number; overdue: boolean };

/** A module's to-do list (GET /api/<path>): overdue rows in red, near-due ones in orange, no paging. */
export function TodoTable<T extends DueItem>({ path, columns, emptyText }: { path: string; columns: TableColumnsType<T>; emptyText: string }) {
  const { data, error, loading, reload } = useApi(path, (signal) => api.get<T[]>(path, undefined, { signal }));
  return (
    <Card>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<T>
          rowKey="id"
          loading={loading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
          rowClassName={(item) => (item.overdue ? 'row-overdue' : 'row-near-due')}
        />
      )}
    </Card>
  );
}

/** The due date, red when past, orange when near. */
export const dueDate = (date: string, overdue: boolean) => <span style={{ color: overdue ? '#cf1322' : '#d46b08' }}>{date}</span>;
