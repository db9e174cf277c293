import type { RegisterJob } from '@fazhi/core';
import { api, ApiError } from '../../api/client';

export type { ImportIssue, ImportPreview, RegisterJob } from '@fazhi/core';

export const percentOf = (job: RegisterJob) => (job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : job.state === 'running' ? 0 : 100);

/** Polls a job until it leaves `running`, telling each step; the page stays usable meanwhile. */
export async function followJob(path: string, job: RegisterJob, onStep: (job: RegisterJob) => void, signal: AbortSignal): Promise<RegisterJob> {
  let current = job;
  onStep(current);
  while (current.state === 'running') {
    await new Promise((r) => setTimeout(r, 400));
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    current = await api.get<RegisterJob>(`${path}/jobs/${current.id}`, undefined, { signal });
    onStep(current);
  }
  return current;
}

/** Uploads the workbook as multipart (the server refuses a hostile file before any job starts). */
export async function uploadImport(path: string, file: File): Promise<RegisterJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/${path}/imports`, { method: 'POST', body: form, credentials: 'same-origin' });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = body as { title?: string; code?: string; detail?: string } | undefined;
    throw new ApiError({ type: 'about:blank', title: problem?.title ?? '上传失败', status: response.status, code: (problem?.code ?? 'internal') as never, detail: problem?.detail });
  }
  return body as RegisterJob;
}
