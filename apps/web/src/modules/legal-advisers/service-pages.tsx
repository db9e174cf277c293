import { serviceSpec } from '@fazhi/core/legal-advisers/index';
import { Card, Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import { messages as common } from '../../platform/messages';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';
import type { ServiceDetail } from './types';

const basePath = '/legal-advisers/services';

export function ServiceListPage() {
  return <RegisterListPage spec={serviceSpec} basePath={basePath} />;
}

/** One log entry: the generic fields plus links to the provider's roster page and the linked review request. */
export function ServiceDetailPage() {
  return (
    <RegisterDetailPage<ServiceDetail>
      spec={serviceSpec}
      basePath={basePath}
      heading={(r) => r.subject}
      extraLabels={{ adviserId: '法律顾问', publicLawyerId: '公职律师', reviewRequestId: messages.detail.review, providerName: messages.detail.provider }}
    >
      {({ record }) => (
        <Card title={messages.detail.provider}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'provider',
                label: messages.detail.provider,
                children: record.adviser ? (
                  <Link to={`/legal-advisers/advisers/${record.adviser.id}`}>{record.adviser.lawFirm ? `${record.adviser.name}（${record.adviser.lawFirm}）` : record.adviser.name}</Link>
                ) : record.publicLawyer ? (
                  <Link to={`/legal-advisers/public-lawyers/${record.publicLawyer.id}`}>{`${record.publicLawyer.name}（${record.publicLawyer.post}）`}</Link>
                ) : (
                  record.providerName
                ),
              },
              {
                key: 'review',
                label: messages.detail.review,
                children: record.reviewRequestPath ? <Link to={record.reviewRequestPath}>{record.reviewRequestTitle ?? messages.detail.openReview}</Link> : common.empty,
              },
            ]}
          />
        </Card>
      )}
    </RegisterDetailPage>
  );
}
