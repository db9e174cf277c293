import { DownloadOutlined } from '@ant-design/icons';
import type { RegisterSpec } from '@fazhi/core';
import { App, Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, errorText } from '../../api/client';
import { messages } from '../messages';
import { followJob, percentOf, type RegisterJob } from './register-jobs';

/** 导出Excel as a server job: a progress bar while a large register is written, then the download. */
export function ExportButton({ spec, query }: { spec: RegisterSpec; query: string }) {
  const { message } = App.useApp();
  const [job, setJob] = useState<RegisterJob | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      const done = await followJob(spec.path, await api.post<RegisterJob>(`${spec.path}/exports${query}`), setJob, controller.signal);
      if (done.state === 'done') {
        message.success(messages.registerExport.done);
        window.location.assign(`/api/${spec.path}/jobs/${done.id}/file`);
      } else message.error(done.result?.problem?.detail ?? messages.loadFailed);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) message.error(errorText(e));
    } finally {
      setJob(null);
    }
  };

  return (
    <>
      <Button icon={<DownloadOutlined />} loading={Boolean(job)} onClick={() => void start()}>
        {messages.exportExcel}
      </Button>
      <Modal open={Boolean(job)} footer={null} closable={false} title={messages.registerExport.running}>
        {job && (
          <div role="status" aria-live="polite">
            <Typography.Text type="secondary">{job.phase}</Typography.Text>
            <Progress percent={percentOf(job)} status="active" />
          </div>
        )}
      </Modal>
    </>
  );
}
