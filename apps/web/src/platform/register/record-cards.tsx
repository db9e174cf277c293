import type { FieldSpec } from '@fazhi/core';
import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { messages } from '../messages';
import type { RecordRow } from './types';

type Props = {
  rows: RecordRow[];
  fields: FieldSpec[];
  basePath: string;
  loading: boolean;
  cell: (field: FieldSpec, row: RecordRow) => ReactNode;
  isTag: (field: FieldSpec) => boolean;
  page: number;
  pageSize: number;
  total: number;
  totalText: (n: number) => string;
  onPage: (page: number) => void;
};

/** A list on a phone: one card per record (name as its heading, states as tags), instead of a table to scroll sideways. */
export function RecordCards({ rows, fields, basePath, loading, cell, isTag, page, pageSize, total, totalText, onPage }: Props) {
  const [first, ...rest] = fields;
  const tags = rest.filter(isTag);
  const lines = rest.filter((f) => !isTag(f));
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} className="record-cards">
        {rows.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {rows.map((row) => (
          <Card key={row.id} size="small" className="record-card">
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Link to={`${basePath}/${row.id}`} style={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere' }}>
                {first ? cell(first, row) : messages.view}
              </Link>
              <Flex wrap gap={4} justify="flex-end">
                {tags.map((f) => (
                  <span key={f.name}>{cell(f, row)}</span>
                ))}
              </Flex>
            </Flex>
            {lines.map((f) => (
              <div key={f.name} style={{ marginTop: 4, overflowWrap: 'anywhere' }}>
                <Typography.Text type="secondary">{f.label}：</Typography.Text>
                {cell(f, row)}
              </div>
            ))}
          </Card>
        ))}
        {total > 0 && (
          <Flex vertical align="center" gap={4}>
            <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} />
            <Typography.Text type="secondary">{totalText(total)}</Typography.Text>
          </Flex>
        )}
      </Flex>
    </Spin>
  );
}
