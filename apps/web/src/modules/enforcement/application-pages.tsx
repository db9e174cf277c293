import { applicationSpec, applicationWorkflow, type ApplicationDetail } from '@fazhi/core/enforcement/index';
import { Button, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { messages } from './messages';

const basePath = '/enforcement/applications';
const t = messages.application;
type Detail = ApplicationDetail & RecordDetail;

export const ApplicationListPage = () => <RegisterListPage spec={applicationSpec} basePath={basePath} />;
export const ApplicationFormPage = () => <RegisterFormPage spec={applicationSpec} basePath={basePath} />;
/** The application with 录入考试成绩 / 发证 / 不予发证 for 司法局; once issued, links to the certificate made. */
export const ApplicationDetailPage = () => (
  <RegisterDetailPage<Detail>
    spec={applicationSpec}
    basePath={basePath}
    heading={(r) => `${String(r.name)}（${t.kind(String(r.kind))}）`}
    tags={({ record }) => (record.examScore != null ? <Tag color={record.state === 'failed' ? 'red' : 'green'}>{t.score(Number(record.examScore))}</Tag> : null)}
    actions={({ record, reload }) => (
      <>
        {record.certificateId && (
          <Link to={`/enforcement/certificates/${record.certificateId}`}>
            <Button>{t.openCertificate}</Button>
          </Link>
        )}
        <WorkflowActions
          workflow={applicationWorkflow}
          options={record.transitions}
          url={(name) => `enforcement/applications/${record.id}/transitions/${name}`}
          version={record.version}
          onDone={reload}
        />
      </>
    )}
  />
);
