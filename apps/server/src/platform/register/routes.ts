import {
  type ListResult,
  type RegisterSpec,
  revealedValueSchema,
  revealRequestOf,
  detailSchemaOf,
  fileResponse,
  historyResponse,
  idField,
  listQuerySchema,
  listResponseOf,
  okResponse,
  rowSchemaOf,
  uploadedAttachmentSchema,
  versionQuerySchema,
} from '@fazhi/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertCan } from '../access/policy.js';
import { sendDownload } from '../http/download.js';
import { AppError } from '../http/errors.js';
import { addAttachment, assertMayAttach, readAttachment, removeAttachment, setAttachmentPublished } from '../files/service.js';
import { recordAudit } from '../audit/service.js';
import { auditActorOf } from '../auth/service.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import type { RegisterDef } from './define.js';
import { registerWorkbook } from './excel.js';
import { registerImportRoutes } from './import-routes.js';
import { loadUnitNames } from './unit-names.js';
import { assignRecord, createRecord, deleteRecord, unassignRecord, getRecord, listAllRecords, listRecords, recordHistory, revealField, updateRecord } from './service.js';

const mounted = new WeakMap<object, RegisterSpec[]>();

/** The registers an app serves, so that checks written once (the hostile-input tests) reach every one of them. */
export function mountedRegisters(app: object): readonly RegisterSpec[] {
  return mounted.get(app) ?? [];
}

