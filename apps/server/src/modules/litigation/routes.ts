import { fileResponse, idField, okResponse } from '@fazhi/core';
import { bulletinListSchema, bulletinSchema, caseDetailSchema, defenceTodoSchema, hearingCreateSchema, hearingSchema, revealedIdNumberSchema } from '@fazhi/core/litigation';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sendDownload } from '../../platform/http/download.js';
import { assertCan } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { resolveScope } from '../../platform/indicators/routes.js';
import { assertBulletinReadable, bulletinData, bulletinFile, generateBulletin, listBulletins, monthScope } from './bulletin.js';
import { caseRegister, observationRegister, suggestionRegister } from './registers.js';
import { addHearing, defenceTodo, getCase, removeHearing, revealPlaintiffId } from './service.js';
import { caseFlow } from './workflow.js';

export async function litigationRoutes(app: App, services: Services) {
  const tags = ['行政诉讼案件'];
  const params = z.object({ id: idField });

  // Registered before the kit's routes so the case detail includes its workflow state.
  app.get('/api/litigation/cases/:id', { schema: { tags, summary: '案件详情（含原告、庭审、可办理的流转）', params, response: { 200: caseDetailSchema } } }, async (request) =>
    getCase(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, caseRegister, { skipDetail: true });
  registerRoutes(app, services, observationRegister);
  registerRoutes(app, services, suggestionRegister);

  app.get('/api/litigation/todo', { schema: { tags, summary: '待办：答辩期限三日内到期或已逾期的案件', response: { 200: defenceTodoSchema } } }, async (request) =>
    defenceTodo(services, actorOf(request)),
  );

  const monthQuery = z.object({ month: z.string().regex(/^(19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM（1900至2100年）' }), org: idField.optional() });
  const bulletinScope = async (request: { query: { month: string; org?: string } }, actor: ReturnType<typeof actorOf>) => {
    const base = await resolveScope(services.db, actor, { org: request.query.org });
    const scope = monthScope(base.orgUnitId, base.orgPath, request.query.month);
    assertBulletinReadable(actor, scope);
    return scope;
  };
  app.get(
    '/api/litigation/bulletin',
    { schema: { tags, summary: '月度行政应诉通报数据：当月各单位收案、结案、败诉、开庭与负责人出庭情况', querystring: monthQuery, response: { 200: bulletinSchema } } },
    async (request) => bulletinData(services.db, await bulletinScope(request, actorOf(request))),
  );
  app.post(
    '/api/litigation/bulletins',
    { schema: { tags, summary: '立即生成某月通报（每月1日也会自动生成上月通报）', body: monthQuery, response: { 201: bulletinSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      assertCan(actor, 'litigation', 'export');
      const scope = await bulletinScope({ query: request.body }, actor);
      const data = await generateBulletin(services.db, scope.orgUnitId, request.body.month);
      await services.db.transaction((tx) => recordAudit(tx, auditActorOf(actor), { action: 'litigation.bulletin', entityType: 'litigation.bulletin', entityId: scope.orgUnitId, summary: data.title }));
      return reply.code(201).send(data);
    },
  );
  app.get(
    '/api/litigation/bulletins',
    { schema: { tags, summary: '已生成的月度通报', querystring: z.object({ org: idField.optional() }), response: { 200: bulletinListSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const scope = await resolveScope(services.db, actor, { org: request.query.org });
      assertBulletinReadable(actor, scope);
      return listBulletins(services.db, scope.orgUnitId);
    },
  );
  app.get('/api/litigation/bulletins/:id/docx', { schema: { tags, summary: '下载月度通报（DOCX）', params, response: { 200: fileResponse } } }, async (request, reply) => {
    const actor = actorOf(request);
    const bulletin = await bulletinFile(services.db, request.params.id);
    const [unit] = await services.db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, bulletin.orgUnitId));
    assertBulletinReadable(actor, monthScope(bulletin.orgUnitId, unit!.path, bulletin.month));
    return sendDownload(reply, `${bulletin.title}.docx`, bulletin.docx);
  });

  workflowRoutes(app, services, caseFlow, { tags, detail: (actor, id) => getCase(services, actor, id), response: caseDetailSchema });

  app.post(
    '/api/litigation/cases/:id/hearings',
    { schema: { tags, summary: '登记庭审（含负责人出庭情况；案件版本号随之更新）', params, body: hearingCreateSchema, response: { 201: hearingSchema } } },
    async (request, reply) => reply.code(201).send(await addHearing(services, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/litigation/cases/:id/hearings/:hearingId',
    {
      schema: {
        tags,
        summary: '删除庭审记录（案件版本号随之更新；带 version 时核对）',
        params: params.extend({ hearingId: idField }),
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: okResponse },
      },
    },
    async (request) => {
      await removeHearing(services, actorOf(request), request.params.id, request.params.hearingId, request.query.version);
      return { ok: true };
    },
  );
  app.post(
    '/api/litigation/cases/:id/plaintiffs/:plaintiffId/reveal',
    {
      schema: {
        tags,
        summary: '查看原告完整身份证号（须说明理由，留痕）',
        params: params.extend({ plaintiffId: idField }),
        body: z.object({ reason: z.string().trim().min(2, { message: '请说明查看理由' }).max(200) }),
        response: { 200: revealedIdNumberSchema },
      },
    },
    async (request) => revealPlaintiffId(services, actorOf(request), request.params.id, request.params.plaintiffId, request.body.reason),
  );
}
