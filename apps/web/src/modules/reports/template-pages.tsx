import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { defaultAnnualTemplate, templateSpec, templateUpdateSchema } from '@fazhi/core/reports';
import { App, Button, Card, Col, Flex, Form, Input, Row, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { homeUnitOf, useMe } from '../../platform/auth/me-context';
import { LoadError } from '../../platform/common/load-error';
import { Page } from '../../platform/common/page';
import { FormErrors } from '../../platform/form/form-errors';
import { clearErrors, namePathOf, showIssues, showProblem, validate, type Validator } from '../../platform/form/validation';
import { indicatorApi } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { OrgTreeSelect } from '../../platform/org/org-tree-select';
import { HistoryTimeline } from '../../platform/register/history-timeline';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { BlockEditor, cleanBlocks } from './block-editor';
import { messages } from './messages';
import type { TemplateDetail } from './types';

const t = messages.templates;
const basePath = '/reports/templates';

export function TemplateListPage() {
  return <RegisterListPage spec={templateSpec} basePath={basePath} />;
}

/** 报告模板: create (from the default outline) or edit a unit's outline with the same block editor as the report. */
export function TemplateEditorPage() {
  const { id } = useParams();
  const [tick, setTick] = useState(0);
  const { data, error, reload } = useApi(id ? `reports/templates/${id}@${tick}` : null, (signal) => api.get<TemplateDetail>(`reports/templates/${id}`, undefined, { signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (id && (!data || data.id !== id)) return <Spin style={{ display: 'block', marginTop: 64 }} />;
  return <TemplateEditor key={id ?? 'new'} record={id ? data : undefined} onSaved={() => setTick((n) => n + 1)} />;
}

type Values = { name?: string; orgUnitId?: string; blocks?: unknown };

function TemplateEditor({ record, onSaved }: { record: TemplateDetail | undefined; onSaved: () => void }) {
  const me = useMe();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const catalogue = useApi('indicators', (signal) => indicatorApi.catalogue(signal));
  const editable = record ? record.permissions.update : true;
  const initial = useMemo<Values>(() => (record ? { name: record.name, blocks: record.blocks } : { name: '', orgUnitId: homeUnitOf(me), blocks: defaultAnnualTemplate }), [record?.version]);
  useEffect(() => {
    form.resetFields();
    setDirty(false);
  }, [initial]);

  const save = async () => {
    clearErrors(form);
    setErrors([]);
    const values = form.getFieldsValue(true);
    const blocks = cleanBlocks(values.blocks);
    const schema = (record ? templateUpdateSchema : templateSpec.createSchema) as Validator<Record<string, unknown>>;
    const body = record ? { version: record.version, name: values.name, blocks } : { name: values.name, orgUnitId: values.orgUnitId, blocks };
    const checked = validate(schema, body);
    if (!checked.ok) {
      setErrors(showIssues(form, checked.issues));
      const first = checked.issues.find((i) => i.path.length > 0);
      if (first) form.scrollToField(first.path, { block: 'center' });
      return;
    }
    setSaving(true);
    try {
      if (record) {
        await api.patch(`reports/templates/${record.id}`, checked.data);
        message.success(common.saved);
        onSaved();
      } else {
        const saved = await api.post<{ id: string }>('reports/templates', checked.data);
        message.success(common.saved);
        setDirty(false);
        navigate(`${basePath}/${saved.id}`, { replace: true });
      }
    } catch (e) {
      setErrors(showProblem(form, e));
      const first = e instanceof ApiError ? e.fieldErrors[0] : undefined;
      if (first) form.scrollToField(namePathOf(first.path), { block: 'center' });
    } finally {
      setSaving(false);
    }
  };

  const remove = () =>
    record &&
    modal.confirm({
      title: common.delete,
      content: common.confirmDelete,
      okText: common.delete,
      okButtonProps: { danger: true },
      cancelText: common.cancel,
      onOk: async () => {
        try {
          await api.delete(`reports/templates/${record.id}`, { version: record.version });
          message.success(common.deleted);
          navigate(basePath, { replace: true });
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  return (
    <Page
      title={record ? record.name : t.create}
      sub={record ? `${templateSpec.title} · ${record.orgUnitName ?? ''}` : t.defaultHint}
      extra={
        record?.permissions.delete && (
          <Button danger icon={<DeleteOutlined />} onClick={remove}>
            {common.delete}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Card>
          <Form form={form} name="report-template" layout="vertical" initialValues={initial} disabled={!editable} onValuesChange={() => setDirty(true)}>
            {editable && (
              <Flex className="editor-bar" gap={8} align="center" wrap>
                <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
                  {common.save}
                </Button>
                {dirty && <Tag color="orange">{messages.report.unsaved}</Tag>}
              </Flex>
            )}
            <FormErrors errors={errors} />
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="name" label={t.name} required>
                  <Input placeholder={t.name} maxLength={60} />
                </Form.Item>
              </Col>
              {!record && (
                <Col xs={24} md={12}>
                  <Form.Item name="orgUnitId" label={t.orgUnit} required>
                    <OrgTreeSelect placeholder={t.orgUnit} aria-label={t.orgUnit} />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Typography.Title level={5}>{t.blocks}</Typography.Title>
            <BlockEditor form={form} disabled={!editable} catalogue={catalogue.data ?? []} onEdited={() => setDirty(true)} />
          </Form>
        </Card>
        {record && (
          <Card title={common.register.history}>
            <HistoryTimeline spec={templateSpec} id={record.id} version={record.version} extraLabels={{ blocks: t.blocks }} />
          </Card>
        )}
      </Flex>
    </Page>
  );
}
