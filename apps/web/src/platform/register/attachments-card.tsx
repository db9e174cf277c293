import { DeleteOutlined, GlobalOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { RegisterSpec } from '@fazhi/core';
import { App, Button, Card, List, Tag, Upload } from 'antd';
import { api } from '../../api/client';
import { messages } from '../messages';

export type Attachment = { id: string; filename: string; mimeType: string; size: number; createdAt: string; publishedAt: string | null };

type Props = { spec: RegisterSpec; id: string; attachments: Attachment[]; canEdit: boolean; onChange: () => void };

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/**
 * 附件: any register record's files — upload (≤ 20 MB), download, remove; every step is audited by the server. On records
 * the public portal shows (`spec.publicAttachments`), each file stays internal until it is published (公开).
 */
export function AttachmentsCard({ spec, id, attachments, canEdit, onChange }: Props) {
  const { message, modal } = App.useApp();
  const t = messages.attachments;
  const base = `/api/${spec.path}/${id}/attachments`;
  return (
    <Card
      title={t.title}
      extra={
        canEdit && (
          <Upload
            name="file"
            action={base}
            withCredentials
            showUploadList={false}
            beforeUpload={(file) => (file.size > 20 * 1024 * 1024 ? (message.error(t.tooLarge), Upload.LIST_IGNORE) : true)}
            onChange={(info) => {
              if (info.file.status === 'done') {
                message.success(t.uploaded(info.file.name));
                onChange();
              } else if (info.file.status === 'error') {
                const problem = info.file.response as { detail?: string; title?: string } | undefined;
                message.error(problem?.detail ?? problem?.title ?? t.failed);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t.upload}</Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        locale={{ emptyText: t.none }}
        dataSource={attachments}
        renderItem={(a) => (
          <List.Item
            actions={
              canEdit
                ? [
                    ...(spec.publicAttachments
                      ? [
                          <Button
                            key="publish"
                            type="text"
                            icon={<GlobalOutlined />}
                            onClick={() =>
                              modal.confirm({
                                title: a.publishedAt ? t.confirmUnpublish(a.filename) : t.confirmPublish(a.filename),
                                okText: a.publishedAt ? t.unpublish : t.publish,
                                onOk: async () => {
                                  const path = `${spec.path}/${id}/attachments/${a.id}/publish`;
                                  await (a.publishedAt ? api.delete(path) : api.post(path));
                                  onChange();
                                },
                              })
                            }
                          >
                            {a.publishedAt ? t.unpublish : t.publish}
                          </Button>,
                        ]
                      : []),
                    <Button
                      key="remove"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t.remove}
                      onClick={() =>
                        modal.confirm({
                          title: t.confirmRemove(a.filename),
                          okText: t.remove,
                          okButtonProps: { danger: true },
                          onOk: async () => {
                            await api.delete(`${spec.path}/${id}/attachments/${a.id}`);
                            onChange();
                          },
                        })
                      }
                    />,
                  ]
                : []
            }
          >
            <a href={`${base}/${a.id}`} download={a.filename}>
              <PaperClipOutlined /> {a.filename}
            </a>
            <span style={{ color: '#999', marginLeft: 8 }}>{sizeText(a.size)}</span>
            {spec.publicAttachments && (
              <Tag color={a.publishedAt ? 'green' : undefined} style={{ marginLeft: 8 }}>
                {a.publishedAt ? t.published : t.internal}
              </Tag>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
