import { fileResponse, idField, type ImportPreview, listQuerySchema, registerJobSchema } from '@fazhi/core';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan, inSubtrees, scopePaths } from '../access/policy.js';
import { recordAudit } from '../audit/service.js';
import { auditActorOf } from '../auth/service.js';
import { sendDownload } from '../http/download.js';
import { AppError } from '../http/errors.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { orgUnits } from '../org/tables.js';
import type { RegisterDef } from './define.js';
import { registerWorkbook, templateWorkbook } from './excel.js';
import { commitImport, mapHeader, previewImport, type PlannedRow } from './import.js';
import { finishJob, jobView, loadJob, reportProgress, runInBackground, startJob } from './jobs.js';
import { listAllRecords } from './service.js';
import { loadUnitNames } from './unit-names.js';
import { registerJobs } from './tables.js';
import { importLimits, readSheet, refuseFile } from './xlsx-read.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Template · import (upload → preview → commit) · export as a job with progress, for one register. */
export function registerImportRoutes(app: App, services: Services, def: RegisterDef) {
  const { db } = services;
  const { module, title, entity } = def.spec;
  const base = `/api/${def.spec.path}`;
  const tags = [title];
  const jobParams = z.object({ jobId: idField });

  app.get(`${base}/import-template.xlsx`, { schema: { tags, summary: `下载${title}导入模板（与导出格式相同，代码列为下拉选项）`, response: { 200: fileResponse } } }, async (request, reply) => {
    const actor = actorOf(request);
    assertCan(actor, module, 'create', entity);
    const units = await db
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(inSubtrees(orgUnits.id, scopePaths(actor, module, 'create', entity)))
      .orderBy(asc(orgUnits.path));
    const names = await loadUnitNames(db);
    return sendDownload(
      reply,
      `${title}-导入模板.xlsx`,
      await templateWorkbook(
        def,
        units.map((u) => names.labelOf(u.id)),
      ),
    );
  });

  app.post(
    `${base}/imports`,
    {
      schema: {
        tags,
        summary: `上传${title}Excel，校验每一行（multipart/form-data，字段 file）；返回导入任务，预览前不写入任何记录`,
        consumes: ['multipart/form-data'],
        response: { 202: registerJobSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      assertCan(actor, module, 'create', entity);
      const file = await request.file({ limits: { fileSize: importLimits.fileBytes } });
      if (!file) refuseFile('请选择要导入的Excel文件');
      let content: Buffer;
      try {
        content = await file.toBuffer();
      } catch {
        refuseFile(`文件超过${importLimits.fileBytes / 1024 / 1024}MB，请拆分后分批导入`);
      }
      const sheet = readSheet(content, title);
      mapHeader(def, sheet.name, sheet.rows[0] ?? []);
      const jobId = await startJob(db, actor, { kind: 'import', registerPath: def.spec.path, fileName: file.filename, phase: '校验', total: sheet.rows.length - 1 });
      runInBackground(db, jobId, () => previewImport(services, actor, def, jobId, sheet.name, sheet.rows));
      return reply.code(202).send(jobView(await loadJob(db, actor, def.spec.path, jobId)));
    },
  );

  app.get(`${base}/jobs/:jobId`, { schema: { tags, summary: `${title}导入/导出任务的进度与结果`, params: jobParams, response: { 200: registerJobSchema } } }, async (request) =>
    jobView(await loadJob(db, actorOf(request), def.spec.path, request.params.jobId)),
  );

  app.post(
    `${base}/imports/:jobId/commit`,
    {
      schema: {
        tags,
        summary: `确认导入${title}：valid 只写入无误的行，all 全部无误时写入，none 放弃（不写入）；在一个事务中写入并记审计`,
        params: jobParams,
        body: z.object({ mode: z.enum(['valid', 'all', 'none'], { message: '请选择导入方式' }) }),
        response: { 202: registerJobSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const job = await loadJob(db, actor, def.spec.path, request.params.jobId);
      const { mode } = request.body;
      if (job.kind !== 'import' || job.state !== 'previewed') throw new AppError('conflict', '该导入已处理，或尚未完成校验');
      const preview = (job.result as { preview: ImportPreview }).preview;
      if (mode === 'all' && preview.invalid > 0) throw new AppError('conflict', `有${preview.invalid}行存在问题，不能全部导入；可选择“仅导入无误的行”，或修改后重新上传`);
      // Claimed by moving the state, so that a second click cannot write the rows twice.
      const [claimed] = await db
        .update(registerJobs)
        .set({ state: mode === 'none' ? 'cancelled' : 'running', phase: mode === 'none' ? '已放弃' : '写入', done: 0, ...(mode === 'none' ? { plan: null } : {}) })
        .where(and(eq(registerJobs.id, job.id), eq(registerJobs.state, 'previewed')))
        .returning();
      if (!claimed) throw new AppError('conflict', '该导入已处理');
      if (mode !== 'none') {
        const plan = (job.plan ?? []) as PlannedRow[];
        reportProgress(job.id, { phase: '写入', done: 0, total: plan.length });
        runInBackground(db, job.id, () => commitImport(services, actor, def, job.id, plan, job.fileName));
      }
      return reply.code(202).send(jobView(await loadJob(db, actor, def.spec.path, job.id)));
    },
  );

  app.post(
    `${base}/exports`,
    { schema: { tags, summary: `导出${title}（当前筛选条件），作为任务运行，完成后下载`, querystring: listQuerySchema, response: { 202: registerJobSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      assertCan(actor, module, 'export', entity);
      const fileName = `${title}-${today()}.xlsx`;
      const jobId = await startJob(db, actor, { kind: 'export', registerPath: def.spec.path, fileName, phase: '查询', total: 0 });
      const { page: _p, pageSize: _s, ...filter } = request.query;
      runInBackground(db, jobId, async () => {
        const rows = await listAllRecords(services, actor, def, request.query);
        reportProgress(jobId, { phase: '生成', done: 0, total: rows.length });
        const file = await registerWorkbook(def, rows, (await loadUnitNames(db)).labelOf, (done) => reportProgress(jobId, { phase: '生成', done, total: rows.length }));
        await db.transaction((tx) =>
          recordAudit(tx, auditActorOf(actor), { action: 'export', entityType: def.spec.entity, summary: `导出${rows.length}条`, changes: [{ field: 'filter', from: null, to: filter }] }),
        );
        await finishJob(db, jobId, { state: 'done', phase: '完成', done: rows.length, total: rows.length, file });
      });
      return reply.code(202).send(jobView(await loadJob(db, actor, def.spec.path, jobId)));
    },
  );

  app.get(`${base}/jobs/:jobId/file`, { schema: { tags, summary: `下载导出任务生成的${title}文件`, params: jobParams, response: { 200: fileResponse } } }, async (request, reply) => {
    const job = await loadJob(db, actorOf(request), def.spec.path, request.params.jobId);
    if (job.kind !== 'export' || job.state !== 'done' || !job.file) throw new AppError('conflict', '导出尚未完成');
    return sendDownload(reply, job.fileName, job.file);
  });
}
