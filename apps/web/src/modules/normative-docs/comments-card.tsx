import { commentCreateSchema, commentHandlingSchema, commentHandlings } from '@fazhi/core/normative-docs/index';
import { App, Button, Card, Flex, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { today } from '../../platform/common/dates';
import { FormModal } from '../../platform/form/form-modal';
import { validate, type Validator } from '../../platform/form/validation';
import { FieldItem } from '../../platform/register/field-control';
import { messages } from './messages';
import type { DocumentComment, DocumentDetail } from '@fazhi/core/normative-docs/index';

const t = messages.comments;
const clean = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== ''));

/** Comments received during 征求意见 and how each was handled; every one must be handled before review. */
export function CommentsCard({ record, onChanged }: { record: DocumentDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [handling, setHandling] = useState<DocumentComment>();
  const base = `normative-docs/documents/${record.id}/comments`;
  const canAdd = record.permissions.update && record.state === 'publicComment';
  const canHandle = record.permissions.update && (record.state === 'publicComment' || record.state === 'drafting');

  const remove = async (c: DocumentComment) => {
    try {
      await api.delete(`${base}/${c.id}`, { version: record.version });
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title={t.title}
      extra={
        canAdd ? (
          <Button type="primary" ghost onClick={() => setAdding(true)}>
            {t.add}
          </Button>
        ) : null
      }
    >
      <Table<DocumentComment>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.none }}
        dataSource={record.comments}
        columns={[
          { key: 'receivedOn', title: t.receivedOn, dataIndex: 'receivedOn', width: 110 },
          { key: 'commenter', title: t.commenter, dataIndex: 'commenter' },
          { key: 'content', title: t.content, dataIndex: 'content' },
          {
            key: 'handling',
            title: t.handling,
            render: (_: unknown, c) => (c.handling ? <Tag color="green">{commentHandlings.label(c.handling)}</Tag> : <Tag color="orange">{t.unhandled}</Tag>),
          },
          { key: 'reason', title: t.handlingReason, dataIndex: 'handlingReason' },
          {
            key: 'actions',
            title: '',
            render: (_: unknown, c) => (
              <Flex gap={8}>
                {canHandle && (
                  <Button size="small" onClick={() => setHandling(c)}>
                    {t.handle}
                  </Button>
                )}
                {canAdd && (
                  <Popconfirm title={t.removeConfirm} onConfirm={() => void remove(c)}>
                    <Button size="small" danger>
                      {t.remove}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {adding && (
        <FormModal
          name="comment-add"
          title={t.add}
          open
          onClose={() => setAdding(false)}
          initialValues={{ receivedOn: today() }}
          check={(v) => validate(commentCreateSchema as Validator<Record<string, unknown>>, { ...clean(v), version: record.version })}
          send={async (body) => {
            await api.post(base, body);
            onChanged();
          }}
        >
          <FieldItem field={{ name: 'commenter', label: t.commenter, kind: 'text' }} required />
          <FieldItem field={{ name: 'receivedOn', label: t.receivedOn, kind: 'date' }} required />
          <FieldItem field={{ name: 'content', label: t.content, kind: 'longText' }} required />
        </FormModal>
      )}
      {handling && (
        <FormModal
          name="comment-handling"
          title={`${t.handle}：${handling.commenter}`}
          open
          onClose={() => setHandling(undefined)}
          initialValues={{ handling: handling.handling ?? undefined, handlingReason: handling.handlingReason ?? undefined }}
          check={(v) => validate(commentHandlingSchema as Validator<Record<string, unknown>>, { ...clean(v), version: record.version })}
          send={async (body) => {
            await api.post(`${base}/${handling.id}/handling`, body);
            onChanged();
          }}
        >
          <FieldItem field={{ name: 'handling', label: t.handling, kind: 'code', codes: commentHandlings }} required />
          <FieldItem field={{ name: 'handlingReason', label: t.handlingReason, kind: 'longText', help: '部分采纳或不采纳的，须说明理由' }} required={false} />
        </FormModal>
      )}
    </Card>
  );
}
