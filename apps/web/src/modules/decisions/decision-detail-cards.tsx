import type { StepOption } from '@fazhi/core';
import { decisionOutcomes, executionReportCreateSchema, meetingTypes, stances, undeliberatedForms, type RecordedStep } from '@fazhi/core/decisions/index';
import { Alert, App, Button, Card, Descriptions, Flex, List, Popconfirm, Table, Tag, Typography } from 'antd';
import { api, errorText } from '../../api/client';
import { Link } from 'react-router-dom';
import type { Validator } from '../../platform/form/validation';
import type { RecordDetail } from '../../platform/register/types';
import { notApplicableAction, recordStepAction } from './step-actions';
import { messages } from './messages';
import { ActionButtons } from '../../platform/workflow/action-buttons';

type Step = { key: string; label: string; mandatory: boolean; status: string; note: string | null };
type Expert = { id: string; name: string; affiliation: string; opinion: string; signedOn: string };
type Member = { id: string; memberName: string; post: string; stance: string; statement: string };
type Report = { id: string; reportedOn: string; reportingUnit: string; content: string };
export type DecisionDetail = RecordDetail & {
  steps: Step[];
  experts: Expert[];
  members: Member[];
  executionReports: Report[];
  review: { standing: string; requestId?: string; concludedOn?: string | null; adviserTookPart?: boolean };
  transitions: StepOption[];
  recordableSteps: string[];
};

const statusColor: Record<string, string> = { done: 'green', notApplicable: 'default', pending: 'orange', inProgress: 'blue', failed: 'red' };
const t = messages.checklist;
// Mandatory steps other than 公众参与 cannot be marked 不适用.
const mayBeNotApplicable = new Set<string>(['publicComment', 'hearing', 'expertReview', 'riskAssessment', 'postEvaluation']);

