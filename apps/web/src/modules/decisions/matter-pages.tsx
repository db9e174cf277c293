import type { StepOption } from '@fazhi/core';
import { matterNeedsReview, matterSpec, matterStates, matterWorkflow, type MatterCategory } from '@fazhi/core/decisions/index';
import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { messages as common } from '../../platform/messages';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';

const basePath = '/decisions/matters';
type MatterDetail = RecordDetail & { transitions: StepOption[]; review: { standing: string; requestId?: string; concludedOn?: string | null; opinion?: string | null } };
const StateTag = ({ state }: { state: unknown }) => <Tag color={state === 'decided' ? 'green' : 'blue'}>{matterStates.label(String(state))}</Tag>;

export function MatterListPage() {
  return (
    <RegisterListPage
      spec={matterSpec}
      basePath={basePath}
      renderColumn={{
        state: (row) => <StateTag state={row.state} />,
        judicialOfficeHeadAttended: (row) => (row.judicialOfficeHeadAttended == null ? common.empty : row.judicialOfficeHeadAttended ? common.yes : common.no),
      }}
    />
  );
}

export function MatterFormPage() {
  return <RegisterFormPage spec={matterSpec} basePath={basePath} />;
}

/** 街道重大事项: the legality review it needs before the meeting decides, with a link to request one. */
export function MatterDetailPage() {
  const r = messages.review;
  return (
    <RegisterDetailPage<MatterDetail>
      spec={matterSpec}
      basePath={basePath}
      heading={(x) => String(x.subject)}
      tags={({ record }) => <StateTag state={record.state} />}
      actions={({ record, reload }) => (
        <WorkflowActions workflow={matterWorkflow} options={record.transitions} url={(name) => `decisions/matters/${record.id}/transitions/${name}`} version={record.version} onDone={reload} />
      )}
    >
      {({ record }) => (
        <Card
          title={r.title}
          extra={
            <Flex gap={12}>
              {record.review.requestId && <Link to={`/legal-review/requests/${record.review.requestId}`}>{messages.checklist.openReview}</Link>}
              {record.permissions.update && record.state === 'pending' && record.review.standing !== 'passed' && record.review.standing !== 'passedWithoutAdviser' && (
                <Link to={`/legal-review/requests/new?subjectKind=subdistrictMatter&subjectId=${record.id}`}>{messages.checklist.requestReview}</Link>
              )}
            </Flex>
          }
        >
          {record.unreviewedNote ? (
            <Alert style={{ marginBottom: 12 }} type="error" showIcon message={messages.matterReview.unreviewed} description={String(record.unreviewedNote)} />
          ) : (
            record.state === 'pending' &&
            matterNeedsReview(record.category as MatterCategory) &&
            !record.review.standing.startsWith('passed') && <Alert style={{ marginBottom: 12 }} type="warning" showIcon message={messages.matterReview.needed} />
          )}
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'standing',
                label: r.standing,
                children: <Tag color={record.review.standing.startsWith('passed') ? 'green' : 'orange'}>{r.standingLabels[record.review.standing] ?? record.review.standing}</Tag>,
              },
              { key: 'concludedOn', label: r.concludedOn, children: record.review.concludedOn ?? common.empty },
            ]}
          />
        </Card>
      )}
    </RegisterDetailPage>
  );
}
