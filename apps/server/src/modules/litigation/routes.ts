import { idField } from '@fazhi/core';
import { caseTransitions, hearingCreateSchema, type CaseTransition } from '@fazhi/core/litigation';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { resolveScope } from '../../platform/indicators/routes.js';
import { monthlyBulletin } from './bulletin.js';
import { caseRegister, observationRegister } from './registers.js';
import { addHearing, defenceTodo, fireTransition, getCase, removeHearing, revealPlaintiffId } from './service.js';

export async function litigationRoutes(app: App, services: Services) {
  const tags = ['行政诉讼案件'];
  const params = z.object({ id: idField });
  const transitionNames = Object.keys(caseTransitions) as [CaseTransition, ...CaseTransition[]];

  // Registered before the kit's routes so the case detail includes its workflow state.
  app.get('/api/litigation/cases/:id', { schema: { tags, summary: '案件详情（含原告、庭审、可办理的流转）', params } }, async (request) =>
    getCase(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, caseRegister, { skipDetail: true });
  registerRoutes(app, services, observationRegister);

  app.get('/api/litigation/todo', { schema: { tags, summary: '待办：答辩期限三日内到期或已逾期的案件' } }, async (request) => defenceTodo(services, actorOf(request)));

  app.get(
    '/api/litigation/bulletin',
    {
      schema: {
        tags,
        summary: '月度行政应诉通报：当月各单位收案、结案、败诉、开庭与负责人出庭情况',
        querystring: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' }), org: idField.optional() }),
      },
    },
    async (request) => {
      const { month, org } = request.query;
      const [y, m] = month.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const actor = actorOf(request);
      const scope = await resolveScope(services.db, actor, { org, from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` });
      return monthlyBulletin(services, actor, scope);
    },
  );

  app.post(
    '/api/litigation/cases/:id/transitions/:name',
    {
      schema: {
        tags,
        summary: '办理流转：startDefence 开始答辩 · submitDefence 提交答辩状 · close 结案 · appeal 上诉 · archive 归档',
        params: params.extend({ name: z.enum(transitionNames, { message: '不存在的流转' }) }),
        body: z.looseObject({ version: z.int({ message: '缺少版本号' }).positive() }),
      },
    },
    async (request) => fireTransition(services, actorOf(request), request.params.id, request.params.name, request.body),
  );

  app.post('/api/litigation/cases/:id/hearings', { schema: { tags, summary: '登记庭审（含负责人出庭情况）', params, body: hearingCreateSchema } }, async (request, reply) =>
    reply.code(201).send(await addHearing(services, actorOf(request), request.params.id, request.body)),
  );
  app.delete('/api/litigation/cases/:id/hearings/:hearingId', { schema: { tags, summary: '删除庭审记录', params: params.extend({ hearingId: idField }) } }, async (request) => {
    await removeHearing(services, actorOf(request), request.params.id, request.params.hearingId);
    return { ok: true };
  });
  app.post(
    '/api/litigation/cases/:id/plaintiffs/:plaintiffId/reveal',
    {
      schema: {
        tags,
        summary: '查看原告完整身份证号（须说明理由，留痕）',
        params: params.extend({ plaintiffId: idField }),
        body: z.object({ reason: z.string().trim().min(2, { message: '请说明查看理由' }).max(200) }),
      },
    },
    async (request) => revealPlaintiffId(services, actorOf(request), request.params.id, request.params.plaintiffId, request.body.reason),
  );
}
