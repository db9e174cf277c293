import type { RegisterSpec } from '@fazhi/core';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../auth/me-context';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';
import { useOrgName } from '../org/use-org-units';
import { renderField } from './field-format';
import { AttachmentsCard, type Attachment } from './attachments-card';
import { HistoryTimeline, type ExtraLabels } from './history-timeline';
import { RecordContext } from './record-context';
import { registerCrumbs } from './register-crumbs';
import type { RecordDetail } from './types';

export type DetailContext<T extends RecordDetail> = {
  record: T;
  /** Reloads the record and its history after a write made by a child section. */
  reload: () => void;
};

type Props<T extends RecordDetail> = {
  spec: RegisterSpec;
  basePath: string;
  /** Text of the heading, e.g. the case number. */
  heading?: (record: T) => ReactNode;
  /** Next to the heading (state tags). */
  tags?: (ctx: DetailContext<T>) => ReactNode;
  /** Extra buttons before 编辑/删除 (workflow transitions). */
  actions?: (ctx: DetailContext<T>) => ReactNode;
  /** Child sections under the fields (parties, hearings…). */
  children?: (ctx: DetailContext<T>) => ReactNode;
  /** Labels (and codes) for audit fields outside the spec. */
  extraLabels?: ExtraLabels;
};

/** Generic detail: every spec field, module sections, the audit timeline, and 编辑/删除 per record permissions. */
export function RegisterDetailPage<T extends RecordDetail = RecordDetail>({ spec, basePath, heading, tags, actions, children, extraLabels }: Props<T>) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [version, setVersion] = useState(0);
  const { data: record, error, loading, reload } = useApi(`${spec.path}/${id}@${version}`, (signal) => api.get<T>(`${spec.path}/${id}`, undefined, { signal }));
  const orgName = useOrgName();
  const canReadAudit = useCan('audit', 'read');
  // A reference shows once: by the name column of the same label when the register has one (证明事项 → itemName).
  const shown = spec.fields.filter((f) => f.kind !== 'ref' || !spec.fields.some((g) => g !== f && g.label === f.label));

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!record) return <Spin spinning={loading} style={{ display: 'block', marginTop: 64 }} />;

  const ctx: DetailContext<T> = { record, reload: () => setVersion((v) => v + 1) };

  const remove = () =>
    modal.confirm({
      title: messages.delete,
      content: messages.confirmDelete,
      okText: messages.delete,
      okButtonProps: { danger: true },
      cancelText: messages.cancel,
      onOk: async () => {
        try {
          await api.delete(`${spec.path}/${id}`, { version: record.version });
          message.success(messages.deleted);
          navigate(basePath, { replace: true });
        } catch (e) {
          message.error(errorText(e));
          ctx.reload();
        }
      },
    });

  return (
    <RecordContext.Provider value={record}>
      <Page
        title={
          <Flex wrap gap={8} align="center">
            <span>{heading?.(record) ?? spec.title}</span>
            {tags?.(ctx)}
          </Flex>
        }
        sub={heading ? spec.title : undefined}
        crumbs={registerCrumbs(spec, basePath, heading?.(record) ?? messages.register.detail)}
        back={basePath}
        extra={
          <>
            {actions?.(ctx)}
            {record.permissions.update && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`${basePath}/${id}/edit`)}>
                {messages.edit}
              </Button>
            )}
            {record.permissions.delete && (
              <Button danger icon={<DeleteOutlined />} onClick={remove}>
                {messages.delete}
              </Button>
            )}
          </>
        }
      >
        <Flex vertical gap={16}>
          <Card title={messages.register.basicInfo} loading={loading && !record}>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
              items={shown.map((f) => ({ key: f.name, label: f.label, children: renderField(f, record, orgName), span: f.kind === 'longText' ? 'filled' : 1 }))}
            />
          </Card>
          {children?.(ctx)}
          <AttachmentsCard spec={spec} id={id} attachments={(record.attachments as Attachment[] | undefined) ?? []} canEdit={record.permissions.update} onChange={ctx.reload} />
          <Card title={messages.register.history} extra={canReadAudit && <Link to={`/admin/audit?entityType=${encodeURIComponent(spec.entity)}&entityId=${id}`}>{messages.audit.openLog}</Link>}>
            <HistoryTimeline spec={spec} id={id} version={version} extraLabels={extraLabels} />
          </Card>
        </Flex>
      </Page>
    </RecordContext.Provider>
  );
}