/** list · export · import · detail · history · create · update · delete for one register. */
export function registerRoutes(app: App, services: Services, def: RegisterDef, options: { skipDetail?: boolean; detail?: z.ZodType } = {}) {
  const base = `/api/${def.spec.path}`;
  mounted.set(app, [...mountedRegisters(app), def.spec]);
  const tags = [def.spec.title];
  const params = z.object({ id: idField });
  const row = rowSchemaOf(def.spec);
  const detail = { 200: options.detail ?? detailSchemaOf(row) };
  const ok = { 200: okResponse };

  // Rows come from a table the kit does not know statically; NODE_ENV=test checks them against `row` instead.
  app.get(
    base,
    { schema: { tags, summary: `${def.spec.title}列表`, querystring: listQuerySchema, response: { 200: listResponseOf(row) } } },
    async (request) => (await listRecords(services, actorOf(request), def, request.query)) as ListResult<z.input<typeof row>>,
  );

  app.get(`${base}/export.xlsx`, { schema: { tags, summary: `导出${def.spec.title}（当前筛选条件）`, querystring: listQuerySchema, response: { 200: fileResponse } } }, async (request, reply) => {
    const actor = actorOf(request);
    const rows = await listAllRecords(services, actor, def, request.query);
    const body = await registerWorkbook(def, rows, (await loadUnitNames(services.db)).labelOf);
    const { page: _p, pageSize: _s, ...filter } = request.query;
    await services.db.transaction((tx) =>
      recordAudit(tx, auditActorOf(actor), { action: 'export', entityType: def.spec.entity, summary: `导出${rows.length}条`, changes: [{ field: 'filter', from: null, to: filter }] }),
    );
    return sendDownload(reply, `${def.spec.title}-${new Date().toISOString().slice(0, 10)}.xlsx`, body);
  });
  registerImportRoutes(app, services, def);

  if (!options.skipDetail) {
    app.get(`${base}/:id`, { schema: { tags, summary: `${def.spec.title}详情`, params, response: detail } }, async (request) => getRecord(services, actorOf(request), def, request.params.id));
  }

  app.get(`${base}/:id/history`, { schema: { tags, summary: `${def.spec.title}变更记录`, params, response: { 200: historyResponse } } }, async (request) =>
    recordHistory(services, actorOf(request), def, request.params.id),
  );

  // Whoever may not add records is told so before the body is validated (no field-by-field answers for them).
  const mayCreate = async (request: FastifyRequest) => assertCan(actorOf(request), def.spec.module, 'create', def.spec.entity);
  app.post(
    base,
    { preValidation: mayCreate, schema: { tags, summary: `新增${def.spec.title}`, body: def.spec.createSchema, response: { 201: options.detail ?? detailSchemaOf(row) } } },
    async (request, reply) => reply.code(201).send(await createRecord(services, actorOf(request), def, request.body as Record<string, unknown>)),
  );

  app.patch(`${base}/:id`, { schema: { tags, summary: `修改${def.spec.title}（须提交读取时的 version）`, params, body: def.spec.updateSchema, response: detail } }, async (request) =>
    updateRecord(services, actorOf(request), def, request.params.id, request.body as Record<string, unknown> & { version: number }),
  );

  app.post(
    `${base}/:id/assignees`,
    {
      schema: {
        tags,
        summary: `指派办理人（被指派者可查看该${def.spec.title}，不受数据范围限制）`,
        params,
        body: z.object({ userId: idField, role: z.enum(['handler', 'reviewer', 'adviser'], { message: '请选择指派角色' }).default('handler') }),
        response: detail,
      },
    },
    async (request) => assignRecord(services, actorOf(request), def, request.params.id, request.body.userId, request.body.role),
  );
  app.delete(`${base}/:id/assignees/:assignmentId`, { schema: { tags, summary: '取消指派', params: params.extend({ assignmentId: idField }), response: ok } }, async (request) => {
    await unassignRecord(services, actorOf(request), def, request.params.id, request.params.assignmentId);
    return { ok: true };
  });

  const revealable = Object.keys(def.revealable ?? {});
  if (revealable.length) {
    app.post(
      `${base}/:id/reveal`,
      { schema: { tags, summary: '查看完整个人信息（须说明理由，记入审计日志）', params, body: revealRequestOf(revealable as [string, ...string[]]), response: { 200: revealedValueSchema } } },
      async (request) => revealField(services, actorOf(request), def, request.params.id, request.body.field, request.body.reason),
    );
  }

  app.post(
    `${base}/:id/attachments`,
    { schema: { tags, summary: `上传附件（multipart/form-data，字段 file，不超过20MB）`, params, consumes: ['multipart/form-data'], response: { 201: uploadedAttachmentSchema } } },
    async (request, reply) => {
      // Refused before a byte of the body is read: whoever may not change the record cannot make the server buffer 20 MB.
      await assertMayAttach(services, actorOf(request), def, request.params.id);
      const file = await request.file();
      if (!file) throw new AppError('validation', '请选择要上传的文件', [{ path: 'file', message: '请选择要上传的文件' }]);
      const content = await file.toBuffer();
      return reply.code(201).send(await addAttachment(services, actorOf(request), def, request.params.id, { filename: file.filename, content }));
    },
  );
  app.get(
    `${base}/:id/attachments/:attachmentId`,
    { schema: { tags, summary: '下载附件', params: params.extend({ attachmentId: idField }), response: { 200: fileResponse } } },
    async (request, reply) => {
      const file = await readAttachment(services, actorOf(request), def, request.params.id, request.params.attachmentId);
      return sendDownload(reply, file.filename, file.content);
    },
  );
  if (def.spec.publicAttachments) {
    const attachmentParams = params.extend({ attachmentId: idField });
    const published = { 200: z.object({ id: z.string(), publishedAt: z.string().nullable() }) };
    app.post(
      `${base}/:id/attachments/:attachmentId/publish`,
      { schema: { tags, summary: '公开附件（政务公开网站可下载；记入审计日志）', params: attachmentParams, response: published } },
      async (request) => setAttachmentPublished(services, actorOf(request), def, request.params.id, request.params.attachmentId, true),
    );
    app.delete(`${base}/:id/attachments/:attachmentId/publish`, { schema: { tags, summary: '撤回公开的附件', params: attachmentParams, response: published } }, async (request) =>
      setAttachmentPublished(services, actorOf(request), def, request.params.id, request.params.attachmentId, false),
    );
  }
  app.delete(`${base}/:id/attachments/:attachmentId`, { schema: { tags, summary: '删除附件', params: params.extend({ attachmentId: idField }), response: ok } }, async (request) => {
    await removeAttachment(services, actorOf(request), def, request.params.id, request.params.attachmentId);
    return { ok: true };
  });

  app.delete(`${base}/:id`, { schema: { tags, summary: `删除${def.spec.title}（留档，可追溯）`, params, querystring: versionQuerySchema, response: ok } }, async (request) => {
    await deleteRecord(services, actorOf(request), def, request.params.id, request.query.version);
    return { ok: true };
  });
}
