import { idField } from '@fazhi/core';
import { catalogueTransitions, decisionTransitions, executionReportCreateSchema, matterTransitions, recordedSteps, type CatalogueTransition, type DecisionTransition, type MatterTransition, type RecordedStep } from '@fazhi/core/decisions';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes, transitionRoute } from '../../platform/register/routes.js';
import { catalogueRegister, decisionRegister, matterRegister } from './registers.js';
import {
  addExecutionReport,
  fireCatalogueTransition,
  fireDecisionTransition,
  fireMatterTransition,
  getCatalogue,
  getDecision,
  getMatter,
  openCatalogueItems,
  recordStep,
  removeExecutionReport,
} from './service.js';

const namesOf = <T extends string>(o: Record<T, unknown>) => Object.keys(o) as [T, ...T[]];

export async function decisionsRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });

  // 决策事项目录
  const catalogueTags = ['重大行政决策事项目录'];
  app.get('/api/decisions/catalogues/:id', { schema: { tags: catalogueTags, summary: '目录详情（含事项及已启动的决策）', params } }, async (request) =>
    getCatalogue(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, catalogueRegister, { skipDetail: true });
  transitionRoute(app, {
    path: 'decisions/catalogues',
    tags: catalogueTags,
    summary: '目录流转：approve 审定（须经同级党委同意） · publish 公布',
    names: namesOf<CatalogueTransition>(catalogueTransitions),
    fire: (actor, id, name, body) => fireCatalogueTransition(services, actor, id, name, body),
  });
  app.get('/api/decisions/open-items', { schema: { tags: catalogueTags, summary: '本人单位承办、尚未启动决策程序的目录事项' } }, async (request) =>
    openCatalogueItems(services, actorOf(request)),
  );

  // 重大行政决策
  const tags = ['重大行政决策'];
  app.get('/api/decisions/decisions/:id', { schema: { tags, summary: '决策详情（含程序清单、专家意见、会议组成人员意见、执行情况、可办理的流转）', params } }, async (request) =>
    getDecision(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, decisionRegister, { skipDetail: true });
  transitionRoute(app, {
    path: 'decisions/decisions',
    tags,
    summary: '决策流转：deliberate 登记集体讨论决定 · publish 公布 · close 办结（须已归档）',
    names: namesOf<DecisionTransition>(decisionTransitions),
    fire: (actor, id, name, body) => fireDecisionTransition(services, actor, id, name, body),
  });
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

  app.delete('/api/decisions/decisions/:id/execution-reports/:reportId', { schema: { tags, summary: '删除误登记的执行情况报告', params: params.extend({ reportId: idField }) } }, async (request) => {
    await removeExecutionReport(services, actorOf(request), request.params.id, request.params.reportId);
    return { ok: true };
  });

  // 街道重大事项
  const matterTags = ['街道重大事项'];
  app.get('/api/decisions/matters/:id', { schema: { tags: matterTags, summary: '街道重大事项详情（含合法性审查情况）', params } }, async (request) =>
    getMatter(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, matterRegister, { skipDetail: true });
  transitionRoute(app, {
    path: 'decisions/matters',
    tags: matterTags,
    summary: '事项流转：decide 登记会议决定（须已通过合法性审查）',
    names: namesOf<MatterTransition>(matterTransitions),
    fire: (actor, id, name, body) => fireMatterTransition(services, actor, id, name, body),
  });
}
