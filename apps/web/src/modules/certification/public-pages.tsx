import type { PublicCertItems } from '@fazhi/core/certification/index';
import { Checkbox, Flex, Input, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.portal;

/** 证明事项清单 on the portal: the items the district keeps, searchable, no login. */
export function PublicCertItemsPage() {
  const [q, setQ] = useState('');
  const [commitmentOnly, setCommitmentOnly] = useState(false);
  const query = { q: q || undefined, commitmentOnly: commitmentOnly ? 'true' : undefined };
  // quiet: the portal needs no session, and a failure must never send a visitor to /login.
  const { data, error, loading, reload } = useApi(`public/certification-items?${q}&${commitmentOnly}`, (signal) =>
    api.get<PublicCertItems>('public/certification-items', query, { quiet: true, signal }),
  );
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      <Flex gap={12} wrap="wrap" align="center">
        <Input.Search allowClear placeholder={t.search} aria-label={t.search} onSearch={(v) => setQ(v.trim())} style={{ maxWidth: 360 }} />
        <Checkbox checked={commitmentOnly} onChange={(e) => setCommitmentOnly(e.target.checked)}>
          {t.commitmentOnly}
        </Checkbox>
      </Flex>
      {loading && !data ? (
        <Spin style={{ display: 'block', margin: 32 }} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: 720 }}
          dataSource={data ?? []}
          locale={{ emptyText: t.empty }}
          columns={[
            { title: t.code, dataIndex: 'code', width: 110 },
            { title: t.name, dataIndex: 'name' },
            { title: t.unit, dataIndex: 'unit', width: 160 },
            { title: t.basis, dataIndex: 'legalBasis' },
            { title: t.handling, dataIndex: 'handlingLabel', width: 100 },
            { title: t.commitment, dataIndex: 'commitmentApplies', width: 90, render: (v: boolean) => (v ? <Tag color="green">{t.yes}</Tag> : null) },
            { title: t.effectiveOn, dataIndex: 'effectiveOn', width: 110 },
          ]}
        />
      )}
    </Flex>
  );
}
