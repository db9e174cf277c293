import { idField } from '@fazhi/core';
import { reviewTransitions, type ReviewTransition } from '@fazhi/core/legal-review';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes, transitionRoute } from '../../platform/register/routes.js';
import { reviewRegister } from './registers.js';
import { fireReviewTransition, getRequest, reviewTodo } from './service.js';

export async function legalReviewRoutes(app: App, services: Services) {
  const tags = ['合法性审核'];
  const params = z.object({ id: idField });
  const names = Object.keys(reviewTransitions) as [ReviewTransition, ...ReviewTransition[]];

  // Before the kit's routes, so the detail carries the workflow (steps, days left, linked subject).
  app.get('/api/legal-review/requests/:id', { schema: { tags, summary: '审核事项详情（含送审对象、剩余天数、可办理的流转）', params } }, async (request) =>
    getRequest(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, reviewRegister, { skipDetail: true });

  app.get('/api/legal-review/todo', { schema: { tags, summary: '待办：审核期限3日内到期或已逾期、由本人审核（所在范围或被指派）的事项' } }, async (request) =>
    reviewTodo(services, actorOf(request)),
  );

  transitionRoute(app, {
    path: 'legal-review/requests',
    tags,
    summary:
      '办理流转：startReview 开始审核 · requestMaterials 通知补充材料（暂停计时） · resumeReview 恢复审核 · extend 延长期限（规范性文件，最长15个工作日） · conclude 出具审核意见 · recordAdoption 登记采纳情况 · withdraw 撤回',
    names,
    fire: (actor, id, name, body) => fireReviewTransition(services, actor, id, name, body),
  });
}
