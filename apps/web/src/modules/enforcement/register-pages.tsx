import { bodySpec, certificateSpec, decisionSpec, itemSpec, leniencyItemSpec, reviewSpec, standardSpec, trainingSpec } from '@fazhi/core/enforcement/index';
import type { RegisterSpec } from '@fazhi/core';
import { Card, Table } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';

const pages = (spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string) => ({
  List: () => <RegisterListPage spec={spec} basePath={basePath} />,
  Detail: () => <RegisterDetailPage spec={spec} basePath={basePath} heading={heading} />,
  Form: () => <RegisterFormPage spec={spec} basePath={basePath} />,
});

const body = pages(bodySpec, '/enforcement/bodies', (r) => String(r.name ?? ''));
export const BodyListPage = body.List;
export const BodyDetailPage = body.Detail;
export const BodyFormPage = body.Form;
const cert = pages(certificateSpec, '/enforcement/certificates', (r) => `${String(r.officerName ?? '')} ${String(r.number ?? '')}`);
export const CertificateListPage = cert.List;
export const CertificateDetailPage = cert.Detail;
export const CertificateFormPage = cert.Form;
const review = pages(reviewSpec, '/enforcement/reviews', (r) => `${String(r.certificateNumber ?? '')} ${String(r.year ?? '')}年度年审`);
export const ReviewListPage = review.List;
export const ReviewDetailPage = review.Detail;
export const ReviewFormPage = review.Form;
const training = pages(trainingSpec, '/enforcement/trainings', (r) => String(r.course ?? ''));
export const TrainingListPage = training.List;
export const TrainingDetailPage = training.Detail;
export const TrainingFormPage = training.Form;
const standard = pages(standardSpec, '/enforcement/standards', (r) => `${String(r.itemName ?? '')}：${String(r.circumstance ?? '')}`);
export const StandardListPage = standard.List;
export const StandardDetailPage = standard.Detail;
export const StandardFormPage = standard.Form;
const leniency = pages(leniencyItemSpec, '/enforcement/leniency-items', (r) => String(r.behaviour ?? ''));
export const LeniencyItemListPage = leniency.List;
export const LeniencyItemDetailPage = leniency.Detail;
export const LeniencyItemFormPage = leniency.Form;
const decision = pages(decisionSpec, '/enforcement/leniency-decisions', (r) => String(r.entityName ?? ''));
export const DecisionListPage = decision.List;
export const DecisionDetailPage = decision.Detail;
export const DecisionFormPage = decision.Form;

type Standard = { id: string; circumstance: string; fineMin: number | null; fineMax: number | null; measure: string | null };

/** An 执法事项 with its 裁量基准 (each change of a 基准 is in its own 变更记录). */
export const ItemListPage = () => <RegisterListPage spec={itemSpec} basePath="/enforcement/items" />;
export const ItemFormPage = () => <RegisterFormPage spec={itemSpec} basePath="/enforcement/items" />;
export function ItemDetailPage() {
  return (
    <RegisterDetailPage spec={itemSpec} basePath="/enforcement/items" heading={(r) => String(r.name ?? '')}>
      {({ record }) => (
        <Card title={messages.menu.standards}>
          <Table<Standard>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={(record.standards as Standard[] | undefined) ?? []}
            columns={[
              { title: standardSpec.fields.find((f) => f.name === 'circumstance')!.label, dataIndex: 'circumstance' },
              { title: standardSpec.fields.find((f) => f.name === 'fineMin')!.label, dataIndex: 'fineMin' },
              { title: standardSpec.fields.find((f) => f.name === 'fineMax')!.label, dataIndex: 'fineMax' },
              { title: standardSpec.fields.find((f) => f.name === 'measure')!.label, dataIndex: 'measure' },
            ]}
          />
        </Card>
      )}
    </RegisterDetailPage>
  );
}
