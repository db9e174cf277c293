import { certificateKinds, certificateStates, officerSecretFields, officerSpec, reviewResults, trainingSources } from '@fazhi/core/enforcement/index';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { RevealButton } from '../../platform/register/reveal-button';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';

const basePath = '/enforcement/officers';
const t = messages.officer;
const formSpec = { ...officerSpec, fields: [...officerSpec.fields, ...officerSecretFields] };

export const OfficerListPage = () => <RegisterListPage spec={officerSpec} basePath={basePath} />;
export const OfficerFormPage = () => <RegisterFormPage spec={formSpec} basePath={basePath} />;

/** 执法人员: masked ID number (revealed with a reason), certificates with their 年审, and the year's training hours. */
export function OfficerDetailPage() {
  return (
    <RegisterDetailPage spec={officerSpec} basePath={basePath} heading={(r) => String(r.name ?? '')} extraLabels={{ idNumberEnc: t.idNumber }}>
      {({ record }) => (
        <>
          <IdentityCard record={record} />
          <YearCard id={record.id} />
        </>
      )}
    </RegisterDetailPage>
  );
}

type Year = {
  year: number;
  trainingHours: number;
  floor: number;
  certificates: { id: string; kind: string; number: string; issuedOn: string; status: string; revokedOn: string | null; reviews: { year: number; result: string; reviewedOn: string }[] }[];
  trainings: { id: string; trainedOn: string; course: string; hours: number; source: string }[];
};

function YearCard({ id }: { id: string }) {
  const { data } = useApi(`enforcement/officers/${id}/year`, (signal) => api.get<Year>(`enforcement/officers/${id}/year`, undefined, { signal }));
  if (!data) return null;
  return (
    <Card title={t.year(data.year)}>
      <Typography.Paragraph>
        {t.hours(data.trainingHours, data.floor)}
        {data.trainingHours < data.floor && (
          <Tag color="red" style={{ marginLeft: 8 }}>
            {t.short}
          </Tag>
        )}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t.certificates}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.certificates}
        columns={[
          { title: messages.columns.kind, dataIndex: 'kind', render: (v: string) => certificateKinds.label(v) },
          { title: messages.columns.number, dataIndex: 'number' },
          { title: messages.columns.issuedOn, dataIndex: 'issuedOn' },
          { title: messages.columns.status, dataIndex: 'status', render: (v: string) => certificateStates.label(v) },
          {
            title: t.reviews,
            dataIndex: 'reviews',
            render: (rs: Year['certificates'][number]['reviews']) => (rs.length ? rs.map((r) => `${r.year}年${reviewResults.label(r.result)}`).join('；') : t.noReviews),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.trainings}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.trainings}
        columns={[
          { title: messages.columns.trainedOn, dataIndex: 'trainedOn' },
          { title: messages.columns.course, dataIndex: 'course' },
          { title: messages.columns.hours, dataIndex: 'hours' },
          { title: messages.columns.source, dataIndex: 'source', render: (v: string) => trainingSources.label(v) },
        ]}
      />
    </Card>
  );
}

function IdentityCard({ record }: { record: RecordDetail }) {
  return (
    <Card title={t.identity}>
      <Descriptions
        size="small"
        items={[
          {
            key: 'id',
            label: t.idNumber,
            children: (
              <Space>
                <Typography.Text code>{String(record.idNumberMasked ?? t.none)}</Typography.Text>
                <RevealButton module="enforcement" path="enforcement/officers" id={record.id} field="idNumber" label={t.idNumber} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
