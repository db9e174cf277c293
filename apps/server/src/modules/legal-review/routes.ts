import { fileResponse, idField } from '@fazhi/core';
import { assignableUsersSchema, reviewDetailSchema, reviewTodoSchema } from '@fazhi/core/legal-review';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { sendDownload } from '../../platform/http/download.js';
import { opinionDocx } from './opinion-docx.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { reviewRegister } from './registers.js';
import { assignableUsers, getRequest, reviewTodo } from './service.js';
import { reviewFlow } from './workflow.js';

export async function legalReviewRoutes(app: App, services: Services) {
  const tags = ['合法性审核'];
  const params = z.object({ id: idField });

  // Before the kit's routes, so the detail carries the workflow (steps, days left, linked subject).
  app.get('/api/legal-review/requests/:id', { schema: { tags, summary: '审核事项详情（含送审对象、剩余天数、可办理的流转）', params, response: { 200: reviewDetailSchema } } }, async (request) =>
    getRequest(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, reviewRegister, { skipDetail: true });

  app.get('/api/legal-review/todo', { schema: { tags, summary: '待办：审核期限3日内到期或已逾期、由本人审核（所在范围或被指派）的事项', response: { 200: reviewTodoSchema } } }, async (request) =>
    reviewTodo(services, actorOf(request)),
  );

  app.get(
    '/api/legal-review/requests/:id/opinion.docx',
    { schema: { tags, summary: '下载合法性审核意见书（DOCX，按GB/T 9704排版，含意见书编号）', params, response: { 200: fileResponse } } },
    async (request, reply) => {
      const file = await opinionDocx(services, actorOf(request), request.params.id);
      return sendDownload(reply, file.filename, file.body);
    },
  );

  app.get(
    '/api/legal-review/assignable-users',
    {
      schema: {
        tags,
        summary: '可指派的审核人员或法律顾问（仅列出具有相应职责的人员）',
        querystring: z.object({ role: z.enum(['reviewer', 'adviser'], { message: '请选择指派角色' }), q: z.string().trim().max(30, { message: '关键词不能超过30个字' }).optional() }),
        response: { 200: assignableUsersSchema },
      },
    },
    async (request) => assignableUsers(services, actorOf(request), request.query.role, request.query.q || undefined),
  );

  workflowRoutes(app, services, reviewFlow, { tags, detail: (actor, id) => getRequest(services, actor, id), response: reviewDetailSchema });
}
