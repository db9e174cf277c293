import { enterpriseSpec, themeSpec } from '@fazhi/core/legal-advisers/index';
import { Card, Flex, Tag, Typography } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';
import type { EnterpriseDetail, ThemeDetail } from './types';

// 园区企业 and 一月一主题: plain registers; their details add what the service log says about them.
const enterprisesPath = '/legal-advisers/enterprises';
const themesPath = '/legal-advisers/themes';

export function EnterpriseListPage() {
  return <RegisterListPage spec={enterpriseSpec} basePath={enterprisesPath} />;
}

export function EnterpriseDetailPage() {
  return (
    <RegisterDetailPage<EnterpriseDetail> spec={enterpriseSpec} basePath={enterprisesPath} heading={(r) => r.name}>
      {({ record }) => <Card title={messages.enterprise.services}>{messages.enterprise.summary(record.serviceCount, record.lastServedOn)}</Card>}
    </RegisterDetailPage>
  );
}

export function EnterpriseFormPage() {
  return <RegisterFormPage spec={enterpriseSpec} basePath={enterprisesPath} />;
}

export function ThemeListPage() {
  return <RegisterListPage spec={themeSpec} basePath={themesPath} />;
}

/** The theme and which 村(社区) held it: those not yet held first, so the 司法所 knows whom to remind. */
export function ThemeDetailPage() {
  return (
    <RegisterDetailPage<ThemeDetail> spec={themeSpec} basePath={themesPath} heading={(r) => `${r.year}年${r.month}月 ${r.title}`}>
      {({ record }) => (
        <Card title={messages.theme.communities} extra={messages.theme.summary(record.communitiesHeld, record.communitiesTotal)}>
          <Flex gap={6} wrap>
            {[...record.communities]
              .sort((a, b) => Number(a.held) - Number(b.held))
              .map((c) => (
                <Tag key={c.id} color={c.held ? 'green' : 'default'}>
                  {c.name}
                  <Typography.Text type="secondary" style={{ marginLeft: 4, fontSize: 12 }}>
                    {c.held ? messages.theme.held : messages.theme.notHeld}
                  </Typography.Text>
                </Tag>
              ))}
          </Flex>
        </Card>
      )}
    </RegisterDetailPage>
  );
}

export function ThemeFormPage() {
  return <RegisterFormPage spec={themeSpec} basePath={themesPath} />;
}
