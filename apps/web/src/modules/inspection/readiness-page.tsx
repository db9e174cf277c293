import type { ReadinessRow } from '@fazhi/core/inspection/index';
import { Flex, InputNumber, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.readiness;

/** 示范创建: each item of the indicator system with its tasks' progress and its platform figure. */
export function ReadinessPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error, loading, reload } = useApi(`inspection/demonstration/readiness?year=${year}`, (signal) =>
    api.get<ReadinessRow[]>('inspection/demonstration/readiness', { year: String(year) }, { signal }),
  );
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <span>
        {t.year} <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </span>
      <Spin spinning={loading}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data ?? []}
          columns={[
            { title: t.code, dataIndex: 'code', width: 80 },
            { title: t.item, dataIndex: 'title', render: (v: string, r: ReadinessRow) => (r.level === 'first' ? <b>{v}</b> : v) },
            { title: t.indicator, dataIndex: 'indicatorDisplay', width: 120 },
            { title: t.tasks, dataIndex: 'tasks', width: 80 },
            { title: t.done, dataIndex: 'done', width: 80 },
            { title: t.met, dataIndex: 'met', width: 80 },
            { title: t.ready, dataIndex: 'ready', width: 90, render: (v: boolean, r: ReadinessRow) => (r.level === 'first' ? null : <Tag color={v ? 'green' : 'orange'}>{v ? t.yes : t.no}</Tag>) },
          ]}
        />
      </Spin>
    </Flex>
  );
}
