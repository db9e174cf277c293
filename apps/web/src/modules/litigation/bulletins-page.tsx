import { DownloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { homeUnitOf, useCan, useMe } from '../../platform/auth/me-context';
import { formatDateTime } from '../../platform/common/dates';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { drillPath } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { OrgTreeSelect } from '../../platform/org/org-tree-select';
import { messages } from './messages';
import type { Bulletin, BulletinSummary } from '@fazhi/core/litigation/index';

const t = messages.bulletins;

type Row = { key: string; orgUnitId: string; orgUnitName: string; figures: Record<string, string>; total?: boolean };

/**
 * A unit without records for a column is left out of it by the server: a count is then 0 (in the column's unit,
 * read off the total, e.g. "0件"), a rate has nothing to divide ("—").
 */
function emptyCell(total: string | undefined): string {
  if (!total || total.endsWith('%') || total === common.empty) return common.empty;
  return `0${total.replace(/^[\d.,]+/, '')}`;
}

/** Last month: the one the 1st-of-month job reports on. */
function lastMonth(): string {
  return dayjs().subtract(1, 'month').format('YYYY-MM');
}

/** 月度通报: the figures of a month by unit (each opening its records), generated DOCX files, and 立即生成. */
export function BulletinsPage() {
  const me = useMe();
  const canGenerate = useCan('litigation', 'export');
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastMonth();
  const org = params.get('org') ?? homeUnitOf(me);
  const [generating, setGenerating] = useState(false);
  const set = (patch: Record<string, string>) =>
    setParams(() => {
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(patch)) next.set(k, v);
      return next;
    });

  const data = useApi(`litigation/bulletin?${month}&${org}`, (signal) => api.get<Bulletin>('litigation/bulletin', { month, org }, { signal }));
  const list = useApi(`litigation/bulletins?${org}`, (signal) => api.get<BulletinSummary[]>('litigation/bulletins', { org }, { signal }));

  const generate = () =>
    modal.confirm({
      title: t.generate,
      content: t.generateConfirm(month),
      okText: t.generate,
      cancelText: common.cancel,
      onOk: async () => {
        setGenerating(true);
        try {
          const made = await api.post<Bulletin>('litigation/bulletins', { month, org });
          message.success(t.generated(made.title));
          list.reload();
          data.reload();
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setGenerating(false);
        }
      },
    });

  const b = data.data;
  const scopeOf = (orgUnitId: string) => ({ org: orgUnitId, from: b?.scope.from ?? `${month}-01`, to: b?.scope.to ?? `${month}-28` });
  const rows: Row[] = b ? [...b.rows.map((r) => ({ key: r.orgUnitId, ...r })), { key: 'total', orgUnitId: org, orgUnitName: t.total, figures: b.totals, total: true }] : [];
  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: t.unit,
      fixed: 'start',
      render: (_: unknown, r) => (r.total ? <Typography.Text strong>{r.orgUnitName}</Typography.Text> : r.orgUnitName),
    },
    ...(b?.columns ?? []).map((c) => ({
      key: c.id,
      title: c.label,
      align: 'end' as const,
      render: (_: unknown, r: Row) => {
        const text = r.figures[c.id] ?? emptyCell(b?.totals[c.id]);
        return (
          <Link to={drillPath(c.id, scopeOf(r.orgUnitId))} title={t.cellHint}>
            {r.total ? <strong>{text}</strong> : text}
          </Link>
        );
      },
    })),
  ];

  const listColumns: TableColumnsType<BulletinSummary> = [
    {
      key: 'title',
      title: t.title,
      render: (_: unknown, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => set({ month: r.month })}>
          {r.title}
        </Button>
      ),
    },
    { key: 'generatedAt', title: t.generatedAt, render: (_: unknown, r) => formatDateTime(r.generatedAt) },
    {
      key: 'download',
      title: common.actions,
      render: (_: unknown, r) => (
        <Button size="small" icon={<DownloadOutlined />} href={`/api/litigation/bulletins/${r.id}/docx`} download>
          {t.download}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t.title}
      sub={t.hint}
      extra={
        <>
          <OrgTreeSelect aria-label={t.orgUnit} placeholder={t.orgUnit} value={org} onChange={(v) => v && set({ org: v })} style={{ width: 220 }} />
          <DatePicker
            picker="month"
            aria-label={t.month}
            placeholder={t.month}
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
            style={{ width: 140 }}
          />
          {canGenerate && (
            <Button type="primary" icon={<ThunderboltOutlined />} loading={generating} onClick={generate}>
              {t.generate}
            </Button>
          )}
        </>
      }
    >
      <Flex vertical gap={16}>
        <Card title={b?.title ?? t.title}>
          {data.error ? (
            <LoadError error={data.error} onRetry={data.reload} />
          ) : (
            <Table<Row> rowKey="key" size="middle" loading={data.loading} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t.noRows }} />
          )}
        </Card>
        <Card title={t.list}>
          {list.error ? (
            <LoadError error={list.error} onRetry={list.reload} />
          ) : (
            <Table<BulletinSummary>
              rowKey="id"
              size="middle"
              loading={list.loading}
              columns={listColumns}
              dataSource={list.data ?? []}
              pagination={{ pageSize: 12, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t.empty }}
            />
          )}
        </Card>
      </Flex>
    </Page>
  );
}
