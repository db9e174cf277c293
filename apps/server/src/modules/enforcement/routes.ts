import { idField } from '@fazhi/core';
import { officerYearSchema, revealedIdNumberSchema, revealReasonSchema } from '@fazhi/core/enforcement';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { enforcementPublicRoutes } from './public-routes.js';
import { caseRegister } from './case-registers.js';
import { enforcementRegisters } from './registers.js';
import { officerYear, revealOfficerIdNumber } from './service.js';

export async function enforcementRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });
  enforcementPublicRoutes(app, services);
  for (const register of [...enforcementRegisters, caseRegister]) registerRoutes(app, services, register);
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
  app.post(
    '/api/enforcement/officers/:id/reveal-id-number',
    { schema: { tags: ['执法人员'], summary: '查看执法人员完整公民身份号码（须说明理由，留痕）', params, body: revealReasonSchema, response: { 200: revealedIdNumberSchema } } },
    async (request) => revealOfficerIdNumber(services, actorOf(request), request.params.id, request.body.reason),
  );
}