/** The procedure checklist: each step's state, and the forms to record it or mark it 不适用. */
export function ChecklistCard({ record, reload }: { record: DecisionDetail; reload: () => void }) {
  const stepUrl = (name: string) => `decisions/decisions/${record.id}/steps/${name}`;
  const reviewable = record.permissions.update && (record.review.standing === 'none' || record.review.standing === 'failed' || record.review.standing === 'passedWithoutAdviser');
  return (
    <Card title={t.title}>
      <List
        dataSource={record.steps}
        renderItem={(s) => {
          const recordable = record.recordableSteps.includes(s.key);
          const actions = recordable
            ? [recordStepAction(s.key as RecordedStep), ...(mayBeNotApplicable.has(s.key) ? [notApplicableAction(s.key as RecordedStep)] : [])].map((a, i) => ({
                ...a,
                name: i === 0 ? a.name : `${a.name}#na`,
              }))
            : [];
          return (
            <List.Item>
              <Flex wrap gap={8} align="center" style={{ width: '100%' }}>
                <Typography.Text strong style={{ minWidth: 96 }}>
                  {s.label}
                </Typography.Text>
                <Tag>{s.mandatory ? t.mandatory : t.optional}</Tag>
                <Tag color={statusColor[s.status]}>{t.statusLabels[s.status] ?? s.status}</Tag>
                {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
                <Flex gap={8} wrap style={{ marginLeft: 'auto' }}>
                  {actions.length > 0 && <ActionButtons ghost={false} url={(name) => stepUrl(name.replace('#na', ''))} version={record.version} actions={actions} onDone={reload} />}
                  {s.key === 'legalityReview' && record.review.requestId && <Link to={`/legal-review/requests/${record.review.requestId}`}>{t.openReview}</Link>}
                  {s.key === 'legalityReview' && reviewable && <Link to={`/legal-review/requests/new?subjectKind=majorDecision&subjectId=${record.id}`}>{t.requestReview}</Link>}
                </Flex>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

export function ExpertsCard({ experts }: { experts: Expert[] }) {
  const e = messages.experts;
  if (experts.length === 0) return null;
  return (
    <Card title={e.title}>
      <Table<Expert>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={experts}
        columns={[
          { key: 'name', title: e.name, dataIndex: 'name' },
          { key: 'affiliation', title: e.affiliation, dataIndex: 'affiliation' },
          { key: 'opinion', title: e.opinion, dataIndex: 'opinion' },
          { key: 'signedOn', title: e.signedOn, dataIndex: 'signedOn' },
        ]}
      />
    </Card>
  );
}

/** Who said what at the meeting, dissent included, and the head's decision. */
export function MembersCard({ record }: { record: DecisionDetail }) {
  const m = messages.members;
  if (record.undeliberatedForm) {
    const u = messages.undeliberated;
    return (
      <Card title={m.title}>
        <Alert
          type="error"
          showIcon
          message={u.title}
          description={
            <>
              <div>{u.summary(undeliberatedForms.label(String(record.undeliberatedForm)), String(record.headName), String(record.decidedOn))}</div>
              <div>{String(record.undeliberatedNote ?? '')}</div>
            </>
          }
        />
      </Card>
    );
  }
  if (!record.outcome)
    return (
      <Card title={m.title}>
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      </Card>
    );
  return (
    <Card title={m.title}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'meeting', label: messages.meeting, children: messages.meetingSummary(String(record.meetingName), meetingTypes.label(String(record.meetingType)), String(record.meetingOn)) },
          { key: 'head', label: m.head, children: `${String(record.headName)}：${decisionOutcomes.label(String(record.outcome))}` },
          ...(record.departsFromMajority
            ? [
                {
                  key: 'reason',
                  label: m.reason,
                  span: 'filled' as const,
                  children: (
                    <>
                      <Tag color="red">{m.departs}</Tag>
                      {String(record.departureReason ?? '')}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Table<Member>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={record.members}
        columns={[
          { key: 'name', title: m.name, render: (_: unknown, x) => `${x.memberName}（${x.post}）` },
          { key: 'stance', title: m.stance, render: (_: unknown, x) => <Tag color={x.stance === 'disagree' ? 'red' : x.stance === 'abstain' ? 'default' : 'green'}>{stances.label(x.stance)}</Tag> },
          { key: 'statement', title: m.statement, dataIndex: 'statement' },
        ]}
      />
    </Card>
  );
}

export function ExecutionCard({ record, reload }: { record: DecisionDetail; reload: () => void }) {
  const x = messages.execution;
  const { message } = App.useApp();
  const canAdd = record.permissions.update && record.state === 'published';
  const remove = async (r: Report) => {
    try {
      await api.delete(`decisions/decisions/${record.id}/execution-reports/${r.id}`);
    } catch (e) {
      message.error(errorText(e));
    }
    reload();
  };
  return (
    <Card
      title={x.title}
      extra={
        canAdd && (
          <ActionButtons
            url={() => `decisions/decisions/${record.id}/execution-reports`}
            version={record.version}
            onDone={reload}
            actions={[
              {
                name: 'execution',
                label: x.add,
                schema: executionReportCreateSchema as Validator<Record<string, unknown>>,
                fields: [
                  { name: 'reportedOn', label: x.reportedOn, kind: 'date' },
                  { name: 'reportingUnit', label: x.unit, kind: 'text' },
                  { name: 'content', label: x.content, kind: 'longText' },
                ],
                body: (v) => ({ reportedOn: v.reportedOn, reportingUnit: v.reportingUnit, content: v.content }),
                required: () => true,
              },
            ]}
          />
        )
      }
    >
      <Table<Report>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={record.executionReports}
        locale={{ emptyText: x.none }}
        columns={[
          { key: 'reportedOn', title: x.reportedOn, dataIndex: 'reportedOn' },
          { key: 'unit', title: x.unit, dataIndex: 'reportingUnit' },
          { key: 'content', title: x.content, dataIndex: 'content' },
          ...(canAdd
            ? [
                {
                  key: 'actions',
                  title: x.actions,
                  render: (_: unknown, r: Report) => (
                    <Popconfirm title={x.deleteConfirm} okText={x.delete} cancelText={messages.cancel} onConfirm={() => remove(r)}>
                      <Button type="link" size="small" danger>
                        {x.delete}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
