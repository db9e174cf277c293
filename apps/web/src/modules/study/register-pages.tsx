import type { RegisterSpec } from '@fazhi/core';
import { attendanceSpec, courseSpec, dutySpec, examSpec, questionSecretFields, questionSpec, sessionSpec, sittingStates, type MarkerView } from '@fazhi/core/study/index';
import { App as AntApp, Button, Card, Flex, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';

// The 学法 registers are plain registers of the generic kit; the bank's form adds the write-only key.
function pages(spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string, formSpec: RegisterSpec = spec) {
  return {
    List: () => <RegisterListPage spec={spec} basePath={basePath} />,
    Detail: () => (
      <RegisterDetailPage
        spec={spec}
        basePath={basePath}
        heading={(r) => heading(r as unknown as Record<string, unknown>)}
        actions={spec === examSpec ? ({ record, reload }) => record.permissions.update && <EnrolButton examId={String(record.id)} onDone={reload} /> : undefined}
      >
        {spec === examSpec ? ({ record }) => <ExamResults examId={String(record.id)} /> : spec === courseSpec ? ({ record }) => <CourseAttendance courseId={String(record.id)} /> : undefined}
      </RegisterDetailPage>
    ),
    Form: () => <RegisterFormPage spec={formSpec} basePath={basePath} />,
  };
}

type Results = {
  sittings: { id: string; candidate: string; unit: string; attempt: number; state: string; score: number | null; total: number; submittedAt: string | null }[];
  units: { orgUnitId: string; unit: string; candidates: number; sat: number; passed: number }[];
};
const r = messages.results;
const e = messages.enrol;

type UserRow = { id: string; displayName: string; orgUnitName: string; disabled: boolean };

/** 报名考生: picks users of the actor's units (the users directory) and enrols them. */
function EnrolButton({ examId, onDone }: { examId: string; onDone: () => void }) {
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const { data } = useApi(open ? 'users' : null, (signal) => api.get<UserRow[]>('users', undefined, { signal }));
  const save = async () => {
    setSaving(true);
    try {
      const res = await api.post<{ enrolled: number }>(`study/exams/${examId}/candidates`, { userIds: picked });
      message.success(e.done(res.enrolled));
      setOpen(false);
      setPicked([]);
      onDone();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{e.button}</Button>
      <Modal title={e.title} open={open} onCancel={() => setOpen(false)} onOk={save} okButtonProps={{ disabled: !picked.length, loading: saving }}>
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          placeholder={e.placeholder}
          value={picked}
          onChange={setPicked}
          optionFilterProp="label"
          options={(data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: `${u.displayName}（${u.orgUnitName}）` }))}
        />
      </Modal>
    </>
  );
}

const k = messages.marking;

/** 阅卷: the short answers of one submitted sitting, each scored up to its points. */
function MarkButton({ sittingId, onDone }: { sittingId: string; onDone: () => void }) {
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [points, setPoints] = useState<Record<string, number | null>>({});
  const { data, error } = useApi(open ? `study/sittings/${sittingId}` : null, (signal) => api.get<MarkerView>(`study/sittings/${sittingId}`, undefined, { signal }));
  const shorts = (data?.questions ?? []).filter((q) => q.kind === 'short');
  const save = async () => {
    try {
      for (const q of shorts) {
        const p = points[q.id];
        if (typeof p === 'number') await api.post(`study/sittings/${sittingId}/marks`, { questionId: q.id, points: p });
      }
      message.success(k.done);
      setOpen(false);
      onDone();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {k.button}
      </Button>
      <Modal title={data ? k.title(data.candidate) : k.button} open={open} onCancel={() => setOpen(false)} onOk={save}>
        {error ? <LoadError error={error} /> : null}
        <Flex vertical gap={12}>
          {shorts.map((q) => (
            <Card key={q.id} size="small" title={q.stem}>
              <Typography.Paragraph>
                {k.answer}：{q.answer ?? k.blank}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary">
                {k.key}：{q.key}
              </Typography.Paragraph>
              <InputNumber min={0} max={q.points} value={points[q.id] ?? q.scored ?? null} onChange={(v) => setPoints((x) => ({ ...x, [q.id]: v }))} addonAfter={k.of(q.points)} />
            </Card>
          ))}
        </Flex>
      </Modal>
    </>
  );
}

const c = messages.course;

/** A course's attendance: a link to its list (and the Excel import there), and the id the sheet's 培训班编号 column takes. */
function CourseAttendance({ courseId }: { courseId: string }) {
  return (
    <Card title={c.title} size="small">
      <Flex vertical gap={8}>
        <Link to={`/study/attendances?f.courseId=${courseId}`}>{c.list}</Link>
        <Typography.Text>
          {c.importHint}
          <Typography.Text code copyable>
            {courseId}
          </Typography.Text>
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/** An exam's results: per unit (the units in the reader's scope) and per sitting. */
function ExamResults({ examId }: { examId: string }) {
  const { data, error, reload } = useApi(`study/exams/${examId}/results`, (signal) => api.get<Results>(`study/exams/${examId}/results`, undefined, { signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <>
      <Card title={r.byUnit} size="small">
        <Table
          rowKey="orgUnitId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data?.units ?? []}
          locale={{ emptyText: r.none }}
          columns={[
            { title: r.unit, dataIndex: 'unit' },
            { title: r.candidates, dataIndex: 'candidates' },
            { title: r.sat, dataIndex: 'sat' },
            { title: r.passed, dataIndex: 'passed' },
          ]}
        />
      </Card>
      <Card title={r.title} size="small">
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          dataSource={data?.sittings ?? []}
          locale={{ emptyText: r.none }}
          columns={[
            { title: r.candidate, dataIndex: 'candidate' },
            { title: r.unit, dataIndex: 'unit' },
            { title: r.attempt, dataIndex: 'attempt' },
            { title: r.state, dataIndex: 'state', render: (s: string) => <Tag color={s === 'passed' ? 'green' : s === 'failed' ? 'red' : 'blue'}>{sittingStates.label(s)}</Tag> },
            { title: r.score, render: (_: unknown, row) => (row.score === null ? '' : `${row.score}/${row.total}`) },
            { title: r.submittedAt, dataIndex: 'submittedAt', render: (s: string | null) => (s ? new Date(s).toLocaleString('zh-CN') : '') },
            { title: '', render: (_: unknown, row) => row.state === 'marking' && <MarkButton sittingId={row.id} onDone={reload} /> },
          ]}
        />
      </Card>
    </>
  );
}

export const sessionPages = pages(sessionSpec, '/study/sessions', (x) => String(x.topic));
export const coursePages = pages(courseSpec, '/study/courses', (x) => String(x.title));
export const attendancePages = pages(attendanceSpec, '/study/attendances', (x) => `${String(x.courseTitle)}：${String(x.personName)}`);
export const dutyPages = pages(dutySpec, '/study/duties', (x) => `${String(x.year)}年度 ${String(x.personName)}`);
export const questionPages = pages(questionSpec, '/study/questions', (x) => String(x.stem), { ...questionSpec, fields: [...questionSpec.fields, ...questionSecretFields] });
export const examPages = pages(examSpec, '/study/exams', (x) => String(x.title));
