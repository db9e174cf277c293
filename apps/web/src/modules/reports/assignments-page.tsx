import { SendOutlined } from '@ant-design/icons';
import { assignmentSubmitSchema, defaultAnnualTemplate } from '@fazhi/core/reports';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Input, Spin, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../../platform/auth/me-context';
import { today } from '../../platform/common/dates';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { FormErrors } from '../../platform/form/form-errors';
import { useFormSubmit } from '../../platform/form/use-form-submit';
import { validate } from '../../platform/form/validation';
import { messages } from './messages';
import { AssignmentStateTag } from './report-tags';
import type { MyAssignment } from '@fazhi/core/reports';

const t = messages.assignments;

// The list names a block by its key only (units may not read the report); the default outline's titles cover
// the usual keys.
const defaultTitles = new Map(defaultAnnualTemplate.map((b) => [b.key, b.title]));

const isOpen = (a: MyAssignment) => a.state === 'assigned' || a.state === 'returned';

function AssignmentCard({ assignment: a, canSubmit, onDone }: { assignment: MyAssignment; canSubmit: boolean; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { submit, submitting, errors } = useFormSubmit(form, {
    check: (values) => validate(assignmentSubmitSchema, { text: values.text ?? '' }),
    send: async (body) => {
      await api.post(`reports/assignments/${a.id}/submit`, body);
      message.success(t.submitted);
      onDone();
    },
  });
  const overdue = isOpen(a) && a.dueOn < today();
  const open = isOpen(a) && canSubmit;

  return (
    <Card
      title={
        <Flex wrap gap={8} align="center">
          <span style={{ whiteSpace: 'normal' }}>{defaultTitles.get(a.blockKey) || a.blockKey}</span>
          <AssignmentStateTag state={a.state} />
        </Flex>
      }
      className={overdue ? 'assignment-overdue' : undefined}
      styles={overdue ? { header: { background: '#fff1f0' } } : undefined}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 3 }}
        items={[
          { key: 'report', label: t.report, children: a.reportTitle },
          { key: 'unit', label: t.orgUnit, children: a.orgUnitName },
          {
            key: 'due',
            label: t.dueOn,
            children: overdue ? <span className="overdue-date">{t.overdue(a.dueOn)}</span> : a.dueOn,
          },
          ...(a.note ? [{ key: 'note', label: t.note, children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.note}</span>, span: 'filled' as const }] : []),
        ]}
      />
      {a.state === 'returned' && a.comment && <Alert type="warning" showIcon style={{ margin: '12px 0' }} title={t.returnedComment} description={a.comment} />}
      {open ? (
        <>
          <FormErrors errors={errors} />
          <Form form={form} name={`assignment-${a.id}`} layout="vertical" initialValues={{ text: a.text ?? '' }} onFinish={() => void submit()} style={{ marginTop: 12 }}>
            <Form.Item name="text" label={t.text} required>
              <Input.TextArea placeholder={t.textPlaceholder} aria-label={t.text} autoSize={{ minRows: 5, maxRows: 20 }} maxLength={20000} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={submitting}>
              {a.state === 'returned' ? t.resubmit : t.submit}
            </Button>
          </Form>
        </>
      ) : (
        a.text && (
          <div style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{a.state === 'submitted' ? t.submitted : a.state === 'accepted' ? t.acceptedNote : t.text}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4, marginBottom: 0, background: '#fafafa', padding: 12, borderRadius: 6 }}>{a.text}</Typography.Paragraph>
          </div>
        )
      )}
    </Card>
  );
}

/** 报告材料: what the coordinator asked of the user's units, by due date; overdue ones in red; submit or resubmit. */
export function AssignmentsPage() {
  const canSubmit = useCan('reports', 'update');
  const { data, error, loading, reload } = useApi('reports/assignments', (signal) => api.get<MyAssignment[]>('reports/assignments', undefined, { signal }));
  // Open requests first (by due date), then the ones waiting for review or done.
  const list = [...(data ?? [])].sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || a.dueOn.localeCompare(b.dueOn));
  return (
    <Page title={t.title} sub={t.hint}>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Spin style={{ display: 'block', marginTop: 64 }} />
      ) : list.length === 0 ? (
        <Card>
          <Empty description={t.empty} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {list.map((a) => (
            <AssignmentCard key={`${a.id}@${a.version}`} assignment={a} canSubmit={canSubmit} onDone={reload} />
          ))}
        </Flex>
      )}
    </Page>
  );
}
