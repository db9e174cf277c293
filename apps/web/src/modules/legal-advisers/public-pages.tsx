import type { PublicVillageAdvisers } from '@fazhi/core/legal-advisers/index';
import { Card, Empty, Flex, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.portal;

/** 一村一法律顾问: who serves each 村(社区), searchable by village or adviser; no login, no phone numbers. */
export function PublicVillageAdvisersPage() {
  // quiet: the portal needs no session, and a failure must never send a visitor to /login.
  const { data, error, loading, reload } = useApi('public/village-advisers', (signal) => api.get<PublicVillageAdvisers>('public/village-advisers', undefined, { quiet: true, signal }));
  const [q, setQ] = useState('');
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  const match = (text: string) => !q || text.includes(q);
  const shown = (data ?? [])
    .map((s) => ({ ...s, communities: s.communities.filter((c) => match(s.subdistrict) || match(c.name) || c.advisers.some((a) => match(a.name) || match(a.lawFirm ?? ''))) }))
    .filter((s) => s.communities.length);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      <Input.Search aria-label={t.search} placeholder={t.search} allowClear onSearch={(v) => setQ(v.trim())} onChange={(e) => !e.target.value && setQ('')} enterButton />
      {!shown.length ? (
        <Empty description={t.empty} />
      ) : (
        shown.map((s) => (
          <Card key={s.subdistrict} size="small" title={s.subdistrict} extra={t.count(s.communities.length)}>
            <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(6em, max-content) 1fr', gap: '4px 16px', margin: 0 }}>
              {s.communities.map((c) => (
                <div key={c.name} style={{ display: 'contents' }}>
                  <dt>{c.name}</dt>
                  <dd style={{ margin: 0 }}>
                    {c.advisers.length ? c.advisers.map((a) => (a.lawFirm ? `${a.name}（${a.lawFirm}）` : a.name)).join('、') : <Typography.Text type="secondary">{t.none}</Typography.Text>}
                  </dd>
                </div>
              ))}
            </dl>
          </Card>
        ))
      )}
    </Flex>
  );
}
