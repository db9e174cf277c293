import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Modal, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useCan } from '../../platform/auth/me-context';
import { formatDateTime } from '../../platform/common/dates';
import { LoadError } from '../../platform/common/load-error';
import { GongwenView } from '../../platform/documents/gongwen-view';
import { drillPath, type IndicatorScope } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { messages } from './messages';
import type { FigureChange, GeneratedVersion, ReportDetail, ReportVersion } from './types';

const t = messages.versions;
const g = messages.generate;

/** The report's figures cover its unit's subtree over the calendar year. */
export function reportScope(record: Pick<ReportDetail, 'orgUnitId' | 'year'>): IndicatorScope {
  return { org: record.orgUnitId, from: `${record.year}-01-01`, to: `${record.year}-12-31` };
}

const docxHref = (reportId: string, versionId: string) => `/api/reports/annual/${reportId}/versions/${versionId}/docx`;

/** 指标 / 原值 / 新值; each indicator opens its records over the report's scope. */
export function ChangesTable({ changes, scope }: { changes: FigureChange[]; scope: IndicatorScope }) {
  const columns: TableColumnsType<FigureChange> = [
    { key: 'label', title: g.indicator, render: (_: unknown, c) => <Link to={drillPath(c.id, scope)}>{c.label}</Link> },
    { key: 'from', title: g.from, dataIndex: 'from' },
    { key: 'to', title: g.to, render: (_: unknown, c) => <Typography.Text strong>{c.to}</Typography.Text> },
  ];
  return <Table<FigureChange> rowKey="id" size="small" columns={columns} dataSource={changes} pagination={false} />;
}

/** A frozen version as HTML, in the document style; its figures open their records. */
export function VersionViewer({ record, version, onClose }: { record: ReportDetail; version: ReportVersion | undefined; onClose: () => void }) {
  const path = version ? `reports/annual/${record.id}/versions/${version.id}/html` : null;
  const { data, error, loading, reload } = useApi(path, (signal) => api.text(path!, undefined, { signal }));
  const canExport = useCan('reports', 'export');
  return (
    <Modal
      open={version !== undefined}
      title={version ? `${record.title}（${t.number(version.number)}）` : ''}
      onCancel={onClose}
      width={920}
      style={{ top: 16, maxWidth: 'calc(100vw - 16px)' }}
      footer={
        version && (
          <Flex justify="end" gap={8} wrap>
            {canExport && (
              <Button icon={<DownloadOutlined />} href={docxHref(record.id, version.id)} download>
                {t.docx}
              </Button>
            )}
            <Button type="primary" onClick={onClose}>
              {common.ok}
            </Button>
          </Flex>
        )
      }
      destroyOnHidden
    >
      {error ? <LoadError error={error} onRetry={reload} /> : loading || !data ? <Spin style={{ display: 'block', margin: 48 }} /> : <GongwenView html={data} />}
    </Modal>
  );
}

/** What the drafter should look at (unwritten parts, empty sections, figures left out): after 生成, at 送审 and 签发. */
export function DraftWarnings({ title, warnings }: { title: string; warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="draft-warnings"
      style={{ marginBottom: 12 }}
      title={title}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
    />
  );
}

/** After 生成: the new version and which figures changed (or, for the first, the figures it froze). */
export function GeneratedModal({ record, generated, onClose, onView }: { record: ReportDetail; generated: GeneratedVersion | undefined; onClose: () => void; onView: (id: string) => void }) {
  const scope = reportScope(record);
  const canExport = useCan('reports', 'export');
  const values = Object.values(generated?.values ?? {}).map((v) => ({ id: v.id, label: v.label, from: '', to: v.display }));
  return (
    <Modal
      open={generated !== undefined}
      title={generated ? g.done(generated.number) : ''}
      onCancel={onClose}
      width={640}
      footer={
        generated && (
          <Flex justify="end" gap={8} wrap>
            <Button icon={<EyeOutlined />} onClick={() => onView(generated.id)}>
              {t.view}
            </Button>
            {canExport && (
              <Button icon={<DownloadOutlined />} href={docxHref(record.id, generated.id)} download>
                {t.docx}
              </Button>
            )}
            <Button type="primary" onClick={onClose}>
              {common.ok}
            </Button>
          </Flex>
        )
      }
    >
      {generated && <DraftWarnings title={g.warnings} warnings={generated.warnings} />}
      {generated && generated.changes.length > 0 && (
        <>
          <Typography.Paragraph>{g.changes}</Typography.Paragraph>
          <ChangesTable changes={generated.changes} scope={scope} />
        </>
      )}
      {generated && generated.changes.length === 0 && generated.number > 1 && <Alert type="info" showIcon title={g.noChanges} />}
      {generated && generated.number === 1 && (
        <>
          <Typography.Paragraph>{g.firstVersion}</Typography.Paragraph>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={values}
            columns={[
              { key: 'label', title: g.indicator, render: (_: unknown, v: (typeof values)[number]) => <Link to={drillPath(v.id, scope)}>{v.label}</Link> },
              { key: 'to', title: g.value, dataIndex: 'to' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

/** 版本: every generated version (never changed afterwards) with its changed figures, HTML and DOCX. */
export function VersionsPanel({ record, onView }: { record: ReportDetail; onView: (id: string) => void }) {
  const [expanded, setExpanded] = useState<string[]>(() => (record.versions[0]?.changes.length ? [record.versions[0].id] : []));
  const scope = reportScope(record);
  // DOCX downloads are exports (audited, `export` right).
  const canExport = useCan('reports', 'export');
  if (record.versions.length === 0) return <Empty description={t.empty} />;
  const columns: TableColumnsType<ReportVersion> = [
    {
      key: 'number',
      title: messages.versions.title,
      render: (_: unknown, v) => (
        <Flex gap={4} align="center" wrap>
          <Typography.Text strong>{t.number(v.number)}</Typography.Text>
          {v.id === record.signedVersionId && <Tag color="purple">{t.signed}</Tag>}
        </Flex>
      ),
    },
    { key: 'generatedAt', title: t.generatedAt, render: (_: unknown, v) => formatDateTime(v.generatedAt) },
    { key: 'changes', title: t.changes, render: (_: unknown, v) => (v.number === 1 ? t.first : t.changeCount(v.changes.length)) },
    {
      key: 'actions',
      title: common.actions,
      render: (_: unknown, v) => (
        <Flex gap={4} wrap>
          <Button size="small" icon={<EyeOutlined />} onClick={() => onView(v.id)}>
            {t.view}
          </Button>
          {canExport && (
            <Button size="small" icon={<DownloadOutlined />} href={docxHref(record.id, v.id)} download>
              {t.docx}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<ReportVersion>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={record.versions}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowKeys: expanded,
        onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
        rowExpandable: (v) => v.changes.length > 0,
        expandedRowRender: (v) => <ChangesTable changes={v.changes} scope={scope} />,
      }}
    />
  );
}
