import type { PublicOffices } from '@fazhi/core/judicial-offices/index';
import { Card, Descriptions, Empty, Flex, Spin, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.portal;

/** 司法所名录: each office's address, public office phone and latest confirmed star level; no login. */
export function PublicJudicialOfficesPage() {
  // quiet: the portal needs no session, and a failure must never send a visitor to /login.
  const { data, error, loading, reload } = useApi('public/judicial-offices', (signal) => api.get<PublicOffices>('public/judicial-offices', undefined, { quiet: true, signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      {!data?.length ? (
        <Empty description={t.empty} />
      ) : (
        data.map((o) => (
          <Card key={o.name} size="small" title={o.name}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'subdistrict', label: t.subdistrict, children: o.subdistrict },
                { key: 'address', label: t.address, children: o.address ?? '—' },
                { key: 'phone', label: t.phone, children: o.officePhone ? <a href={`tel:${o.officePhone}`}>{o.officePhone}</a> : '—' },
                {
                  key: 'star',
                  label: t.star,
                  children: o.starLevel != null && o.ratedYear != null ? <span style={{ color: '#d48806' }}>{t.rated(o.starLevel, o.ratedYear)}</span> : t.notRated,
                },
              ]}
            />
          </Card>
        ))
      )}
    </Flex>
  );
}
