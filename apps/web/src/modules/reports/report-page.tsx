import { SaveOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { reportSpec, reportStates, reportUpdateSchema, reportWorkflow } from '@fazhi/core/reports';
import { Alert, App, Button, Card, Flex, Form, Input, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useBlocker, useParams } from 'react-router-dom';
import { api, ApiError, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { today } from '../../platform/common/dates';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { FormErrors } from '../../platform/form/form-errors';
import { clearErrors, namePathOf, showIssues, showProblem, validate, type NamePath } from '../../platform/form/validation';
import { indicatorApi } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { HistoryTimeline } from '../../platform/register/history-timeline';
import { WorkflowActions, type StepOverride } from '../../platform/workflow/workflow-actions';
import { BlockEditor, cleanBlocks } from './block-editor';
import { AssignModal, MaterialPanel } from './material-panel';
import { messages } from './messages';
import { ReportPreview } from './report-preview';
import { ReportStateTag } from './report-tags';
import type { GeneratedVersion, ReportDetail } from './types';
import { DraftWarnings, GeneratedModal, VersionsPanel, VersionViewer } from './versions-panel';

const t = messages.report;

/** 报送期限 / 公开期限: red once past and not done; the date it was done otherwise. */
function Deadline({ label, date, doneOn, late }: { label: string; date: string; doneOn: string | null; late: boolean }) {
  const past = !doneOn && today() > date;
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text type={past ? 'danger' : 'secondary'} strong={past}>
        {`${label} ${date}`}
      </Typography.Text>
      {past && <Tag color="red">{t.overdue}</Tag>}
      {doneOn && <Typography.Text type="secondary">{`（${label === t.submitBy ? t.submittedOn(doneOn) : t.publishedOn(doneOn)}）`}</Typography.Text>}
      {doneOn && late && <Tag color="red">{t.late}</Tag>}
    </Flex>
  );
}

type EditorValues = { title?: string; blocks?: unknown };

/** 送审 and 签发 open a confirmation that lists what the latest version still lacks; 签发 also names the version signed. */
function stepOverrides(record: ReportDetail): Record<string, StepOverride> {
  const latest = record.versions[0];
  if (!latest) return {};
  const warnings = <DraftWarnings title={messages.transitions.warnings(latest.number)} warnings={record.warnings} />;
  return {
    ...(record.warnings.length ? { submitForReview: { extra: warnings } } : {}),
    sign: {
      extra: (
        <>
          {warnings}
          <Alert type="info" showIcon title={messages.transitions.signLatest(latest.number)} />
        </>
      ),
    },
  };
}

/** 年度报告: state and deadlines, workflow steps, the block editor, live preview, versions, material and history. */
export function ReportPage() {
  const { id = '' } = useParams();
  const [tick, setTick] = useState(0);
  const { data: record, error, reload } = useApi(`reports/annual/${id}@${tick}`, (signal) => api.get<ReportDetail>(`reports/annual/${id}`, undefined, { signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!record || record.id !== id) return <Spin style={{ display: 'block', marginTop: 64 }} />;
  return <ReportView record={record} onReload={() => setTick((n) => n + 1)} />;
}

function ReportView({ record, onReload }: { record: ReportDetail; onReload: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [generating, setGenerating] = useState(false);
  const canUpdate = record.permissions.update;
  const editable = canUpdate && record.state === 'drafting';
  const [tab, setTab] = useState(editable ? 'edit' : 'preview');
  const [assignFor, setAssignFor] = useState<string>();
  const [generated, setGenerated] = useState<GeneratedVersion>();
  const [viewing, setViewing] = useState<string>();
  const catalogue = useApi('indicators', (signal) => indicatorApi.catalogue(signal));
  const defs = catalogue.data ?? [];
  const extraLabels = useMemo(() => ({ blocks: '正文', title: '报告标题', ...Object.fromEntries(defs.map((d) => [d.id, d.label])) }), [defs]);

  // The saved text is the form's starting point; a new version of the record (save, accept, transition) resets it.
  const initial = useMemo(() => ({ title: record.title, blocks: record.blocks }), [record.version, record.id]);
  useEffect(() => {
    form.resetFields();
    setDirty(false);
    setErrors([]);
  }, [initial]);

  // Unsaved edits are not lost silently: leaving the page (or the tab) asks first.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t.leaveTitle,
      content: t.leaveContent,
      okText: t.leave,
      okButtonProps: { danger: true },
      cancelText: t.stay,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const showErrorsAt = (path: NamePath | undefined) => {
    setTab('edit');
    if (path) window.setTimeout(() => form.scrollToField(path, { block: 'center', behavior: 'smooth' }), 80);
  };

  /** PATCH with the version read; zod first, then the server (an unknown placeholder lands on its block). */
  const save = async (): Promise<boolean> => {
    clearErrors(form);
    setErrors([]);
    const values = form.getFieldsValue(true);
    const checked = validate(reportUpdateSchema, { version: record.version, title: values.title ?? '', blocks: cleanBlocks(values.blocks) });
    if (!checked.ok) {
      setErrors(showIssues(form, checked.issues));
      showErrorsAt(checked.issues.find((i) => i.path.length > 0)?.path);
      return false;
    }
    const body: Record<string, unknown> = { version: record.version };
    if (checked.data.title !== record.title) body.title = checked.data.title;
    if (JSON.stringify(checked.data.blocks) !== JSON.stringify(cleanBlocks(record.blocks))) body.blocks = checked.data.blocks;
    if (Object.keys(body).length === 1) {
      setDirty(false);
      message.info(common.register.noChanges);
      return true;
    }
    setSaving(true);
    try {
      await api.patch(`reports/annual/${record.id}`, body);
      message.success(t.saved);
      setDirty(false);
      onReload();
      return true;
    } catch (e) {
      setErrors(showProblem(form, e));
      const first = e instanceof ApiError ? e.fieldErrors[0] : undefined;
      showErrorsAt(first ? namePathOf(first.path) : undefined);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const runGenerate = async () => {
    setGenerating(true);
    try {
      const made = await api.post<GeneratedVersion>(`reports/annual/${record.id}/generate`);
      setGenerated(made);
      onReload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setGenerating(false);
    }
  };

  const generate = () =>
    modal.confirm({
      title: messages.generate.button,
      content: messages.generate.confirm,
      okText: dirty ? messages.generate.saveAndGenerate : messages.generate.button,
      cancelText: common.cancel,
      onOk: async () => {
        if (dirty && !(await save())) return;
        await runGenerate();
      },
    });

  const editor = (
    <Form form={form} name="report-editor" layout="vertical" initialValues={initial} disabled={!editable} onValuesChange={() => setDirty(true)}>
      {editable && (
        <Flex className="editor-bar" gap={8} align="center" wrap>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
            {t.save}
          </Button>
          {dirty ? <Tag color="orange">{t.unsaved}</Tag> : <Typography.Text type="secondary">{common.saved}</Typography.Text>}
        </Flex>
      )}
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={canUpdate ? t.readOnly(reportStates.label(record.state)) : t.noUpdate} />}
      <FormErrors errors={errors} />
      <Form.Item name="title" label={t.reportTitle} required>
        <Input placeholder={t.reportTitle} maxLength={100} />
      </Form.Item>
      <BlockEditor form={form} disabled={!editable} catalogue={defs} onEdited={() => setDirty(true)} onAssign={canUpdate ? (key) => setAssignFor(key) : undefined} />
    </Form>
  );

  const tabs = [
    ...(canUpdate ? [{ key: 'edit', label: t.tabs.edit, children: editor, forceRender: true }] : []),
    {
      key: 'preview',
      label: t.tabs.preview,
      children: <ReportPreview record={record} active={tab === 'preview'} dirty={dirty} catalogue={defs} onSave={editable ? () => void save() : undefined} onView={setViewing} />,
    },
    { key: 'versions', label: `${t.tabs.versions}（${record.versions.length}）`, children: <VersionsPanel record={record} onView={setViewing} /> },
    {
      key: 'material',
      label: `${t.tabs.material}（${record.assignments.length}）`,
      children: <MaterialPanel record={record} dirty={dirty} onAssign={() => setAssignFor('')} onChanged={onReload} />,
    },
    {
      key: 'history',
      label: t.tabs.history,
      children: tab === 'history' && <HistoryTimeline spec={reportSpec} id={record.id} version={record.version} extraLabels={extraLabels} />,
    },
  ];

  return (
    <Page
      title={
        <Flex wrap gap={8} align="center">
          <span>{record.title}</span>
          <ReportStateTag state={record.state} />
        </Flex>
      }
      sub={
        <Flex wrap gap={16} style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{t.orgAndYear(String(record.orgUnitName ?? ''), record.year)}</Typography.Text>
          <Deadline label={t.submitBy} date={record.deadlines.submitBy} doneOn={record.submittedOn} late={record.submittedLate} />
          <Deadline label={t.publishBy} date={record.deadlines.publishBy} doneOn={record.publishedOn} late={record.publishedLate} />
        </Flex>
      }
      extra={
        <>
          {editable && (
            <Button icon={<ThunderboltOutlined />} loading={generating} onClick={generate}>
              {messages.generate.button}
            </Button>
          )}
          <WorkflowActions
            workflow={reportWorkflow}
            // Unsaved text is in no version: every step waits until it is saved.
            options={dirty ? record.transitions.map((o) => (o.allowed ? { ...o, allowed: false, refusedBy: 'guard' as const, reasons: [t.saveFirst] } : o)) : record.transitions}
            url={(name) => `reports/annual/${record.id}/transitions/${name}`}
            version={record.version}
            onDone={onReload}
            overrides={stepOverrides(record)}
          />
        </>
      }
    >
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs activeKey={tab} onChange={setTab} items={tabs} />
      </Card>
      <AssignModal record={record} blockKey={assignFor} onClose={() => setAssignFor(undefined)} onDone={onReload} />
      <GeneratedModal
        record={record}
        generated={generated}
        onClose={() => setGenerated(undefined)}
        onView={(vid) => {
          setGenerated(undefined);
          setViewing(vid);
        }}
      />
      <VersionViewer record={record} version={record.versions.find((v) => v.id === viewing)} onClose={() => setViewing(undefined)} />
    </Page>
  );
}
