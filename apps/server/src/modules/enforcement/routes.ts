import { detailSchemaOf, idField, rowSchemaOf } from '@fazhi/core';
import { applicationDetailSchema, campaignResultsSchema, fileScoresSchema, officerYearSchema, reviewersInputSchema, reviewFileSpec, scoresInputSchema } from '@fazhi/core/enforcement';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { applicationFlow, applicationRegister, getApplication } from './application-registers.js';
import { enforcementPublicRoutes } from './public-routes.js';
import { caseRegister } from './case-registers.js';
import { enforcementRegisters } from './registers.js';
import { reviewRegisters } from './review-registers.js';
import { campaignResults, fileScores, setReviewers, submitScores } from './review-service.js';
import { officerYear } from './service.js';

export async function enforcementRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });
  enforcementPublicRoutes(app, services);
  for (const register of [...enforcementRegisters, caseRegister, ...reviewRegisters]) registerRoutes(app, services, register);
  // Registered before the kit's routes so the detail carries its workflow steps.
  const applicationTags = ['执法证件申领'];
  app.get(
    '/api/enforcement/applications/:id',
    { schema: { tags: applicationTags, summary: '执法证件申领详情（含可办理的录入成绩、发证、不予发证）', params, response: { 200: applicationDetailSchema } } },
    async (request) => getApplication(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, applicationRegister, { skipDetail: true });
  workflowRoutes(app, services, applicationFlow, { tags: applicationTags, detail: (actor, id) => getApplication(services, actor, id), response: applicationDetailSchema });
  app.get(
    '/api/enforcement/officers/:id/year',
    {
      schema: {
        tags: ['执法人员'],
        summary: '执法人员年度情况：证件、年审和当年培训学时',
        params,
        querystring: z.object({
          year: z.coerce
            .number({ error: '年度应为整数' })
            .int({ message: '年度应为整数' })
            .min(2000, { message: '年度应在2000年至2100年之间' })
            .max(2100, { message: '年度应在2000年至2100年之间' })
            .optional(),
        }),
        response: { 200: officerYearSchema },
      },
    },
    async (request) => officerYear(services, actorOf(request), request.params.id, request.query.year ?? new Date().getFullYear()),
  );
  const files = '/api/enforcement/review-files/:id';
  app.put(
    `${files}/reviewers`,
    { schema: { tags: ['案卷评查'], summary: '指定评查人员（可跨单位，整体替换）', params, body: reviewersInputSchema, response: { 200: detailSchemaOf(rowSchemaOf(reviewFileSpec)) } } },
    async (request) => setReviewers(services, actorOf(request), request.params.id, request.body.userIds),
  );
  app.get(`${files}/scores`, { schema: { tags: ['案卷评查'], summary: '评查标准及本人评分；组织单位可见各评查人员得分', params, response: { 200: fileScoresSchema } } }, async (request) =>
    fileScores(services, actorOf(request), request.params.id),
  );
  app.put(
    `${files}/scores`,
    { schema: { tags: ['案卷评查'], summary: '评查人员逐项评分（整体替换本人评分），按活动定分规则计算案卷得分', params, body: scoresInputSchema, response: { 200: fileScoresSchema } } },
    async (request) => submitScores(services, actorOf(request), request.params.id, request.body.scores),
  );
  app.get('/api/enforcement/review-campaigns/:id/results', { schema: { tags: ['案卷评查'], summary: '评查结果（按执法主体）', params, response: { 200: campaignResultsSchema } } }, async (request) =>
    campaignResults(services, actorOf(request), request.params.id),
  );
}
