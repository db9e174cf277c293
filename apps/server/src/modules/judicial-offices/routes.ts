import { idField, listQuerySchema, listResponseOf, rowSchemaOf, type ListResult } from '@fazhi/core';
import { ratingDetailSchema, revealedSchema, revealReasonSchema, trainingSpec } from '@fazhi/core/judicial-offices';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { judicialOfficesPublicRoutes } from './public-routes.js';
import { activityRegister, assistantRegister, itemRegister, officeRegister, ratingRegister, standardRegister, trainingRegister } from './registers.js';
import { assistantTrainings, getRating, revealAssistant } from './service.js';
import { ratingFlow } from './workflow.js';

export async function judicialOfficesRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });
  const tags = ['规范化评定'];
  const trainingRow = rowSchemaOf(trainingSpec);

  // Registered before the kit's routes so the rating detail carries its score sheet and steps.
  app.get('/api/judicial-offices/ratings/:id', { schema: { tags, summary: '规范化评定详情（含评分表、可办理的流转）', params, response: { 200: ratingDetailSchema } } }, async (request) =>
    getRating(services, actorOf(request), request.params.id),
  );
  judicialOfficesPublicRoutes(app, services);
  registerRoutes(app, services, officeRegister);
  registerRoutes(app, services, standardRegister);
  registerRoutes(app, services, itemRegister);
  registerRoutes(app, services, ratingRegister, { skipDetail: true });
  registerRoutes(app, services, activityRegister);
  registerRoutes(app, services, assistantRegister);
  registerRoutes(app, services, trainingRegister);
  workflowRoutes(app, services, ratingFlow, { tags, detail: (actor, id) => getRating(services, actor, id), response: ratingDetailSchema });

  app.get(
    '/api/judicial-offices/assistants/:id/trainings',
    { schema: { tags: ['司法协理员'], summary: '该司法协理员的培训记录', params, querystring: listQuerySchema, response: { 200: listResponseOf(trainingRow) } } },
    // Rows come from the register kit; NODE_ENV=test checks them against the row schema.
    async (request) => (await assistantTrainings(services, actorOf(request), request.params.id, request.query)) as ListResult<z.input<typeof trainingRow>>,
  );
  for (const field of ['idNumber', 'phone'] as const) {
    app.post(
      `/api/judicial-offices/assistants/:id/reveal-${field === 'idNumber' ? 'id-number' : 'phone'}`,
      {
        schema: {
          tags: ['司法协理员'],
          summary: `查看司法协理员完整${field === 'idNumber' ? '公民身份号码' : '联系电话'}（须说明理由，留痕）`,
          params,
          body: revealReasonSchema,
          response: { 200: revealedSchema },
        },
      },
      async (request) => revealAssistant(services, actorOf(request), request.params.id, field, request.body.reason),
    );
  }
}
