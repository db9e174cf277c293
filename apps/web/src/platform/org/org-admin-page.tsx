import { PlusOutlined, EditOutlined } from '@ant-design/icons';
import { orgUnitCreateSchema, orgUnitKinds, orgUnitUpdateSchema, type OrgUnit } from '@fazhi/core';
import { App, Button, Card, Col, Descriptions, Empty, Form, Input, Row, Select, Spin, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useCan } from '../auth/me-context';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { FormModal } from '../form/form-modal';
import { validate } from '../form/validation';
import { messages } from '../messages';
import { buildOrgTree, invalidateOrgUnits, useOrgUnits, type OrgTreeNode } from './use-org-units';

const kindLabel = (code: string) => orgUnitKinds.find((k) => k.code === code)?.label ?? code;
const t = messages.org;

type TreeItem = { key: string; title: string; children: TreeItem[] };
const toTreeItems = (nodes: OrgTreeNode[]): TreeItem[] => nodes.map((n) => ({ key: n.key, title: `${n.title}（${kindLabel(n.unit.kind)}）`, children: toTreeItems(n.children) }));

/** 组织机构: the unit tree, with 新增下级单位 and 修改单位 for those who may. */
export function OrgAdminPage() {
  const { units, loading, error } = useOrgUnits();
  const { message } = App.useApp();
  const canCreate = useCan('org', 'create');
  const canUpdate = useCan('org', 'update');
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<'add' | 'rename'>();
  const tree = useMemo(() => toTreeItems(buildOrgTree(units)), [units]);
  // A district has hundreds of 村(社区): open the top level only.
  const [expanded, setExpanded] = useState<string[]>();
  const expandedKeys = expanded ?? tree.map((n) => n.key);
  const selected: OrgUnit | undefined = units.find((u) => u.id === selectedId) ?? units[0];
  const parentName = selected?.parentId ? units.find((u) => u.id === selected.parentId)?.name : undefined;

  if (error) return <LoadError error={error} onRetry={invalidateOrgUnits} />;

  const done = () => {
    message.success(messages.saved);
    invalidateOrgUnits();
  };

  return (
    <Page title={t.title}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card>
            {loading ? (
              <Spin />
            ) : (
              <Tree
                treeData={tree}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setExpanded(keys.map(String))}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card
            title={selected?.name ?? t.unit}
            extra={
              selected && (
                <Row gutter={8}>
                  {canUpdate && (
                    <Col>
                      <Button icon={<EditOutlined />} onClick={() => setDialog('rename')}>
                        {t.rename}
                      </Button>
                    </Col>
                  )}
                  {canCreate && (
                    <Col>
                      <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('add')}>
                        {t.addChild}
                      </Button>
                    </Col>
                  )}
                </Row>
              )
            }
          >
            {selected ? (
              <Descriptions
                column={1}
                bordered
                size="small"
                items={[
                  { key: 'name', label: t.name, children: selected.name },
                  { key: 'kind', label: t.kind, children: kindLabel(selected.kind) },
                  { key: 'code', label: t.code, children: selected.code ?? messages.empty },
                  { key: 'parent', label: t.parent, children: parentName ?? messages.empty },
                ]}
              />
            ) : (
              <Empty description={t.pickHint} />
            )}
          </Card>
        </Col>
      </Row>
      {selected && (
        <>
          <FormModal
            name="org-add"
            title={`${t.addChild}（${selected.name}）`}
            open={dialog === 'add'}
            onClose={() => setDialog(undefined)}
            check={(v) => validate(orgUnitCreateSchema, { ...v, parentId: selected.id, code: v.code || undefined })}
            send={async (body) => {
              await api.post('org/units', body);
              done();
            }}
          >
            <Form.Item name="name" label={t.name} required>
              <Input placeholder={t.name} />
            </Form.Item>
            <Form.Item name="kind" label={t.kind} required>
              <Select placeholder={t.kind} aria-label={t.kind} options={orgUnitKinds.map((k) => ({ value: k.code, label: k.label }))} />
            </Form.Item>
            <Form.Item name="code" label={t.code}>
              <Input placeholder={t.code} />
            </Form.Item>
          </FormModal>
          <FormModal
            name="org-rename"
            title={t.rename}
            open={dialog === 'rename'}
            onClose={() => setDialog(undefined)}
            initialValues={{ name: selected.name, code: selected.code ?? '' }}
            check={(v) => validate(orgUnitUpdateSchema, { version: selected.version, name: v.name, code: v.code ?? '' })}
            send={async (body) => {
              await api.patch(`org/units/${selected.id}`, body);
              done();
            }}
          >
            <Form.Item name="name" label={t.name} required>
              <Input placeholder={t.name} />
            </Form.Item>
            <Form.Item name="code" label={t.code}>
              <Input placeholder={t.code} />
            </Form.Item>
          </FormModal>
        </>
      )}
    </Page>
  );
}
