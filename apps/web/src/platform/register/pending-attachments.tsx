import { UploadOutlined } from '@ant-design/icons';
import type { RegisterSpec } from '@fazhi/core';
import { App, Button, Form, Upload, type UploadFile } from 'antd';
import { messages } from '../messages';

const t = messages.attachments;
const maxBytes = 20 * 1024 * 1024;

/** 附件 on a create form: files are held in the browser until the record exists, then uploaded to it. */
export function PendingAttachments({ files, onChange }: { files: UploadFile[]; onChange: (files: UploadFile[]) => void }) {
  const { message } = App.useApp();
  return (
    <Form.Item label={t.title} extra={t.pickHelp}>
      <Upload
        multiple
        fileList={files}
        beforeUpload={(file) => {
          if (file.size > maxBytes) {
            message.error(t.tooLarge);
            return Upload.LIST_IGNORE;
          }
          // Kept here; nothing is sent before the record is saved.
          return false;
        }}
        onChange={({ fileList }) => onChange(fileList)}
      >
        <Button icon={<UploadOutlined />}>{t.pick}</Button>
      </Upload>
    </Form.Item>
  );
}

/** Uploads the held files to the new record (each upload is its own audited write); returns the names that failed. */
export async function uploadPending(spec: RegisterSpec, id: string, files: UploadFile[]): Promise<string[]> {
  const failed: string[] = [];
  for (const f of files) {
    if (!f.originFileObj) continue;
    const body = new FormData();
    body.append('file', f.originFileObj, f.name);
    const res = await fetch(`/api/${spec.path}/${id}/attachments`, { method: 'POST', body, credentials: 'same-origin' }).catch(() => null);
    if (!res?.ok) failed.push(f.name);
  }
  return failed;
}
