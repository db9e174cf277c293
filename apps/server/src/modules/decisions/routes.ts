import { idField, okResponse } from '@fazhi/core';
import { executionReportCreateSchema, recordedSteps, type RecordedStep } from '@fazhi/core/decisions';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { catalogueRegister, decisionRegister, matterRegister } from './registers.js';
import { addExecutionReport, getCatalogue, getDecision, getMatter, openCatalogueItems, recordStep, removeExecutionReport } from './service.js';
import { catalogueFlow, decisionFlow, matterFlow } from './workflow.js';

export async function decisionsRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });

  // 决策事项目录
  const catalogueTags = ['重大行政决策事项目录'];
  app.get('/api/decisions/catalogues/:id', { schema: { tags: catalogueTags, summary: '目录详情（含事项及已启动的决策）', params } }, async (request) =>
    getCatalogue(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, catalogueRegister, { skipDetail: true });
  workflowRoutes(app, services, catalogueFlow, { tags: catalogueTags, detail: (actor, id) => getCatalogue(services, actor, id) });
  app.get('/api/decisions/open-items', { schema: { tags: catalogueTags, summary: '本人单位承办、尚未启动决策程序的目录事项' } }, async (request) => openCatalogueItems(services, actorOf(request)));

  // 重大行政决策
  const tags = ['重大行政决策'];
  app.get('/api/decisions/decisions/:id', { schema: { tags, summary: '决策详情（含程序清单、专家意见、会议组成人员意见、执行情况、可办理的流转）', params } }, async (request) =>
    getDecision(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, decisionRegister, { skipDetail: true });
  workflowRoutes(app, services, decisionFlow, { tags, detail: (actor, id) => getDecision(services, actor, id) });
  app.post(
    '/api/decisions/decisions/:id/steps/:step',
    {
      schema: {
        tags,
        summary: '登记决策程序（publicComment 公众参与 · hearing 听证 · expertReview 专家论证 · riskAssessment 风险评估 · postEvaluation 后评估 · archive 归档），或标明不适用并说明理由',
        params: params.extend({ step: recordedSteps.schema }),
        body: z.looseObject({ version: z.int({ message: '缺少版本号' }).positive() }),
      },
    },
    async (request) => recordStep(services, actorOf(request), request.params.id, request.params.step as RecordedStep, request.body),
  );
  app.post('/api/decisions/decisions/:id/execution-reports', { schema: { tags, summary: '登记决策执行情况报告', params, body: executionReportCreateSchema } }, async (request, reply) =>
    reply.code(201).send(await addExecutionReport(services, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/decisions/decisions/:id/execution-reports/:reportId',
    { schema: { tags, summary: '删除误登记的执行情况报告', params: params.extend({ reportId: idField }), response: { 200: okResponse } } },
    async (request) => {
      await removeExecutionReport(services, actorOf(request), request.params.id, request.params.reportId);
      return { ok: true };
    },
  );

  // 街道重大事项
  const matterTags = ['街道重大事项'];
  app.get('/api/decisions/matters/:id', { schema: { tags: matterTags, summary: '街道重大事项详情（含合法性审查情况）', params } }, async (request) =>
    getMatter(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, matterRegister, { skipDetail: true });
  workflowRoutes(app, services, matterFlow, { tags: matterTags, detail: (actor, id) => getMatter(services, actor, id) });
}
