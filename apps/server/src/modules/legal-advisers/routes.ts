import { idField, listQuerySchema } from '@fazhi/core';
import { revealReasonSchema, servedOptionsSchema } from '@fazhi/core/legal-advisers';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { legalAdvisersPublicRoutes } from './public-routes.js';
import { adviserRegister, enterpriseRegister, publicLawyerRegister, serviceRegister, themeRegister } from './registers.js';
import { getAdviser, getPublicLawyer, providerServices, providersFor, revealAdviserPhone, servedOptionsFor, serviceDefaults } from './service.js';

export async function legalAdvisersRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });

  // Registered before the kit's routes so the details carry the totals of the service log.
  app.get('/api/legal-advisers/advisers/:id', { schema: { tags: ['法律顾问'], summary: '法律顾问详情（含服务单位、服务台账合计）', params } }, async (request) =>
    getAdviser(services, actorOf(request), request.params.id),
  );
  app.get('/api/legal-advisers/public-lawyers/:id', { schema: { tags: ['公职律师'], summary: '公职律师详情（含服务台账合计）', params } }, async (request) =>
    getPublicLawyer(services, actorOf(request), request.params.id),
  );
  legalAdvisersPublicRoutes(app, services);
  registerRoutes(app, services, adviserRegister, { skipDetail: true });
  registerRoutes(app, services, publicLawyerRegister, { skipDetail: true });
  registerRoutes(app, services, serviceRegister);
  registerRoutes(app, services, enterpriseRegister);
  registerRoutes(app, services, themeRegister);

  app.get('/api/legal-advisers/advisers/:id/services', { schema: { tags: ['法律顾问'], summary: '该法律顾问的服务台账', params, querystring: listQuerySchema } }, async (request) =>
    providerServices(services, actorOf(request), 'adviser', request.params.id, request.query),
  );
  app.get('/api/legal-advisers/public-lawyers/:id/services', { schema: { tags: ['公职律师'], summary: '该公职律师的服务台账', params, querystring: listQuerySchema } }, async (request) =>
    providerServices(services, actorOf(request), 'publicLawyer', request.params.id, request.query),
  );
  app.post(
    '/api/legal-advisers/advisers/:id/reveal-phone',
    { schema: { tags: ['法律顾问'], summary: '查看法律顾问完整联系电话（须说明理由，留痕）', params, body: revealReasonSchema } },
    async (request) => revealAdviserPhone(services, actorOf(request), request.params.id, request.body.reason),
  );
  app.get(
    '/api/legal-advisers/providers',
    { schema: { tags: ['服务台账'], summary: '登记服务时可选的法律顾问和公职律师（服务该单位者在前）', querystring: z.object({ orgUnitId: idField }) } },
    async (request) => providersFor(services, actorOf(request), request.query.orgUnitId),
  );
  app.get(
    '/api/legal-advisers/served-options',
    {
      schema: {
        tags: ['服务台账'],
        summary: '登记服务时该单位可选的园区企业和“一月一主题”',
        querystring: z.object({ orgUnitId: idField }),
        response: { 200: servedOptionsSchema },
      },
    },
    async (request) => servedOptionsFor(services, actorOf(request), request.query.orgUnitId),
  );
  app.get('/api/legal-advisers/services/defaults', { schema: { tags: ['服务台账'], summary: '快速登记的默认值：今天、上次登记的单位、类型和服务提供者' } }, async (request) =>
    serviceDefaults(services, actorOf(request)),
  );
}
