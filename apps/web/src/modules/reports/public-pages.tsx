import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { GongwenView } from '../../platform/documents/gongwen-view';
import { messages } from './messages';
import type { PublicReport, PublicReportText } from '@fazhi/core/reports';

const t = messages.portal;
// quiet: these endpoints need no session, and a failure here must never send a visitor to /login.
const quiet = { quiet: true };

/** /gk/reports: the published annual reports, newest year first. */
export function PublicReportListPage() {
  const { data, error, loading, reload } = useApi('public/reports', (signal) => api.get<PublicReport[]>('public/reports', undefined, { ...quiet, signal }));
  return (
    <Card title={t.title}>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Spin style={{ display: 'block', margin: 32 }} />
      ) : !data?.length ? (
        <Empty description={t.empty} />
      ) : (
        <nav aria-label={t.title}>
          {data.map((r) => (
            <Link key={r.id} to={`/gk/reports/${r.id}`} className="portal-report-row">
              <div className="portal-report-title">{r.title}</div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[r.orgUnitName, t.year(r.year), r.publishedOn ? t.publishedOn(r.publishedOn) : ''].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Link>
          ))}
        </nav>
      )}
    </Card>
  );
}

/** /gk/reports/:id: the signed version's text as published, and its DOCX. */
export function PublicReportPage() {
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(`public/reports/${id}`, (signal) => api.get<PublicReportText>(`public/reports/${encodeURIComponent(id)}`, undefined, { ...quiet, signal }));
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Link to="/gk/reports">
          <ArrowLeftOutlined /> {t.back}
        </Link>
        {data && (
          <Button icon={<DownloadOutlined />} href={`/api/public/reports/${data.id}/docx`} download>
            {t.docx}
          </Button>
        )}
      </Flex>
      {error ? (
        <Card>
          <LoadError error={error} onRetry={reload} />
        </Card>
      ) : loading || !data ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <>
          <Typography.Text type="secondary">{[data.orgUnitName, t.year(data.year), data.publishedOn ? t.publishedOn(data.publishedOn) : ''].filter(Boolean).join(' · ')}</Typography.Text>
          <GongwenView html={data.html} plain />
        </>
      )}
    </Flex>
  );
}
