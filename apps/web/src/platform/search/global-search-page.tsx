import type { GlobalSearchResult } from '@fazhi/core';
import { Card, Empty, Flex, Input, List, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';

const t = messages.globalSearch;

/** 全局搜索: a 案号 or title across every register the user may read, grouped by register. */
export function GlobalSearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = (params.get('q') ?? '').trim();
  const { data, error, loading, reload } = useApi(q.length >= 2 ? `search?${q}` : null, (signal) => api.get<GlobalSearchResult>('search', { q }, { signal }));

  return (
    <Page title={t.title} crumbs={[{ title: t.title }]}>
      <Flex vertical gap={16}>
        <Input.Search
          key={q}
          size="large"
          enterButton={messages.search}
          placeholder={t.placeholder}
          aria-label={t.placeholder}
          defaultValue={q}
          loading={loading}
          onSearch={(v) => navigate(`/search?q=${encodeURIComponent(v.trim())}`)}
          style={{ maxWidth: 560 }}
        />
        {q.length < 2 ? (
          <Typography.Text type="secondary">{t.hint}</Typography.Text>
        ) : error ? (
          <LoadError error={error} onRetry={reload} />
        ) : data && data.groups.length === 0 ? (
          <Empty description={t.none} />
        ) : (
          data?.groups.map((g) => (
            <Card
              key={g.path}
              size="small"
              className="search-group"
              title={`${messages.modules[g.module] ?? g.module} · ${g.title}`}
              extra={g.more ? <Link to={`/${g.path}?q=${encodeURIComponent(q)}`}>{t.more(g.title)}</Link> : undefined}
            >
              <List
                size="small"
                dataSource={g.items}
                renderItem={(item) => (
                  <List.Item>
                    <Link to={`/${g.path}/${item.id}`} style={{ overflowWrap: 'anywhere' }}>
                      {item.label}
                    </Link>
                    {item.orgUnitName && <Typography.Text type="secondary">{item.orgUnitName}</Typography.Text>}
                  </List.Item>
                )}
              />
            </Card>
          ))
        )}
      </Flex>
    </Page>
  );
}
