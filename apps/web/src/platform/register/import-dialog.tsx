import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import type { RegisterSpec } from '@fazhi/core';
import { Alert, Button, Modal, Progress, Result, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../api/client';
import { api } from '../../api/client';
import { messages } from '../messages';
import { followJob, percentOf, uploadImport, type ImportIssue, type RegisterJob } from './register-jobs';

type Props = { spec: RegisterSpec; onImported: () => void };

const t = messages.registerImport;

/** 导入Excel: template → upload → progress → every problem in a table → write the valid rows, all, or nothing. */
export function ImportButton({ spec, onImported }: Props) {
  const [open, setOpen] = useState(false);
  const [job, setJob] = useState<RegisterJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const follow = async (start: () => Promise<RegisterJob>) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setError(null);
    try {
      const done = await followJob(spec.path, await start(), setJob, controller.signal);
      if (done.state === 'failed') setError(done.result?.problem?.detail ?? t.failed);
      if (done.state === 'done') onImported();
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const commit = (mode: 'valid' | 'all' | 'none') => follow(() => api.post<RegisterJob>(`${spec.path}/imports/${job!.id}/commit`, { mode }));
  const reset = () => {
    setJob(null);
    setError(null);
  };
  const close = () => {
    abort.current?.abort();
    setOpen(false);
    reset();
  };

  const preview = job?.result?.preview;
  const footer =
    job?.state === 'previewed' && preview ? (
      <Space wrap>
        <Button onClick={() => commit('none')}>{t.discard}</Button>
        <Button disabled={preview.invalid > 0 || preview.creates + preview.updates === 0} onClick={() => commit('all')}>
          {t.commitAll}
        </Button>
        <Button type="primary" disabled={preview.creates + preview.updates === 0} onClick={() => commit('valid')}>
          {t.commitValid(preview.creates + preview.updates)}
        </Button>
      </Space>
    ) : job && ['done', 'cancelled', 'failed'].includes(job.state) ? (
      <Button onClick={reset}>{t.again}</Button>
    ) : null;

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t.open}
      </Button>
      <Modal title={t.title(spec.title)} open={open} onCancel={close} footer={footer} width={760} destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        {!job && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph type="secondary">{t.templateHelp}</Typography.Paragraph>
            <Button icon={<DownloadOutlined />} href={`/api/${spec.path}/import-template.xlsx`} download>
              {t.template}
            </Button>
            <Upload.Dragger accept=".xlsx" showUploadList={false} disabled={busy} customRequest={({ file }) => void follow(() => uploadImport(spec.path, file as File))}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t.drop}</p>
              <p className="ant-upload-hint">{t.limits}</p>
            </Upload.Dragger>
          </Space>
        )}
        {job?.state === 'running' && (
          <div role="status" aria-live="polite">
            <Typography.Text>{job.phase === '写入' || job.phase === '记录审计' ? t.writing : t.checking}</Typography.Text>
            <Progress percent={percentOf(job)} status="active" aria-label={`${job.phase} ${job.done}/${job.total}`} />
          </div>
        )}
        {job?.state === 'previewed' && preview && <PreviewTable preview={preview} />}
        {job?.state === 'done' && <Result status="success" title={t.done(preview?.creates ?? 0, preview?.updates ?? 0)} />}
        {job?.state === 'cancelled' && <Result status="info" title={t.discarded} />}
      </Modal>
    </>
  );
}

function PreviewTable({ preview }: { preview: NonNullable<NonNullable<RegisterJob['result']>['preview']> }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type={preview.invalid ? 'warning' : 'success'} showIcon message={t.summary(preview)} />
      {preview.issueCount > 0 ? (
        <Table<ImportIssue>
          size="small"
          rowKey={(i) => `${i.row}-${i.column}-${i.message}`}
          title={() => t.issuesTitle(preview.issueCount)}
          dataSource={preview.issues}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            { key: 'row', dataIndex: 'row', title: t.row, width: 72 },
            { key: 'column', dataIndex: 'column', title: t.column, width: 160 },
            { key: 'message', dataIndex: 'message', title: t.problem },
          ]}
        />
      ) : (
        <Typography.Text type="success">{t.noIssues}</Typography.Text>
      )}
    </Space>
  );
}
