import { campaignSpec, committeeSpec, genders, honourSpec, mediatorPositions, mediatorSpec, type CommitteeDetail } from '@fazhi/core/mediation/index';
import { Alert, Card, Col, Form, Input, Row, Table } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';

// ---------------------------------------------------------------- 调解委员会

const committees = '/mediation/committees';

export function CommitteeListPage() {
  return <RegisterListPage spec={committeeSpec} basePath={committees} />;
}

/** A committee with its serving 委员 and whether they meet 人民调解法 第8条. */
export function CommitteeDetailPage() {
  const t = messages.committee;
  return (
    <RegisterDetailPage<CommitteeDetail> spec={committeeSpec} basePath={committees} heading={(r) => String(r.name ?? '')} extraLabels={messages.extraLabels}>
      {({ record }) => (
        <Card title={t.members}>
          <Alert
            type={record.composition.problems.length ? 'warning' : 'success'}
            showIcon
            title={t.composition(record.composition.memberCount, record.composition.femaleCount)}
            description={record.composition.problems.length ? record.composition.problems.join('；') : t.compliant}
            style={{ marginBottom: 12 }}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={record.members}
            columns={[
              { key: 'name', title: t.name, dataIndex: 'name' },
              { key: 'gender', title: t.gender, dataIndex: 'gender', render: (v: string) => genders.label(v) },
              { key: 'position', title: t.position, dataIndex: 'position', render: (v: string) => mediatorPositions.label(v) },
            ]}
          />
        </Card>
      )}
    </RegisterDetailPage>
  );
}

export function CommitteeFormPage() {
  return <RegisterFormPage spec={committeeSpec} basePath={committees} />;
}

// ---------------------------------------------------------------- 人民调解员

const mediators = '/mediation/mediators';

export function MediatorListPage() {
  return <RegisterListPage spec={mediatorSpec} basePath={mediators} />;
}

export function MediatorDetailPage() {
  return <RegisterDetailPage spec={mediatorSpec} basePath={mediators} heading={(r) => String(r.name ?? '')} extraLabels={messages.extraLabels} />;
}

/** The phone is write-only: typed here, stored encrypted, shown back masked. */
function PhoneField() {
  const form = Form.useFormInstance();
  const masked = Form.useWatch('phoneMasked', { form, preserve: true }) as string | undefined;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="phone" label={messages.mediator.phone} extra={masked ? messages.mediator.keep(masked) : undefined}>
          <Input placeholder={messages.mediator.phone} inputMode="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function MediatorFormPage() {
  return (
    <RegisterFormPage spec={mediatorSpec} basePath={mediators} editInitial={(r: RecordDetail) => ({ phoneMasked: r.phoneMasked })}>
      <PhoneField />
    </RegisterFormPage>
  );
}

// ---------------------------------------------------------------- 荣誉 and 排查活动: plain registers

const honours = '/mediation/honours';
export function HonourListPage() {
  return <RegisterListPage spec={honourSpec} basePath={honours} />;
}
export function HonourDetailPage() {
  return <RegisterDetailPage spec={honourSpec} basePath={honours} heading={(r) => String(r.mediatorName ?? '')} extraLabels={messages.extraLabels} />;
}
export function HonourFormPage() {
  return <RegisterFormPage spec={honourSpec} basePath={honours} />;
}

const campaigns = '/mediation/campaigns';
export function CampaignListPage() {
  return <RegisterListPage spec={campaignSpec} basePath={campaigns} />;
}
export function CampaignDetailPage() {
  return (
    <RegisterDetailPage spec={campaignSpec} basePath={campaigns} heading={(r) => String(r.title ?? '')} extraLabels={messages.extraLabels}>
      {({ record }) => <Alert type="info" showIcon title={messages.campaign.disputes(Number(record.disputeCount ?? 0))} />}
    </RegisterDetailPage>
  );
}
export function CampaignFormPage() {
  return <RegisterFormPage spec={campaignSpec} basePath={campaigns} />;
}
