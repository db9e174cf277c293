import { PlusOutlined } from '@ant-design/icons';
import { absenceReasonKinds, hearingCreateSchema, leaderTypes } from '@fazhi/core/litigation/index';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Radio, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { dateItemProps, today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate } from '../../platform/form/validation';
import { messages as common } from '../../platform/messages';
import { messages } from './messages';
import type { Hearing } from '@fazhi/core/litigation/index';

const t = messages.hearings;

const options = (codes: { items: readonly { code: string; label: string }[] }) => codes.items.map((i) => ({ value: i.code, label: i.label }));
const withPost = (name: string | null, post: string | null) => (name ? (post ? `${name}（${post}）` : name) : common.empty);

/**
 * Hearings and whether the organ's own 负责人 appeared (正职/副职/分管, 法释〔2020〕3号 第2条) or why not (第8条);
 * the court's 出庭通知书 (第4条) flagged when no head came; 新增庭审 in a modal. Adding or removing one moves the case's version on, so both send the version shown.
 */
export function HearingsCard({ caseId, version, hearings, editable, onChanged }: { caseId: string; version: number; hearings: Hearing[]; editable: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);

  const remove = async (h: Hearing) => {
    try {
      await api.delete(`litigation/cases/${caseId}/hearings/${h.id}?version=${version}`);
      message.success(common.deleted);
    } catch (e) {
      message.error(errorText(e));
    }
    onChanged();
  };

  const columns: TableColumnsType<Hearing> = [
    { key: 'heldOn', title: t.heldOn, dataIndex: 'heldOn' },
    // Next to the date, so the flag is on screen at 1366 px; the free-text reasons below are cut to a line.
    {
      key: 'notice',
      title: t.notice,
      // The served date stays visible beside the flag: it is what the court's notice is checked against.
      render: (_: unknown, h) => (
        <>
          {h.noticeServedOn ? t.noticeServed(h.noticeServedOn) : common.empty}
          {h.noticeUnheeded && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t.noticeUnheeded}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'leaderAppeared',
      title: t.leaderAppeared,
      render: (_: unknown, h) => (h.leaderAppeared ? <Tag color="green">{common.yes}</Tag> : <Tag color="orange">{common.no}</Tag>),
    },
    {
      key: 'who',
      title: t.appearedBy,
      render: (_: unknown, h) => (h.leaderAppeared ? withPost(h.leaderName, h.leaderPost) : withPost(h.substituteName, h.substitutePost)),
    },
    { key: 'leaderType', title: t.leaderType, render: (_: unknown, h) => (h.leaderType ? leaderTypes.label(h.leaderType) : common.empty) },
    {
      key: 'absenceReason',
      title: t.absenceReason,
      width: 240,
      ellipsis: true,
      render: (_: unknown, h) => (h.absenceReasonKind ? `${absenceReasonKinds.label(h.absenceReasonKind)}：${h.absenceReason ?? ''}` : (h.absenceReason ?? common.empty)),
    },
    { key: 'absenceProof', title: t.absenceProof, width: 160, ellipsis: true, render: (_: unknown, h) => h.absenceProof ?? common.empty },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      title: common.actions,
      render: (_: unknown, h) => (
        <Popconfirm title={t.deleteConfirm} okText={common.delete} cancelText={common.cancel} onConfirm={() => remove(h)}>
          <Button type="link" size="small" danger>
            {common.delete}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Card
      title={t.title}
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t.add}
          </Button>
        )
      }
    >
      <Table<Hearing> rowKey="id" size="small" columns={columns} dataSource={hearings} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t.none }} />
      <FormModal
        name="hearing"
        title={t.add}
        open={open}
        onClose={() => setOpen(false)}
        initialValues={{ heldOn: today(), leaderAppeared: true }}
        check={(v) => {
          // Only the fields of the chosen branch go to the server.
          const keys = v.leaderAppeared ? ['leaderName', 'leaderPost', 'leaderType'] : ['substituteName', 'substitutePost', 'absenceReasonKind', 'absenceReason', 'absenceProof'];
          const body: Record<string, unknown> = { heldOn: v.heldOn, leaderAppeared: v.leaderAppeared, version };
          if (typeof v.noticeServedOn === 'string' && v.noticeServedOn !== '') body.noticeServedOn = v.noticeServedOn;
          for (const k of keys) if (typeof v[k] === 'string' && v[k] !== '') body[k] = v[k];
          return validate(hearingCreateSchema, body);
        }}
        send={async (body) => {
          await api.post(`litigation/cases/${caseId}/hearings`, body);
          message.success(common.saved);
          onChanged();
        }}
      >
        <Form.Item name="heldOn" label={t.heldOn} required {...dateItemProps}>
          <DatePicker placeholder={t.heldOn} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="noticeServedOn" label={t.noticeServedOn} extra={t.noticeHint} {...dateItemProps}>
          <DatePicker placeholder={t.noticeServedOn} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leaderAppeared" label={t.leaderAppeared} required>
          <Radio.Group
            optionType="button"
            aria-label={t.leaderAppeared}
            options={[
              { value: true, label: common.yes },
              { value: false, label: common.no },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.leaderAppeared !== b.leaderAppeared}>
          {({ getFieldValue }) =>
            getFieldValue('leaderAppeared') ? (
              <>
                <Form.Item name="leaderName" label={t.leaderName} required>
                  <Input placeholder={t.leaderName} />
                </Form.Item>
                <Form.Item name="leaderPost" label={t.leaderPost} required>
                  <Input placeholder={t.leaderPost} />
                </Form.Item>
                <Form.Item name="leaderType" label={t.leaderType} required extra={t.leaderTypeHint}>
                  <Select options={options(leaderTypes)} aria-label={t.leaderType} placeholder={t.leaderType} />
                </Form.Item>
              </>
            ) : (
              <>
                <Form.Item name="substituteName" label={t.substituteName} required>
                  <Input placeholder={t.substituteName} />
                </Form.Item>
                <Form.Item name="substitutePost" label={t.substitutePost}>
                  <Input placeholder={t.substitutePost} />
                </Form.Item>
                <Form.Item name="absenceReasonKind" label={t.absenceReasonKind} required extra={t.absenceReasonKindHint}>
                  <Select options={options(absenceReasonKinds)} aria-label={t.absenceReasonKind} placeholder={t.absenceReasonKind} />
                </Form.Item>
                <Form.Item name="absenceReason" label={t.absenceReason} required>
                  <Input.TextArea placeholder={t.absenceReason} autoSize={{ minRows: 2 }} />
                </Form.Item>
                <Form.Item name="absenceProof" label={t.absenceProof} extra={t.absenceProofHint}>
                  <Input placeholder={t.absenceProof} />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </FormModal>
    </Card>
  );
}
