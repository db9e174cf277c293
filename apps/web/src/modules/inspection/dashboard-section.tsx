import type { ListResult } from '@fazhi/core';
import { Card, List, Space } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { IndicatorScope } from '../../platform/indicators/api';
import { messages } from './messages';

const t = messages.home;
type Row = { id: string; title?: string; roundTitle?: string; orgUnitName?: string; dueOn?: string; rectifyDueOn?: string };

/** 首页 section of 督察考核: the 工作要点 tasks past their deadline and the 整改 still open, in the chosen unit. */
export function InspectionDashboard({ scope }: { scope: IndicatorScope }) {
  const overdue = useApi(`inspection-overdue:${scope.org}`, (signal) => api.get<ListResult<Row>>('inspection/tasks', { 'f.overdue': 'true', 'f.orgUnitId': scope.org, pageSize: '5' }, { signal }));
  const rectifying = useApi(`inspection-rectifying:${scope.org}`, (signal) =>
    api.get<ListResult<Row>>('inspection/subjects', { 'f.state': 'rectifying', 'f.orgUnitId': scope.org, pageSize: '5' }, { signal }),
  );
  const card = (title: string, data: ListResult<Row> | undefined, path: string, text: (r: Row) => string) => (
    <Card size="small" title={`${title}（${data?.total ?? 0}）`} style={{ flex: 1, minWidth: 320 }}>
      <List
        size="small"
        dataSource={data?.items ?? []}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/inspection/${path}/${r.id}`}>{text(r)}</Link>
          </List.Item>
        )}
      />
    </Card>
  );
  return (
    <Card title={t.title}>
      <Space align="start" wrap style={{ width: '100%' }}>
        {card(t.overdueTasks, overdue.data, 'tasks', (r) => `${r.orgUnitName ?? ''}：${r.title ?? ''}（${r.dueOn ?? ''}）`)}
        {card(t.rectifying, rectifying.data, 'subjects', (r) => `${r.orgUnitName ?? ''}：${r.roundTitle ?? ''}（${r.rectifyDueOn ?? ''}）`)}
      </Space>
    </Card>
  );
}
