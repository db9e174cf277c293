import type { FieldSpec, RegisterSpec } from '@fazhi/core';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../auth/me-context';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';
import { fixedWidth, flexibleWidth, isStateField } from './column-widths';
import { formatValue, renderField } from './field-format';
import { RecordCards } from './record-cards';
import { registerCrumbs } from './register-crumbs';
import { StateTag } from './state-tag';
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

/** A list cell: the module's renderer, else states as tags, else the formatted value. */
function cellOf(renderColumn: Props['renderColumn']) {
  return (f: FieldSpec, row: RecordRow): ReactNode => {
    const custom = renderColumn?.[f.name];
    if (custom) return custom(row);
    if (isStateField(f)) return <StateTag field={f} value={row[f.name]} />;
    return renderField(f, row);
  };
}

const actionsWidth = 56;

function columnsOf(fields: FieldSpec[], basePath: string, list: ListParams, cell: ReturnType<typeof cellOf>): TableColumnsType<RecordRow> {
  const columns: TableColumnsType<RecordRow> = fields.map((f: FieldSpec, index) => {
    const width = fixedWidth(f) ?? flexibleWidth(f, index === 0);
    const text = fixedWidth(f) === undefined;
    return {
      key: f.name,
      dataIndex: f.name,
      title: f.label,
      width,
      sorter: Boolean(f.sortable),
      sortOrder: f.sortable && list.sort === f.name ? (list.order === 'asc' ? 'ascend' : 'descend') : null,
      // Text cuts off with its full value as the cell's tooltip.
      ellipsis: text ? { showTitle: false } : false,
      onCell: text ? (row: RecordRow) => ({ title: formatValue(f, row[nameOrValueKey(f)]) }) : undefined,
      render: (_: unknown, row: RecordRow) => {
        const content = cell(f, row);
        // The first column opens the record.
        return index === 0 ? <Link to={`${basePath}/${row.id}`}>{content}</Link> : content;
      },
    };
  });
  columns.push({
    key: 'actions',
    title: messages.actions,
    fixed: 'end',
    width: actionsWidth,
    render: (_: unknown, row: RecordRow) => <Link to={`${basePath}/${row.id}`}>{messages.view}</Link>,
  });
  return columns;
}

/** Units and references show their name column. */
function nameOrValueKey(f: FieldSpec): string {
  return f.kind === 'orgUnit' || f.kind === 'ref' ? f.name.replace(/Id$/, 'Name') : f.name;
}

/** The widths of every column: the table scrolls only when the screen is narrower than this. */
function minTableWidth(columns: TableColumnsType<RecordRow>): number {
  return columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0);
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
  const phone = Grid.useBreakpoint().md === false;
  const fields = spec.fields.filter((f) => f.list);
  const cell = cellOf(renderColumn);
  const columns = columnsOf(fields, basePath, list, cell);
  const total = rows.length ? (data?.total ?? 0) : 0;
  const totalText = data?.totalCapped ? messages.totalCapped : messages.total;

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
      crumbs={registerCrumbs(spec, basePath)}
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
        ) : phone ? (
          <RecordCards
            rows={rows}
            fields={fields}
            basePath={basePath}
            loading={loading}
            cell={cell}
            isTag={isStateField}
            page={list.page}
            pageSize={list.pageSize}
            total={total}
            totalText={totalText}
            onPage={(page) => list.update({ page: String(page) })}
          />
        ) : (
          <Table<RecordRow>
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            loading={loading}
            dataSource={rows}
            columns={columns}
            onChange={onChange}
            scroll={{ x: minTableWidth(columns) }}
            pagination={{
              current: list.page,
              pageSize: list.pageSize,
              total,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: totalText,
            }}
          />
        )}
      </Card>
    </Page>
  );
}
