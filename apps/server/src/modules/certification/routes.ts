import { idField } from '@fazhi/core';
import { verificationDetailSchema } from '@fazhi/core/certification';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { certificationPublicRoutes } from './public-routes.js';
import { itemRegister, statRegister, verificationRegister } from './registers.js';
import { getVerification } from './service.js';
import { verificationFlow } from './workflow.js';

export async function certificationRoutes(app: App, services: Services) {
  const tags = ['行政协助核查'];
  const params = z.object({ id: idField });
  certificationPublicRoutes(app, services);
  // Registered before the kit's routes so the detail carries its workflow steps.
  app.get('/api/certification/verifications/:id', { schema: { tags, summary: '协助核查详情（含可办理的答复、退回）', params, response: { 200: verificationDetailSchema } } }, async (request) =>
    getVerification(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, itemRegister);
  registerRoutes(app, services, verificationRegister, { skipDetail: true });
  registerRoutes(app, services, statRegister);
  workflowRoutes(app, services, verificationFlow, { tags, detail: (actor, id) => getVerification(services, actor, id), response: verificationDetailSchema });
}
