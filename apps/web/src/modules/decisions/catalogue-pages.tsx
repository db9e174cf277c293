import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { StepOption } from '@fazhi/core';
import { catalogueSpec, catalogueStates, catalogueWorkflow, decisionKinds, decisionStates, quarters } from '@fazhi/core/decisions/index';
import { Button, Card, Col, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { OrgTreeSelect } from '../../platform/org/org-tree-select';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';

const t = messages.items;
const basePath = '/decisions/catalogues';

type Item = { id: string; title: string; kind: string; leadUnitId: string; leadUnitName: string | null; plannedQuarter: string; decisionId: string | null; decisionState: string | null };
type CatalogueDetail = RecordDetail & { items: Item[]; transitions: StepOption[] };

const options = (codes: { items: readonly { code: string; label: string }[] }) => codes.items.map((i) => ({ value: i.code, label: i.label }));

export function CatalogueListPage() {
  return <RegisterListPage spec={catalogueSpec} basePath={basePath} renderColumn={{ state: (row) => <Tag>{catalogueStates.label(String(row.state))}</Tag> }} />;
}

/** The items sub-form: each item with its 承办单位 and planned quarter. */
function ItemsFormList() {
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Card
          size="small"
          title={t.title}
          style={{ marginBottom: 24 }}
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'publicPolicy', plannedQuarter: 'q4' })}>
              {t.add}
            </Button>
          }
        >
          {fields.map(({ key, name }, index) => (
            <Row key={key} gutter={8} align="top" style={{ borderBottom: '1px dashed #eee', marginBottom: 8 }}>
              <Col xs={24} md={8}>
                <Form.Item name={[name, 'title']} label={`${t.name} ${index + 1}`} required>
                  <Input placeholder={t.name} />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item name={[name, 'kind']} label={t.kind} required>
                  <Select options={options(decisionKinds)} aria-label={t.kind} popupMatchSelectWidth={false} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={[name, 'leadUnitId']} label={t.leadUnit} required>
                  <OrgTreeSelect placeholder={t.leadUnit} aria-label={t.leadUnit} />
                </Form.Item>
              </Col>
              <Col xs={20} md={4}>
                <Form.Item name={[name, 'plannedQuarter']} label={t.quarter} required>
                  <Select options={options(quarters)} aria-label={t.quarter} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t.remove} onClick={() => remove(name)} />
              </Col>
            </Row>
          ))}
          {fields.length === 0 && <Typography.Text type="secondary">{t.none}</Typography.Text>}
        </Card>
      )}
    </Form.List>
  );
}

export function CatalogueFormPage() {
  return (
    <RegisterFormPage
      spec={catalogueSpec}
      basePath={basePath}
      createInitial={{ year: new Date().getFullYear(), items: [] }}
      editInitial={(r) => ({ items: ((r.items as Item[] | undefined) ?? []).map(({ id, title, kind, leadUnitId, plannedQuarter }) => ({ id, title, kind, leadUnitId, plannedQuarter })) })}
    >
      <ItemsFormList />
    </RegisterFormPage>
  );
}

export function CatalogueDetailPage() {
  return (
    <RegisterDetailPage<CatalogueDetail>
      spec={catalogueSpec}
      basePath={basePath}
      heading={(r) => String(r.title)}
      tags={({ record }) => <Tag color={record.state === 'published' ? 'green' : 'blue'}>{catalogueStates.label(String(record.state))}</Tag>}
      actions={({ record, reload }) => (
        <WorkflowActions workflow={catalogueWorkflow} options={record.transitions} url={(name) => `decisions/catalogues/${record.id}/transitions/${name}`} version={record.version} onDone={reload} />
      )}
    >
      {({ record }) => (
        <Card title={t.title}>
          <Table<Item>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={record.items}
            locale={{ emptyText: t.none }}
            columns={[
              { key: 'title', title: t.name, dataIndex: 'title' },
              { key: 'kind', title: t.kind, render: (_: unknown, i) => decisionKinds.label(i.kind) },
              { key: 'lead', title: t.leadUnit, dataIndex: 'leadUnitName' },
              { key: 'quarter', title: t.quarter, render: (_: unknown, i) => quarters.label(i.plannedQuarter) },
              {
                key: 'decision',
                title: t.decision,
                render: (_: unknown, i) =>
                  i.decisionId ? (
                    <Link to={`/decisions/decisions/${i.decisionId}`}>{decisionStates.label(i.decisionState)}</Link>
                  ) : record.state !== 'draft' ? (
                    <Link to={`/decisions/decisions/new?item=${i.id}`}>{t.start}</Link>
                  ) : null,
              },
            ]}
          />
        </Card>
      )}
    </RegisterDetailPage>
  );
}
