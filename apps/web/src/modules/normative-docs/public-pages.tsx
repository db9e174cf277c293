import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Card, Collapse, Descriptions, Empty, Flex, Input, Pagination, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';
import './public-pages.css';
import type { PublicCleanup, PublicDocument, PublicDocumentText } from './types';

const t = messages.portal;
// quiet: these endpoints need no session, and a failure here must never send a visitor to /login.
const quiet = { quiet: true };
const pageSize = 20;

function DocumentList() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [typed, setTyped] = useState(q);
  const key = `public/normative-documents?q=${q}&page=${page}`;
  const { data, error, loading, reload } = useApi(key, (signal) =>
    api.get<{ items: PublicDocument[]; total: number }>('public/normative-documents', { q: q || undefined, page, pageSize }, { ...quiet, signal }),
  );
  const go = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams(params);
    if (next.q !== undefined) next.q ? p.set('q', next.q) : p.delete('q'), p.delete('page');
    if (next.page) p.set('page', String(next.page));
    setParams(p);
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      <Input.Search aria-label={t.search} placeholder={t.search} allowClear value={typed} onChange={(e) => setTyped(e.target.value)} onSearch={(v) => go({ q: v.trim() })} enterButton />
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Spin style={{ display: 'block', margin: 32 }} />
      ) : !data?.items.length ? (
        <Empty description={t.empty} />
      ) : (
        <>
          <Typography.Text type="secondary">{t.total(data.total)}</Typography.Text>
          <nav aria-label={t.title}>
            {data.items.map((d) => (
              <Link key={d.id} to={`/gk/normative-documents/${d.id}`} className="portal-report-row">
                <div className="portal-report-title">{d.title}</div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[d.docNumber, d.orgUnitName, `${t.publishedOn} ${d.publishedOn}`, d.expiresOn ? `${t.expiresOn} ${d.expiresOn}` : ''].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Link>
            ))}
          </nav>
          {data.total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={data.total} onChange={(p) => go({ page: p })} />}
        </>
      )}
    </Flex>
  );
}

function Cleanups() {
  const { data, error, loading, reload } = useApi('public/normative-documents/cleanups', (signal) => api.get<PublicCleanup[]>('public/normative-documents/cleanups', undefined, { ...quiet, signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (!data?.length) return <Empty description={t.cleanupsEmpty} />;
  return (
    <Flex vertical gap={12}>
      {data.map((c) => (
        <Card key={c.id} size="small" title={c.name} extra={<Typography.Text type="secondary">{t.cleanupMeta(c.orgUnitName, c.publishedOn)}</Typography.Text>}>
          <Collapse
            size="small"
            items={c.lists.map((l) => ({
              key: l.conclusion,
              label: `${l.label}（${l.documents.length}件）`,
              children: l.documents.length ? (
                <ol style={{ paddingLeft: 20, margin: 0 }}>
                  {l.documents.map((d, i) => (
                    <li key={i} style={{ marginBottom: 6 }}>
                      {d.title}
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {' '}
                        {[d.docNumber, d.orgUnitName].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </li>
                  ))}
                </ol>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
            }))}
          />
        </Card>
      ))}
    </Flex>
  );
}

/** /gk/normative-documents: documents in force (searchable) and the published 清理 result lists. */
export function PublicDocumentListPage() {
  return (
    <Card title={t.title}>
      <Tabs
        items={[
          { key: 'documents', label: t.tabDocuments, children: <DocumentList /> },
          { key: 'cleanups', label: t.tabCleanups, children: <Cleanups /> },
        ]}
      />
    </Card>
  );
}

/** /gk/normative-documents/:id: one document in force, its full text and attachments. */
export function PublicDocumentPage() {
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(`public/normative-documents/${id}`, (signal) =>
    api.get<PublicDocumentText>(`public/normative-documents/${encodeURIComponent(id)}`, undefined, { ...quiet, signal }),
  );
  return (
    <Flex vertical gap={12}>
      <Link to="/gk/normative-documents">
        <ArrowLeftOutlined /> {t.back}
      </Link>
      {error ? (
        <Card>
          <LoadError error={error} onRetry={reload} />
        </Card>
      ) : loading || !data ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <Card>
          <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
            {data.title}
          </Typography.Title>
          <Typography.Paragraph style={{ textAlign: 'center' }}>{data.docNumber}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'org', label: t.issuingOrgan, children: data.orgUnitName },
              { key: 'reg', label: t.registration, children: data.registrationNumber },
              { key: 'pub', label: t.publishedOn, children: data.publishedOn },
              { key: 'channel', label: t.channel, children: data.publicationChannelLabel },
              { key: 'eff', label: t.effectiveOn, children: data.effectiveOn },
              { key: 'exp', label: t.expiresOn, children: data.expiresOn },
            ]}
          />
          {data.fullText ? <div className="portal-document-text">{data.fullText}</div> : <Alert type="info" message={t.noText} style={{ margin: '12px 0' }} />}
          {data.attachments.length > 0 && (
            <Flex vertical gap={6} style={{ marginTop: 12 }}>
              <strong>{t.attachments}</strong>
              {data.attachments.map((a) => (
                <a key={a.id} href={`/api/public/normative-documents/${data.id}/attachments/${a.id}`} download>
                  <DownloadOutlined /> {a.filename}
                </a>
              ))}
            </Flex>
          )}
        </Card>
      )}
    </Flex>
  );
}
