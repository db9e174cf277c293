import { verificationSpec, verificationWorkflow, type VerificationDetail } from '@fazhi/core/certification/index';
import { Tag } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { messages } from './messages';

const basePath = '/certification/verifications';
const t = messages.verification;
type Detail = VerificationDetail & RecordDetail;

export const verificationPages = {
  List: () => <RegisterListPage spec={verificationSpec} basePath={basePath} renderColumn={{ overdue: (row) => (row.overdue ? <Tag color="red">{t.overdue}</Tag> : null) }} />,
  Form: () => <RegisterFormPage spec={verificationSpec} basePath={basePath} />,
  /** The request with 答复 / 退回 for the responding unit (the steps the server offers this user). */
  Detail: () => (
    <RegisterDetailPage<Detail>
      spec={verificationSpec}
      basePath={basePath}
      heading={(r) => String(r.matter)}
      tags={({ record }) => (
        <>
          <Tag>{t.due(record.dueOn)}</Tag>
          {record.overdue ? <Tag color="red">{t.overdue}</Tag> : null}
        </>
      )}
      actions={({ record, reload }) => (
        <WorkflowActions
          workflow={verificationWorkflow}
          options={record.transitions}
          url={(name) => `certification/verifications/${record.id}/transitions/${name}`}
          version={record.version}
          onDone={reload}
        />
      )}
    />
  ),
};
