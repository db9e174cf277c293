import { idField, versionQuerySchema } from '@fazhi/core';
import { campaignItemSchema, commentCreateSchema, commentHandlingSchema, documentDetailSchema, nextDocNumberSchema } from '@fazhi/core/normative-docs';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { concludeItem, getCampaign } from './campaigns.js';
import { formatDocNumber, nextSequence } from './numbering.js';
import { normativeDocsPublicRoutes } from './public-routes.js';
import { campaignRegister, documentRegister, intakeRegister } from './registers.js';
import { addComment, getDocument, handleComment, removeComment } from './service.js';
import { campaignFlow, documentFlow } from './workflow.js';

export async function normativeDocsRoutes(app: App, services: Services) {
  const tags = ['行政规范性文件'];
  const params = z.object({ id: idField });
  const base = '/api/normative-docs/documents';

  // Registered before the kit's routes so the detail carries the workflow, the review and the comments.
  app.get(`${base}/:id`, { schema: { tags, summary: '文件详情（含征求意见、合法性审核结论、可办理的流转）', params, response: { 200: documentDetailSchema } } }, async (request) =>
    getDocument(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, documentRegister, { skipDetail: true });

  app.get(
    `${base}/:id/next-number`,
    {
      schema: {
        tags,
        summary: '统一编号时的默认文号（本机关该发文代字本年度的下一个序号，可修改）',
        params,
        querystring: z.object({
          year: z.coerce.number({ message: '年度应为数字' }).int({ message: '年度应为整数' }).min(2000, { message: '年度不早于2000年' }).max(2100, { message: '年度不晚于2100年' }),
        }),
        response: { 200: nextDocNumberSchema },
      },
    },
    async (request) => {
      const doc = await getDocument(services, actorOf(request), request.params.id);
      const prefix = String(doc.numberPrefix);
      const seq = await nextSequence(services.db, { orgUnitId: doc.orgUnitId, prefix, year: request.query.year });
      return { prefix, year: request.query.year, seq, docNumber: formatDocNumber(prefix, request.query.year, seq) };
    },
  );

  workflowRoutes(app, services, documentFlow, { tags, detail: (actor, id) => getDocument(services, actor, id), response: documentDetailSchema });

  app.post(`${base}/:id/comments`, { schema: { tags, summary: '登记征求意见期间收到的意见', params, body: commentCreateSchema, response: { 201: documentDetailSchema } } }, async (request, reply) =>
    reply.code(201).send(await addComment(services, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/comments/:commentId/handling`,
    {
      schema: { tags, summary: '登记意见采纳情况（采纳/部分采纳/不采纳及理由）', params: params.extend({ commentId: idField }), body: commentHandlingSchema, response: { 200: documentDetailSchema } },
    },
    async (request) => handleComment(services, actorOf(request), request.params.id, request.params.commentId, request.body),
  );
  app.delete(
    `${base}/:id/comments/:commentId`,
    {
      schema: {
        tags,
        summary: '删除误登记的意见（须提交文件的 version）',
        params: params.extend({ commentId: idField }),
        querystring: versionQuerySchema,
        response: { 200: documentDetailSchema },
      },
    },
    async (request) => removeComment(services, actorOf(request), request.params.id, request.params.commentId, request.query.version),
  );

  // 清理
  const campaignTags = ['规范性文件清理'];
  app.get('/api/normative-docs/campaigns/:id', { schema: { tags: campaignTags, summary: '清理详情（范围内文件及其清理结论）', params } }, async (request) =>
    getCampaign(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, campaignRegister, { skipDetail: true });
  registerRoutes(app, services, intakeRegister);
  app.post(
    '/api/normative-docs/campaigns/:id/items/:itemId',
    { schema: { tags: campaignTags, summary: '对范围内一件文件作出清理结论（继续有效/修改/废止/宣布失效）', params: params.extend({ itemId: idField }), body: campaignItemSchema } },
    async (request) => concludeItem(services, actorOf(request), request.params.id, request.params.itemId, request.body),
  );
  workflowRoutes(app, services, campaignFlow, { tags: campaignTags, detail: (actor, id) => getCampaign(services, actor, id) });

  normativeDocsPublicRoutes(app, services);
}
