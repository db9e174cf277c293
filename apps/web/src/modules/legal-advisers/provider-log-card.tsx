import { PlusOutlined } from '@ant-design/icons';
import { serviceKinds } from '@fazhi/core/legal-advisers/index';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../../platform/auth/me-context';
import { LoadError } from '../../platform/common/load-error';
import { messages as common } from '../../platform/messages';
import type { ListPage } from '../../platform/register/types';
import { messages } from './messages';
import type { ServiceRow, ServiceTotals } from './types';

const t = messages.log;

/** The service log of one adviser or public lawyer, newest first, with the totals; 登记服务 opens the quick form for them. */
export function ProviderLogCard({ provider, id, totals }: { provider: 'advisers' | 'public-lawyers'; id: string; totals: ServiceTotals }) {
  const navigate = useNavigate();
  const canCreate = useCan('legalAdvisers', 'create');
  const [page, setPage] = useState(1);
  const path = `legal-advisers/${provider}/${id}/services`;
  const { data, error, loading, reload } = useApi(`${path}?page=${page}`, (signal) => api.get<ListPage<ServiceRow>>(path, { page, pageSize: 10 }, { signal }));
  const columns: TableColumnsType<ServiceRow> = [
    { key: 'servedOn', title: '服务日期', dataIndex: 'servedOn', render: (v: string, row) => <Link to={`/legal-advisers/services/${row.id}`}>{v}</Link> },
    { key: 'kind', title: '服务类型', dataIndex: 'kind', render: (v: string) => serviceKinds.label(v) },
    { key: 'unit', title: '服务单位', dataIndex: 'orgUnitName' },
    { key: 'subject', title: '服务事项', dataIndex: 'subject' },
    { key: 'hours', title: '时长（小时）', dataIndex: 'hours' },
  ];
  const param = provider === 'advisers' ? 'adviserId' : 'publicLawyerId';
  return (
    <Card
      title={
        <>
          {t.title} <Typography.Text type="secondary">{t.totals(totals.entries, totals.hours)}</Typography.Text>
        </>
      }
      extra={
        canCreate && (
          <Button icon={<PlusOutlined />} onClick={() => navigate(`/legal-advisers/services/new?${param}=${id}`)}>
            {t.add}
          </Button>
        )
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<ServiceRow>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t.none }}
          pagination={{ current: page, pageSize: 10, total: data?.total ?? 0, onChange: setPage, showTotal: common.total, size: 'small' }}
        />
      )}
    </Card>
  );
}
