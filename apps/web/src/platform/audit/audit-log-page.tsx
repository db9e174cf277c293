import type { AuditEntry } from '@fazhi/core';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { formatDateTime, toDayjs, toIsoDate } from '../common/dates';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';

const t = messages.audit;
const filterKeys = ['from', 'to', 'actor', 'entityType', 'entityId'] as const;
type EntityType = { entityType: string; title: string; module: string; path: string };

function changesText(entry: AuditEntry): string {
  return (entry.changes ?? []).map((c) => `${c.field}：${JSON.stringify(c.from) ?? '—'} → ${JSON.stringify(c.to) ?? '—'}`).join('\n');
}

/** 审计日志 (read-only): newest first, filtered by day, actor and record; the server decides who may read it. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
  const key = new URLSearchParams(filters).toString();
  const [before, setBefore] = useState<number>();
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const { data, error, loading, reload } = useApi(`audit?${key}@${before ?? ''}`, (signal) => api.get<AuditEntry[]>('audit', { ...filters, before, limit: 50 }, { signal }));
  const { data: types } = useApi('audit/entity-types', (signal) => api.get<EntityType[]>('audit/entity-types', undefined, { signal }));
  const titleOf = new Map((types ?? []).map((x) => [x.entityType, x]));

  // A new filter starts from the newest entry; 加载更多 appends the next page.
  useEffect(() => {
    setBefore(undefined);
    setRows([]);
  }, [key]);
  useEffect(() => {
    if (data) setRows((prev) => (before ? [...prev, ...data] : data));
  }, [data]);

  const set = (patch: Partial<Record<(typeof filterKeys)[number], string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t.at, width: 150, render: (_, e) => formatDateTime(e.at) },
    { key: 'actor', title: t.actor, width: 120, ellipsis: true, render: (_, e) => e.actorName ?? t.system },
    { key: 'action', title: t.action, width: 110, render: (_, e) => messages.register.historyActions[e.action] ?? t.actions[e.action] ?? e.action },
    {
      key: 'record',
      title: t.record,
      width: 180,
      ellipsis: true,
      render: (_, e) => {
        if (!e.entityType) return messages.empty;
        const type = titleOf.get(e.entityType);
        const label = type?.title ?? t.entityTypes[e.entityType] ?? e.entityType;
        // Each register's pages live at its API path.
        return type && e.entityId ? <Link to={`/${type.path}/${e.entityId}`}>{label}</Link> : label;
      },
    },
    { key: 'summary', title: t.summary, ellipsis: true, render: (_, e) => e.summary ?? messages.empty },
    { key: 'ip', title: t.ip, width: 130, ellipsis: true, render: (_, e) => e.ip ?? messages.empty },
  ];

  return (
    <Page title={t.title} crumbs={[{ title: messages.menu.admin }, { title: t.title }]}>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker
            aria-label={t.period}
            placeholder={[t.from, t.to]}
            value={[toDayjs(filters.from), toDayjs(filters.to)]}
            onChange={(v) => set({ from: toIsoDate(v?.[0]), to: toIsoDate(v?.[1]) })}
          />
          <Input.Search allowClear placeholder={t.actor} defaultValue={filters.actor} style={{ width: 180 }} onSearch={(v) => set({ actor: v.trim() || null })} />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.recordType}
            style={{ width: 220 }}
            value={filters.entityType}
            options={(types ?? []).map((x) => ({ value: x.entityType, label: `${messages.modules[x.module] ?? x.module} · ${x.title}` }))}
            onChange={(v?: string) => set({ entityType: v ?? null, entityId: null })}
          />
          <Input.Search allowClear placeholder={t.recordId} defaultValue={filters.entityId} key={filters.entityId} style={{ width: 300 }} onSearch={(v) => set({ entityId: v.trim() || null })} />
        </Flex>
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <>
            <Table<AuditEntry>
              rowKey="seq"
              size="small"
              tableLayout="fixed"
              loading={loading}
              dataSource={rows}
              columns={columns}
              pagination={false}
              scroll={{ x: 900 }}
              expandable={{ rowExpandable: (e) => Boolean(e.changes?.length), expandedRowRender: (e) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{changesText(e)}</Typography.Text> }}
            />
            {data && data.length === 50 && (
              <Flex justify="center" style={{ marginTop: 16 }}>
                <Button loading={loading} onClick={() => setBefore(rows[rows.length - 1]?.seq)}>
                  {t.more}
                </Button>
              </Flex>
            )}
          </>
        )}
      </Card>
    </Page>
  );
}
