import { campaignItemSchema, campaignSpec, campaignStates, campaignWorkflow, cleanupConclusions } from '@fazhi/core/normative-docs/index';
import { Button, Card, Form, Table, Tag, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { buildOrgTree, useOrgUnits } from '../../platform/org/use-org-units';
import { FieldItem } from '../../platform/register/field-control';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { DocumentPicker } from './document-picker';
import { messages } from './messages';
import type { CampaignDetail, CampaignItem } from './types';

const t = messages.campaigns;
const basePath = '/normative-docs/campaigns';
const StateTag = ({ state }: { state: unknown }) => <Tag color={state === 'open' ? 'blue' : state === 'published' ? 'green' : 'default'}>{campaignStates.label(String(state ?? ''))}</Tag>;

export function CampaignListPage() {
  return <RegisterListPage spec={campaignSpec} basePath={basePath} renderColumn={{ state: (row) => <StateTag state={row.state} /> }} />;
}

function IssuingUnitsSelect(props: { value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const { units, loading } = useOrgUnits();
  const treeData = useMemo(() => buildOrgTree(units), [units]);
  return (
    <TreeSelect
      id={props.id}
      aria-label={t.issuingUnits}
      placeholder={t.issuingUnits}
      multiple
      value={props.value}
      onChange={(v: string[]) => props.onChange?.(v)}
      treeData={treeData}
      loading={loading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={{ width: '100%' }}
    />
  );
}

/** 新建 / 编辑 清理: the generic fields plus the issuing organs whose documents are in scope. */
export function CampaignFormPage() {
  return (
    <RegisterFormPage spec={campaignSpec} basePath={basePath} editInitial={(r) => ({ issuingUnitIds: r.issuingUnitIds })}>
      <Form.Item name="issuingUnitIds" label={t.issuingUnits} required extra="范围内施行中的文件自动列入清理目录">
        <IssuingUnitsSelect />
      </Form.Item>
    </RegisterFormPage>
  );
}

function ItemsCard({ record, onChanged }: { record: CampaignDetail; onChanged: () => void }) {
  const [open, setOpen] = useState<CampaignItem>();
  const editable = record.permissions.update && record.state === 'open';
  return (
    <Card title={`${t.items}（${record.issuingUnitNames.join('、')}）`}>
      <Table<CampaignItem>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.none }}
        dataSource={record.items}
        columns={[
          { key: 'docNumber', title: t.docNumber, render: (_: unknown, i) => <Link to={`/normative-docs/documents/${i.documentId}`}>{i.docNumber ?? '—'}</Link> },
          { key: 'title', title: t.title, dataIndex: 'title' },
          { key: 'org', title: t.issuingOrgan, dataIndex: 'orgUnitName' },
          { key: 'publishedOn', title: t.publishedOn, dataIndex: 'publishedOn' },
          { key: 'expiresOn', title: t.expiresOn, dataIndex: 'expiresOn' },
          { key: 'conclusion', title: t.conclusion, render: (_: unknown, i) => (i.conclusion ? <Tag color="blue">{cleanupConclusions.label(i.conclusion)}</Tag> : <Tag>{t.pending}</Tag>) },
          { key: 'reason', title: t.reason, dataIndex: 'reason' },
          {
            key: 'act',
            title: '',
            render: (_: unknown, i) =>
              editable ? (
                <Button size="small" onClick={() => setOpen(i)}>
                  {t.conclude}
                </Button>
              ) : null,
          },
        ]}
      />
      {open && (
        <FormModal
          name="campaign-item"
          title={`${t.conclude}：${open.title}`}
          open
          onClose={() => setOpen(undefined)}
          initialValues={{ conclusion: open.conclusion ?? undefined, reason: open.reason ?? undefined, newVersionId: open.newVersionId ?? undefined }}
          check={(v) => {
            const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));
            return validate(campaignItemSchema as Validator<Record<string, unknown>>, { ...clean, version: record.version });
          }}
          send={async (body) => {
            await api.post(`normative-docs/campaigns/${record.id}/items/${open.id}`, body);
            onChanged();
          }}
        >
          <FieldItem field={{ name: 'conclusion', label: t.conclusion, kind: 'code', codes: cleanupConclusions }} required />
          <FieldItem field={{ name: 'reason', label: t.reason, kind: 'longText' }} required />
          <Form.Item name="newVersionId" label={t.newVersion} extra="结论为“修改”且新文件已制定的，可关联新文件">
            <DocumentPicker placeholder={t.newVersion} exclude={open.documentId} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

export function CampaignDetailPage() {
  return (
    <RegisterDetailPage<CampaignDetail>
      spec={campaignSpec}
      basePath={basePath}
      heading={(r) => r.name}
      tags={({ record }) => <StateTag state={record.state} />}
      actions={({ record, reload }) => (
        <WorkflowActions
          workflow={campaignWorkflow}
          options={record.transitions}
          url={(name) => `normative-docs/campaigns/${record.id}/transitions/${name}`}
          version={record.version}
          onDone={reload}
        />
      )}
    >
      {({ record, reload }) => <ItemsCard record={record} onChanged={reload} />}
    </RegisterDetailPage>
  );
}
