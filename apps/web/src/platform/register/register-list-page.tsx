import type { FieldSpec, RegisterSpec } from '@fazhi/core';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../auth/me-context';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';
import { renderField } from './field-format';
import { ExportButton } from './export-button';
import { FilterBar } from './filter-bar';
import { ImportButton } from './import-dialog';
import { apiQuery, exportQuery, useListParams, type ListParams } from './list-params';
import type { ListPage, RecordRow } from './types';

type Props = {
  spec: RegisterSpec;
  /** Web route of the register, e.g. '/litigation/cases'. */
  basePath: string;
  /** Replaces how a column renders (e.g. a coloured state tag). */
  renderColumn?: Partial<Record<string, (row: RecordRow) => ReactNode>>;
};

function columnsOf(spec: RegisterSpec, basePath: string, list: ListParams, renderColumn: Props['renderColumn']): TableColumnsType<RecordRow> {
  const fields = spec.fields.filter((f) => f.list);
  const columns: TableColumnsType<RecordRow> = fields.map((f: FieldSpec, index) => {
    const custom = renderColumn?.[f.name];
    return {
      key: f.name,
      dataIndex: f.name,
      title: f.label,
      sorter: Boolean(f.sortable),
      sortOrder: f.sortable && list.sort === f.name ? (list.order === 'asc' ? 'ascend' : 'descend') : null,
      ellipsis: f.kind === 'longText',
      render: (_: unknown, row: RecordRow) => {
        const content = custom ? custom(row) : renderField(f, row);
        // The first column opens the record.
        return index === 0 ? <Link to={`${basePath}/${row.id}`}>{content}</Link> : content;
      },
    };
  });
  columns.push({
    key: 'actions',
    title: messages.actions,
    fixed: 'end',
    width: 72,
    render: (_: unknown, row: RecordRow) => <Link to={`${basePath}/${row.id}`}>{messages.view}</Link>,
  });
  return columns;
}

/** The list query without paging and sorting: what decides which records are in the list. */
function filterKeyOf(params: URLSearchParams): string {
  const q = new URLSearchParams(params);
  for (const k of ['page', 'pageSize', 'sort', 'order']) q.delete(k);
  q.sort();
  return q.toString();
}

/** Generic register list: URL-driven filters, sorting and paging; import, export and 新增 per permission. */
export function RegisterListPage({ spec, basePath, renderColumn }: Props) {
  const list = useListParams(spec);
  const navigate = useNavigate();
  const canCreate = useCan(spec.module, 'create', spec.entity);
  const canExport = useCan(spec.module, 'export', spec.entity);
  const query = apiQuery(list);
  const { data, dataKey, error, loading, reload } = useApi(`${spec.path}?${query.toString()}`, (signal) => api.get<ListPage<RecordRow>>(spec.path, query, { signal }));
  // A new search or filter never shows the previous one's rows while it loads (paging and sorting keep them).
  const loadedQuery = new URLSearchParams(dataKey?.slice(dataKey.indexOf('?') + 1) ?? '');
  const rows = data && filterKeyOf(loadedQuery) === filterKeyOf(list.params) ? data.items : [];

  const onChange: TableProps<RecordRow>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = s?.order ? String(s.columnKey) : undefined;
      list.update({ sort: field, order: s?.order ? (s.order === 'ascend' ? 'asc' : 'desc') : undefined });
    } else if (extra.action === 'paginate') {
      list.update({ page: String(pagination.current ?? 1), pageSize: String(pagination.pageSize ?? list.pageSize) });
    }
  };

  return (
    <Page
      title={spec.title}
      extra={
        <>
          {canCreate && <ImportButton spec={spec} onImported={reload} />}
          {canExport && <ExportButton spec={spec} query={exportQuery(list)} />}
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`${basePath}/new`)}>
              {messages.add}
            </Button>
          )}
        </>
      }
    >
      <Card>
        <FilterBar spec={spec} list={list} />
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<RecordRow>
            rowKey="id"
            size="middle"
            loading={loading}
            dataSource={rows}
            columns={columnsOf(spec, basePath, list, renderColumn)}
            onChange={onChange}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: list.page,
              pageSize: list.pageSize,
              total: rows.length ? (data?.total ?? 0) : 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: data?.totalCapped ? messages.totalCapped : messages.total,
            }}
          />
        )}
      </Card>
    </Page>
  );
}
