import { idField } from '@fazhi/core';
import { reviewDetailSchema, reviewTodoSchema } from '@fazhi/core/legal-review';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { reviewRegister } from './registers.js';
import { getRequest, reviewTodo } from './service.js';
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

  workflowRoutes(app, services, reviewFlow, { tags, detail: (actor, id) => getRequest(services, actor, id), response: reviewDetailSchema });
}
