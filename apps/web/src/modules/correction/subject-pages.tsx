import { genders, reportKinds, subjectSecretFields, subjectSpec, teamRoles } from '@fazhi/core/correction/index';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Select, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../../platform/auth/me-context';
import { FormModal } from '../../platform/form/form-modal';
import { messages as common } from '../../platform/messages';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';

const basePath = '/correction/subjects';
const t = messages.subject;
const formSpec = { ...subjectSpec, fields: [...subjectSpec.fields, ...subjectSecretFields] };

export const SubjectListPage = () => <RegisterListPage spec={subjectSpec} basePath={basePath} />;
export const SubjectFormPage = () => <RegisterFormPage spec={formSpec} basePath={basePath} />;

/** 社区矫正对象: masked identity (revealed with a reason), 矫正小组, 在矫通 account, and the reports of the last 30 days. */
export function SubjectDetailPage() {
  return (
    <RegisterDetailPage spec={subjectSpec} basePath={basePath} heading={(r) => String(r.name ?? '')}>
      {({ record, reload }) => (
        <>
          <IdentityCard record={record} onIssued={reload} />
          <TimelineCard id={record.id} />
        </>
      )}
    </RegisterDetailPage>
  );
}

type Day = { date: string; missing: boolean; reports: { id: string; kind: string; content: string; hasPhoto: boolean; locationFlag: string | null }[] };

function TimelineCard({ id }: { id: string }) {
  const { data } = useApi(`correction/subjects/${id}/timeline`, (signal) => api.get<{ missingDays: number; days: Day[] }>(`correction/subjects/${id}/timeline`, undefined, { signal }));
  if (!data) return null;
  return (
    <Card title={t.timeline} extra={data.missingDays > 0 ? <Tag color="red">{t.missing(data.missingDays)}</Tag> : null}>
      <Timeline
        items={[...data.days].reverse().map((d) => ({
          color: d.missing ? 'red' : d.reports.length ? 'green' : 'gray',
          children: (
            <div data-testid={`day-${d.date}`} data-missing={d.missing}>
              <Typography.Text strong type={d.missing ? 'danger' : undefined}>
                {d.date}
              </Typography.Text>{' '}
              {d.missing && <Tag color="red">{t.missingDay}</Tag>}
              {d.reports.map((r) => (
                <div key={r.id}>
                  {reportKinds.label(r.kind)}：{r.content}
                  {r.hasPhoto && (
                    <a href={`/api/correction/reports/${r.id}/photo`} target="_blank" rel="noreferrer" style={{ marginLeft: 8 }}>
                      {t.photo}
                    </a>
                  )}
                  {r.locationFlag && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      {t.locationFlag}：{r.locationFlag}
                    </Tag>
                  )}
                </div>
              ))}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

type Field = 'idNumber' | 'phone' | 'address';

function IdentityCard({ record, onIssued }: { record: RecordDetail; onIssued: () => void }) {
  const canReveal = useCan('correction', 'reveal');
  const canIssue = useCan('correction', 'update');
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<string>();
  const [issued, setIssued] = useState<string>();
  const team = (record.team as { name: string; gender: string; role: string }[] | undefined) ?? [];
  const masked = (f: Field) => String(record[`${f}Masked`] ?? '');
  return (
    <Card title={t.identity}>
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(['idNumber', 'phone', 'address'] as const).map((f) => ({ key: f, label: t[f], children: <Typography.Text code>{masked(f)}</Typography.Text> })),
          { key: 'account', label: t.account, children: String(record.accountUsername ?? t.noAccount) },
        ]}
      />
      {canReveal && <Button onClick={() => setAsking(true)}>{t.reveal}</Button>}
      {canIssue && !record.accountUsername && (
        <Button
          style={{ marginLeft: 8 }}
          onClick={async () => {
            const r = await api.post<{ username: string; initialPassword: string }>(`correction/subjects/${record.id}/account`, {});
            setIssued(t.issued(r.username, r.initialPassword));
            onIssued();
          }}
        >
          {t.issue}
        </Button>
      )}
      {issued && <Alert type="success" showIcon title={issued} style={{ marginTop: 12 }} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.team}
      </Typography.Title>
      {team.length ? (
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={team}
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '性别', dataIndex: 'gender', render: (v: string) => genders.label(v) },
            { title: '身份', dataIndex: 'role', render: (v: string) => teamRoles.label(v) },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t.noTeam}</Typography.Text>
      )}
      <FormModal<{ field: Field; reason: string }>
        name="reveal-subject"
        title={t.revealTitle}
        okText={t.reveal}
        open={asking}
        onClose={() => setAsking(false)}
        check={(v) => {
          const reason = typeof v.reason === 'string' ? v.reason.trim() : '';
          const field = (v.field as Field | undefined) ?? 'idNumber';
          return reason.length >= 2 ? { ok: true, data: { field, reason } } : { ok: false, issues: [{ path: ['reason'], message: t.revealReasonRequired }] };
        }}
        send={async (body) => setShown((await api.post<{ value: string }>(`correction/subjects/${record.id}/reveal`, body)).value)}
      >
        <Alert type="info" showIcon title={t.revealHint} style={{ marginBottom: 16 }} />
        <Form.Item name="field" label={t.reveal} initialValue="idNumber">
          <Select options={(['idNumber', 'phone', 'address'] as const).map((f) => ({ value: f, label: t[f] }))} />
        </Form.Item>
        <Form.Item name="reason" label={t.revealReason} required>
          <Input.TextArea placeholder={t.revealReason} maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <Modal open={Boolean(shown)} title={t.revealTitle} onCancel={() => setShown(undefined)} footer={<Button onClick={() => setShown(undefined)}>{common.ok}</Button>}>
        <Typography.Text copyable strong style={{ fontSize: 18 }}>
          {shown}
        </Typography.Text>
      </Modal>
    </Card>
  );
}
