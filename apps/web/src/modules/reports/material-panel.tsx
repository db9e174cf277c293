import { PlusOutlined } from '@ant-design/icons';
import { assignmentCreateSchema, assignmentReviewSchema, numberHeadings } from '@fazhi/core/reports';
import { App, Button, Empty, Flex, Form, Input, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api, errorText } from '../../api/client';
import { dateFormat, today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { OrgTreeSelect } from '../../platform/org/org-tree-select';
import { FieldItem } from '../../platform/register/field-control';
import { blockLabel } from './block-editor';
import { messages } from './messages';
import { AssignmentStateTag } from './report-tags';
import type { ReportAssignment, ReportDetail } from './types';

const t = messages.material;

const open = (a: Pick<ReportAssignment, 'state'>) => a.state === 'assigned' || a.state === 'returned';

/** Block key → "二、标题" for the report's saved outline. */
export function useBlockNames(record: Pick<ReportDetail, 'blocks'>) {
  return useMemo(() => {
    const numbers = numberHeadings(record.blocks);
    return new Map(record.blocks.map((b, i) => [b.key, blockLabel(b, i, numbers[i])]));
  }, [record.blocks]);
}

function withoutEmpty(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

/** 布置材料: which block, which unit, by when. */
export function AssignModal({ record, blockKey, onClose, onDone }: { record: ReportDetail; blockKey: string | undefined; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const names = useBlockNames(record);
  const options = record.blocks.map((b) => ({ value: b.key, label: names.get(b.key) ?? b.key }));
  return (
    <FormModal
      name="report-assignment"
      title={t.assignTitle}
      okText={t.assign}
      open={blockKey !== undefined}
      onClose={onClose}
      initialValues={{ blockKey: blockKey || undefined, dueOn: dayjs().add(14, 'day').format(dateFormat) }}
      check={(v) => validate(assignmentCreateSchema, withoutEmpty(v))}
      send={async (body) => {
        await api.post(`reports/annual/${record.id}/assignments`, body);
        message.success(t.assigned);
        onDone();
      }}
    >
      <Form.Item name="blockKey" label={t.block} required>
        <Select aria-label={t.block} placeholder={t.block} options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t.orgUnit} required>
        <OrgTreeSelect aria-label={t.orgUnit} placeholder={t.orgUnit} />
      </Form.Item>
      <FieldItem field={{ name: 'dueOn', label: t.dueOn, kind: 'date' }} required />
      <Form.Item name="note" label={t.note}>
        <Input.TextArea placeholder={t.note} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** 退回 with the coordinator's comment, which the unit sees on 报告材料. */
function ReturnModal({ assignment, onClose, onDone }: { assignment: ReportAssignment | undefined; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  return (
    <FormModal
      name="report-assignment-return"
      title={t.returnTitle}
      okText={t.return}
      open={assignment !== undefined}
      onClose={onClose}
      check={(v) => {
        // The contract lets a comment be empty; a return without one leaves the unit guessing.
        if (!v.comment || String(v.comment).trim() === '') return { ok: false, issues: [{ path: ['comment'], message: t.commentRequired }] };
        return validate(assignmentReviewSchema, withoutEmpty({ ...v, decision: 'return' }));
      }}
      send={async (body) => {
        await api.post(`reports/assignments/${assignment!.id}/review`, body);
        message.success(t.returned);
        onDone();
      }}
    >
      <Form.Item name="comment" label={t.comment} required>
        <Input.TextArea placeholder={t.comment} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

type Props = {
  record: ReportDetail;
  /** Accepting rewrites a block; not while the editor holds unsaved changes to it. */
  dirty: boolean;
  onAssign: () => void;
  onChanged: () => void;
};

/** 材料: the blocks asked of units, their state and due dates; submitted text is accepted into the report or returned. */
export function MaterialPanel({ record, dirty, onAssign, onChanged }: Props) {
  const { modal, message } = App.useApp();
  const names = useBlockNames(record);
  const [returning, setReturning] = useState<ReportAssignment>();
  const canReview = record.permissions.update;
  const now = today();

  const accept = (a: ReportAssignment) =>
    modal.confirm({
      title: t.accept,
      content: t.acceptConfirm,
      okText: t.accept,
      cancelText: common.cancel,
      onOk: async () => {
        try {
          await api.post(`reports/assignments/${a.id}/review`, { decision: 'accept' });
          message.success(t.accepted);
          onChanged();
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  const columns: TableColumnsType<ReportAssignment> = [
    { key: 'block', title: t.block, render: (_: unknown, a) => names.get(a.blockKey) ?? a.blockKey },
    { key: 'orgUnit', title: t.orgUnit, dataIndex: 'orgUnitName' },
    {
      key: 'dueOn',
      title: t.dueOn,
      render: (_: unknown, a) =>
        open(a) && a.dueOn < now ? (
          <Flex gap={4} align="center">
            <span className="overdue-date">{a.dueOn}</span>
            <Tag color="red">{t.overdue}</Tag>
          </Flex>
        ) : (
          a.dueOn
        ),
    },
    { key: 'state', title: t.state, render: (_: unknown, a) => <AssignmentStateTag state={a.state} /> },
    {
      key: 'actions',
      title: common.actions,
      render: (_: unknown, a) =>
        canReview && a.state === 'submitted' ? (
          <Flex gap={4}>
            <Tooltip title={dirty ? messages.report.saveFirst : undefined}>
              <Button size="small" type="primary" disabled={dirty || record.state !== 'drafting'} onClick={() => accept(a)}>
                {t.accept}
              </Button>
            </Tooltip>
            <Button size="small" danger onClick={() => setReturning(a)}>
              {t.return}
            </Button>
          </Flex>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12}>
      {canReview && (
        <Flex>
          <Button icon={<PlusOutlined />} onClick={onAssign}>
            {t.assign}
          </Button>
        </Flex>
      )}
      {record.assignments.length === 0 ? (
        <Empty description={t.empty} />
      ) : (
        <Table<ReportAssignment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={[...record.assignments].sort((a, b) => a.dueOn.localeCompare(b.dueOn))}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(a) => (open(a) && a.dueOn < now ? 'row-overdue' : '')}
          expandable={{
            rowExpandable: (a) => Boolean(a.text || a.comment),
            expandedRowRender: (a) => (
              <Flex vertical gap={8}>
                {a.text && (
                  <div>
                    <Typography.Text type="secondary">{t.text}：</Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{a.text}</Typography.Paragraph>
                  </div>
                )}
                {a.comment && (
                  <Typography.Text type="secondary">
                    {t.comment}：{a.comment}
                  </Typography.Text>
                )}
              </Flex>
            ),
          }}
        />
      )}
      <ReturnModal assignment={returning} onClose={() => setReturning(undefined)} onDone={onChanged} />
    </Flex>
  );
}
