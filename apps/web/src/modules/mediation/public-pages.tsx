import type { PublicCommittees } from '@fazhi/core/mediation/index';
import { committeeLevels } from '@fazhi/core/mediation/index';
import { Card, Empty, Flex, Input, List, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.portal;

/** 人民调解委员会名录: where to ask for mediation, by 街道; office phones only, no login. */
export function PublicCommitteesPage() {
  // quiet: the portal needs no session, and a failure must never send a visitor to /login.
  const { data, error, loading, reload } = useApi('public/mediation-committees', (signal) => api.get<PublicCommittees>('public/mediation-committees', undefined, { quiet: true, signal }));
  const [q, setQ] = useState('');
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  const match = (text: string) => !q || text.includes(q);
  const shown = (data ?? []).map((s) => ({ ...s, committees: s.committees.filter((c) => match(s.subdistrict) || match(c.name) || match(c.unitName)) })).filter((s) => s.committees.length);
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
          <Card key={s.subdistrict} size="small" title={s.subdistrict} extra={t.count(s.committees.length)}>
            <List
              size="small"
              dataSource={s.committees}
              renderItem={(c) => (
                <List.Item>
                  <List.Item.Meta
                    title={`${c.name}（${committeeLevels.label(c.level)}）`}
                    description={
                      <>
                        {t.address}：{c.address}
                        <br />
                        {t.phone}：<a href={`tel:${c.officePhone}`}>{c.officePhone}</a>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        ))
      )}
    </Flex>
  );
}
