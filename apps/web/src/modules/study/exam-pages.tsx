import { examKinds, lawTags, optionLetters, questionKinds, sittingStates, type SittingView } from '@fazhi/core/study/index';
import { Alert, App as AntApp, Button, Card, Checkbox, Flex, Input, Radio, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { messages } from './messages';

type MyExam = {
  id: string;
  title: string;
  kind: string;
  opensOn: string;
  closesOn: string;
  durationMinutes: number;
  maxAttempts: number;
  attempts: { id: string; attempt: number; state: string; score: number | null }[];
  canStart: boolean;
};
const m = messages.my;
const s = messages.sitting;

/** 我的考试: the exams the user is enrolled in, with a button to start, resume or look back. */
export function MyExamsPage() {
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const { data, error, loading, reload } = useApi('study/my/exams', (signal) => api.get<MyExam[]>('study/my/exams', undefined, { signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  const start = async (id: string) => {
    try {
      const sitting = await api.post<SittingView>(`study/my/exams/${id}/sittings`);
      navigate(`/study/my/sittings/${sitting.id}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Page title={m.title}>
      {!data?.length && <Typography.Text type="secondary">{m.empty}</Typography.Text>}
      <Flex vertical gap={12}>
        {data?.map((e) => {
          const open = e.attempts.find((a) => a.state === 'open');
          return (
            <Card key={e.id} size="small" title={e.title} extra={<Tag>{examKinds.label(e.kind)}</Tag>}>
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">
                  {m.window(e.opensOn, e.closesOn)}，{m.duration(e.durationMinutes)}，{m.attempts(e.attempts.length, e.maxAttempts)}
                </Typography.Text>
                {e.attempts
                  .filter((a) => a.state !== 'open')
                  .map((a) => (
                    <Button key={a.id} type="link" style={{ padding: 0, alignSelf: 'flex-start' }} onClick={() => navigate(`/study/my/sittings/${a.id}`)}>
                      {m.view}（第{a.attempt}次：{sittingStates.label(a.state)}
                      {a.score !== null ? `，${a.score}分` : ''}）
                    </Button>
                  ))}
                <Button type="primary" block disabled={!e.canStart} onClick={() => start(e.id)}>
                  {e.canStart ? (open ? m.resume : m.start) : m.closed}
                </Button>
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </Page>
  );
}

const clock = (secs: number) => `${String(Math.floor(secs / 60)).padStart(2, '0')}:${String(secs % 60).padStart(2, '0')}`;

/** One sitting: every answer is saved as it is given, so a reload or a dropped connection loses nothing. */
export function SittingPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { modal } = AntApp.useApp();
  const { data, error, loading, reload } = useApi(`study/my/sittings/${id}`, (signal) => api.get<SittingView>(`study/my/sittings/${id}`, undefined, { signal }));
  const [view, setView] = useState<SittingView>();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Record<string, 'saving' | 'saved' | 'failed'>>({});
  const [left, setLeft] = useState(0);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const submitting = useRef(false);

  useEffect(() => {
    if (!data) return;
    setView(data);
    setAnswers(Object.fromEntries(data.questions.filter((q) => q.answer !== null).map((q) => [q.id, q.answer!])));
    const endsAt = Date.now() + data.secondsLeft * 1000;
    setLeft(data.secondsLeft);
    if (data.state !== 'open') return;
    const tick = setInterval(() => setLeft(Math.max(0, Math.round((endsAt - Date.now()) / 1000))), 1000);
    return () => clearInterval(tick);
  }, [data]);

  const submit = async () => {
    if (submitting.current) return;
    submitting.current = true;
    try {
      setView(await api.post<SittingView>(`study/my/sittings/${id}/submit`));
    } catch (e) {
      reload();
      throw e;
    } finally {
      submitting.current = false;
    }
  };
  useEffect(() => {
    if (view?.state === 'open' && left === 0 && data && data.secondsLeft >= 0) void submit().catch(() => undefined);
    // Submits once when the clock reaches zero.
  }, [left]);

  if (error) return <LoadError error={error} onRetry={reload} />;
  if ((loading && !view) || !view) return <Spin style={{ display: 'block', margin: 32 }} />;
  const open = view.state === 'open';

  const save = (questionId: string, answer: string, delay = 0) => {
    setAnswers((a) => ({ ...a, [questionId]: answer }));
    clearTimeout(timers.current[questionId]);
    timers.current[questionId] = setTimeout(async () => {
      setStatus((x) => ({ ...x, [questionId]: 'saving' }));
      try {
        await api.put(`study/my/sittings/${id}/answers/${questionId}`, { answer }, { quiet: true });
        setStatus((x) => ({ ...x, [questionId]: 'saved' }));
      } catch {
        setStatus((x) => ({ ...x, [questionId]: 'failed' }));
      }
    }, delay);
  };
  const answered = view.questions.filter((q) => answers[q.id]?.trim()).length;

  return (
    <Page
      title={view.examTitle}
      sub={open ? s.answered(answered, view.questions.length) : s.result(view.score, view.total)}
      extra={
        open ? (
          <Tag color={left < 300 ? 'red' : 'blue'} style={{ fontSize: 16, padding: '4px 8px' }} data-testid="time-left">
            {s.left} {clock(left)}
          </Tag>
        ) : (
          <Tag color={view.state === 'passed' ? 'green' : view.state === 'failed' ? 'red' : 'gold'} data-testid="sitting-state">
            {sittingStates.label(view.state)}
          </Tag>
        )
      }
    >
      <Flex vertical gap={12} style={{ maxWidth: 760 }}>
        {open && (
          // The clock stays in sight while a phone scrolls through the paper.
          <Flex justify="space-between" align="center" style={{ position: 'sticky', top: 0, zIndex: 10, background: '#fff', padding: '6px 0' }}>
            <Typography.Text>{s.answered(answered, view.questions.length)}</Typography.Text>
            <Typography.Text strong type={left < 300 ? 'danger' : undefined}>
              {s.left} {clock(left)}
            </Typography.Text>
          </Flex>
        )}
        {view.questions.map((q, i) => (
          <Card key={q.id} size="small" data-testid="question">
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text strong>
                {i + 1}. [{questionKinds.label(q.kind)}·{lawTags.label(q.tag)}]
              </Typography.Text>{' '}
              {q.stem}
              <Typography.Text type="secondary">{s.points(q.points)}</Typography.Text>
            </Typography.Paragraph>
            {q.kind === 'single' && (
              <Radio.Group disabled={!open} value={answers[q.id]} onChange={(e) => save(q.id, e.target.value)}>
                <Space direction="vertical">
                  {q.options.map((o, k) => (
                    <Radio key={optionLetters[k]} value={optionLetters[k]}>
                      {optionLetters[k]}. {o}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            )}
            {q.kind === 'multiple' && (
              <Checkbox.Group disabled={!open} value={[...(answers[q.id] ?? '')]} onChange={(v) => save(q.id, [...v].sort().join(''))}>
                <Space direction="vertical">
                  {q.options.map((o, k) => (
                    <Checkbox key={optionLetters[k]} value={optionLetters[k]}>
                      {optionLetters[k]}. {o}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            )}
            {q.kind === 'trueFalse' && (
              <Radio.Group disabled={!open} value={answers[q.id]} onChange={(e) => save(q.id, e.target.value)}>
                <Radio value="true">{s.true}</Radio>
                <Radio value="false">{s.false}</Radio>
              </Radio.Group>
            )}
            {q.kind === 'short' && (
              <>
                <Input.TextArea disabled={!open} rows={4} maxLength={4000} value={answers[q.id] ?? ''} onChange={(e) => save(q.id, e.target.value, 800)} />
                <Typography.Text type="secondary">{s.shortHint}</Typography.Text>
              </>
            )}
            {open && status[q.id] && (
              <div>
                <Typography.Text type={status[q.id] === 'failed' ? 'danger' : 'secondary'} data-testid={`save-${status[q.id]}`}>
                  {status[q.id] === 'saved' ? s.saved : status[q.id] === 'saving' ? s.saving : s.saveFailed}
                </Typography.Text>
              </div>
            )}
            {!open && (
              <Alert
                style={{ marginTop: 8 }}
                type={q.scored === q.points ? 'success' : q.scored === null ? 'info' : 'warning'}
                title={`${s.yourAnswer}：${show(q.kind, answers[q.id])}　${s.key}：${show(q.kind, q.key ?? '')}　${s.scored(q.scored ?? null)}`}
              />
            )}
          </Card>
        ))}
        {open ? (
          <Button
            type="primary"
            size="large"
            block
            onClick={() =>
              modal.confirm({
                title: s.confirm,
                onOk: submit,
              })
            }
          >
            {s.submit}
          </Button>
        ) : (
          <Button block onClick={() => navigate('/study/my')}>
            {s.back}
          </Button>
        )}
      </Flex>
    </Page>
  );
}

const show = (kind: string, a: string | undefined) => (kind === 'trueFalse' ? (a === 'true' ? s.true : a === 'false' ? s.false : '') : (a ?? ''));
