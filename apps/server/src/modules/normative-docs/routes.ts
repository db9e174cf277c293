import { idField } from '@fazhi/core';
import { campaignItemSchema, campaignTransitions, commentCreateSchema, commentHandlingSchema, documentTransitions, type CampaignTransition, type DocumentTransition } from '@fazhi/core/normative-docs';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes, transitionRoute } from '../../platform/register/routes.js';
import { concludeItem, fireCampaignTransition, getCampaign } from './campaigns.js';
import { normativeDocsPublicRoutes } from './public-routes.js';
import { campaignRegister, documentRegister } from './registers.js';
import { addComment, fireDocumentTransition, getDocument, handleComment, removeComment } from './service.js';

export async function normativeDocsRoutes(app: App, services: Services) {
  const tags = ['行政规范性文件'];
  const params = z.object({ id: idField });
  const base = '/api/normative-docs/documents';

  // Registered before the kit's routes so the detail carries the workflow, the review and the comments.
  app.get(`${base}/:id`, { schema: { tags, summary: '文件详情（含征求意见、合法性审核结论、可办理的流转）', params } }, async (request) =>
    getDocument(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, documentRegister, { skipDetail: true });

  transitionRoute(app, {
    path: 'normative-docs/documents',
    tags,
    summary: `办理流转：${(Object.entries(documentTransitions) as [DocumentTransition, { label: string }][]).map(([k, v]) => `${k} ${v.label}`).join(' · ')}（签发须有审批签发权限）`,
    names: Object.keys(documentTransitions) as [DocumentTransition, ...DocumentTransition[]],
    fire: (actor, id, name, body) => fireDocumentTransition(services, actor, id, name, body),
  });

  app.post(`${base}/:id/comments`, { schema: { tags, summary: '登记征求意见期间收到的意见', params, body: commentCreateSchema } }, async (request, reply) =>
    reply.code(201).send(await addComment(services, actorOf(request), request.params.id, request.body)),
  );
  app.post(`${base}/:id/comments/:commentId/handling`, { schema: { tags, summary: '登记意见采纳情况（采纳/部分采纳/不采纳及理由）', params: params.extend({ commentId: idField }), body: commentHandlingSchema } }, async (request) =>
    handleComment(services, actorOf(request), request.params.id, request.params.commentId, request.body),
  );
  app.delete(
    `${base}/:id/comments/:commentId`,
    { schema: { tags, summary: '删除误登记的意见（须提交文件的 version）', params: params.extend({ commentId: idField }), querystring: z.object({ version: z.coerce.number().int().positive() }) } },
    async (request) => removeComment(services, actorOf(request), request.params.id, request.params.commentId, request.query.version),
  );

  // 清理
  const campaignTags = ['规范性文件清理'];
  app.get('/api/normative-docs/campaigns/:id', { schema: { tags: campaignTags, summary: '清理详情（范围内文件及其清理结论）', params } }, async (request) =>
    getCampaign(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, campaignRegister, { skipDetail: true });
  app.post(
    '/api/normative-docs/campaigns/:id/items/:itemId',
    { schema: { tags: campaignTags, summary: '对范围内一件文件作出清理结论（继续有效/修改/废止/宣布失效）', params: params.extend({ itemId: idField }), body: campaignItemSchema } },
    async (request) => concludeItem(services, actorOf(request), request.params.id, request.params.itemId, request.body),
  );
  transitionRoute(app, {
    path: 'normative-docs/campaigns',
    tags: campaignTags,
    summary: '办理清理：close 完成清理（结论对文件生效） · publish 公布清理结果',
    names: Object.keys(campaignTransitions) as [CampaignTransition, ...CampaignTransition[]],
    fire: (actor, id, name, body) => fireCampaignTransition(services, actor, id, name, body),
  });

  normativeDocsPublicRoutes(app, services);
}
