import { subjectSpec, subjectStates, subjectWorkflow, scoreSpec, scoreStates, scoreWorkflow, type ScoreDetail, type SubjectDetail } from '@fazhi/core/inspection/index';
import { Alert, Tag } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { messages } from './messages';
import { pages } from './register-pages';

const subjects = pages(subjectSpec, '/inspection/subjects', (r) => String(r.roundTitle));
const scores = pages(scoreSpec, '/inspection/scores', (r) => `${String(r.itemCode)} ${String(r.itemName)}`);

/** 督察对象: the 整改 steps (evidence is uploaded as attachments before 报送 and 验收). */
function SubjectDetailPage() {
  return (
    <RegisterDetailPage<SubjectDetail>
      spec={subjectSpec}
      basePath="/inspection/subjects"
      heading={(r) => `${String(r.roundTitle)}：${String(r.orgUnitName ?? '')}`}
      tags={({ record }) => <Tag color="blue">{subjectStates.label(record.state)}</Tag>}
      actions={({ record, reload }) => (
        <WorkflowActions workflow={subjectWorkflow} options={record.transitions} url={(name) => `inspection/subjects/${record.id}/transitions/${name}`} version={record.version} onDone={reload} />
      )}
    />
  );
}

/** 考核得分: the records behind a computed score, and the appeal steps once published. */
function ScoreDetailPage() {
  return (
    <RegisterDetailPage<ScoreDetail>
      spec={scoreSpec}
      basePath="/inspection/scores"
      heading={(r) => `${String(r.itemCode)} ${String(r.itemName)}`}
      tags={({ record }) => <Tag color="blue">{scoreStates.label(record.state)}</Tag>}
      actions={({ record, reload }) => (
        <WorkflowActions workflow={scoreWorkflow} options={record.transitions} url={(name) => `inspection/scores/${record.id}/transitions/${name}`} version={record.version} onDone={reload} />
      )}
    >
      {({ record }) => (
        <>
          {record.indicatorId && (
            <a href={`/indicators/${record.indicatorId}?org=${String(record.orgUnitId)}&from=${String(record.year)}-01-01&to=${String(record.year)}-12-31`}>{messages.score.drillDown}</a>
          )}
          {record.appealDueOn && <Alert type="info" showIcon title={messages.score.appealDue(record.appealDueOn)} />}
        </>
      )}
    </RegisterDetailPage>
  );
}

export const subjectPages = { ...subjects, Detail: SubjectDetailPage };
export const scorePages = { ...scores, Detail: ScoreDetailPage };
