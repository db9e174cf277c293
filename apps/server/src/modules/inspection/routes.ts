import { detailSchemaOf, idField, rowSchemaOf } from '@fazhi/core';
import { computeResultSchema, publishSchema, rankingSchema, readinessSchema, scoreDetailSchema, subjectDetailSchema } from '@fazhi/core/inspection';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { inspectionRegisters, schemeRegister, scoreRegister, subjectRegister } from './registers.js';
import { computeScores, getScore, getSubject, publishScheme, ranking, readiness } from './service.js';
import { scoreFlow, subjectFlow } from './workflow.js';

export async function inspectionRoutes(app: App, services: Services) {
  const tags = ['法治督察与考核'];
  const params = z.object({ id: idField });

  // Before the kit's routes, so these details carry their workflow steps.
  app.get('/api/inspection/subjects/:id', { schema: { tags, summary: '督察对象详情（含整改流转）', params, response: { 200: subjectDetailSchema } } }, async (request) =>
    getSubject(services, actorOf(request), request.params.id),
  );
  app.get('/api/inspection/scores/:id', { schema: { tags, summary: '考核得分详情（含指标穿透和申诉）', params, response: { 200: scoreDetailSchema } } }, async (request) =>
    getScore(services, actorOf(request), request.params.id),
  );
  for (const register of inspectionRegisters) registerRoutes(app, services, register, { skipDetail: register === subjectRegister || register === scoreRegister });
  workflowRoutes(app, services, subjectFlow, { tags, detail: (actor, id) => getSubject(services, actor, id), response: subjectDetailSchema });
  workflowRoutes(app, services, scoreFlow, { tags, detail: (actor, id) => getScore(services, actor, id), response: scoreDetailSchema });

  app.post(
    '/api/inspection/schemes/:id/compute',
    { schema: { tags, summary: '按绑定指标计算各单位得分', params, body: z.object({ version: z.int({ message: '缺少版本号' }).positive() }), response: { 200: computeResultSchema } } },
    async (request) => computeScores(services, actorOf(request), request.params.id, request.body.version),
  );
  app.post(
    '/api/inspection/schemes/:id/publish',
    { schema: { tags, summary: '向各单位公布考核结果', params, body: publishSchema, response: { 200: detailSchemaOf(rowSchemaOf(schemeRegister.spec)) } } },
    async (request) => publishScheme(services, actorOf(request), request.params.id, request.body.version, request.body.publishedOn),
  );
  app.get('/api/inspection/schemes/:id/ranking', { schema: { tags, summary: '考核得分排名（公布后各单位可见）', params, response: { 200: rankingSchema } } }, async (request) =>
    ranking(services, actorOf(request), request.params.id),
  );
  app.get(
    '/api/inspection/demonstration/readiness',
    {
      schema: {
        tags,
        summary: '示范创建各项指标达标情况',
        querystring: z.object({ year: z.coerce.number({ message: '年度应为整数' }).int({ message: '年度应为整数' }).min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' }) }),
        response: { 200: readinessSchema },
      },
    },
    async (request) => readiness(services, actorOf(request), request.query.year),
  );
}
