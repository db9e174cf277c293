import type { Ranking } from '@fazhi/core/inspection/index';
import { schemeSpec } from '@fazhi/core/inspection/index';
import { App, Button, Card, DatePicker, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { messages } from './messages';
import { schemeListPages } from './register-pages';

const t = messages.scheme;

function RankingCard({ schemeId, version }: { schemeId: string; version: number }) {
  const { data } = useApi(`inspection/schemes/${schemeId}/ranking@${version}`, (signal) => api.get<Ranking>(`inspection/schemes/${schemeId}/ranking`, undefined, { signal }));
  return (
    <Card title={t.ranking}>
      <Table
        rowKey="orgUnitId"
        size="small"
        pagination={false}
        dataSource={data?.units ?? []}
        columns={[
          { title: t.rank, dataIndex: 'rank', width: 80 },
          { title: t.unit, dataIndex: 'unitName' },
          { title: t.total, dataIndex: 'total', width: 100 },
          { title: t.items, dataIndex: 'items', width: 120 },
        ]}
      />
    </Card>
  );
}

/** 考核方案: compute from the indicators, publish to the units, and the ranking. */
function SchemeDetailPage() {
  const { message } = App.useApp();
  const [publishedOn, setPublishedOn] = useState<string | null>(null);
  return (
    <RegisterDetailPage
      spec={schemeSpec}
      basePath="/inspection/schemes"
      heading={(r) => String(r.title)}
      actions={({ record, reload }) =>
        record.publishedOn ? null : (
          <Space>
            <Button
              onClick={async () => {
                const res = await api.post<{ computed: number; unscorable: unknown[] }>(`inspection/schemes/${record.id}/compute`, { version: record.version });
                message.success(t.computed(res.computed, res.unscorable.length));
                reload();
              }}
            >
              {t.compute}
            </Button>
            <DatePicker placeholder={t.publishedOn} onChange={(d) => setPublishedOn(d ? d.format('YYYY-MM-DD') : null)} />
            <Button
              type="primary"
              disabled={!publishedOn}
              onClick={async () => {
                await api.post(`inspection/schemes/${record.id}/publish`, { version: record.version, publishedOn });
                reload();
              }}
            >
              {t.publish}
            </Button>
          </Space>
        )
      }
    >
      {({ record }) => <RankingCard schemeId={record.id} version={record.version} />}
    </RegisterDetailPage>
  );
}

export const schemePages = { ...schemeListPages, Detail: SchemeDetailPage };
