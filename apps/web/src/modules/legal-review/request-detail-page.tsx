import { reviewSpec, reviewWorkflow } from '@fazhi/core/legal-review/index';
import { Button, Card, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { AssigneesCard } from './assignees-card';
import { MaterialsCard } from './materials-card';
import { messages } from './messages';
import { DueTag, OpinionTag, StateTag } from './review-tags';
import type { ReviewDetail, ReviewSubjectKind } from '@fazhi/core/legal-review/index';

/** 审核事项详情: state and days left, the linked subject, reviewers, steps with their forms, opinion and adoption, materials, audit trail. */
export function RequestDetailPage() {
  return (
    <RegisterDetailPage<ReviewDetail>
      spec={reviewSpec}
      basePath="/legal-review/requests"
      heading={(r) => r.title}
      extraLabels={messages.extraLabels}
      tags={({ record }) => (
        <>
          <StateTag state={record.state} />
          <OpinionTag opinion={record.opinion} />
          <DueTag daysLeft={record.daysLeft} />
          {record.state === 'supplementing' && <Tag color="gold">{messages.tags.paused}</Tag>}
          {record.concludedLate && <Tag color="orange">{messages.tags.late}</Tag>}
          {record.adopted === false && <Tag color="red">{messages.tags.notAdopted}</Tag>}
          {record.adviserRequested && <Tag color="gold">{messages.tags.adviserRequested}</Tag>}
        </>
      )}
      actions={({ record, reload }) => (
        <WorkflowActions
          workflow={reviewWorkflow}
          options={record.transitions}
          url={(name) => `legal-review/requests/${record.id}/transitions/${name}`}
          version={record.version}
          onDone={reload}
          overrides={{
            // The new due date is chosen, not today.
            extend: { initial: { extendedDueOn: undefined } },
          }}
        />
      )}
    >
      {({ record, reload }) => (
        <>
          {record.opinionNumber && (
            <Card title={messages.opinion.number(record.opinionNumber)} size="small">
              <Typography.Paragraph>{String(record.opinionText ?? '')}</Typography.Paragraph>
              <Button href={`/api/legal-review/requests/${record.id}/opinion.docx`}>{messages.opinion.download}</Button>
            </Card>
          )}
          {record.subject && (
            <Card title={messages.subject.title} size="small">
              <Link to={record.subject.path}>{record.subject.title}</Link>
            </Card>
          )}
          <MaterialsCard kind={record.subjectKind as ReviewSubjectKind} ticked={record.materials} />
          <AssigneesCard requestId={record.id} assignees={record.assignees ?? []} editable={record.canAssign} requested={record.adviserRequested} onChanged={reload} />
        </>
      )}
    </RegisterDetailPage>
  );
}
