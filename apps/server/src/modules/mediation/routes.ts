import { idField } from '@fazhi/core';
import { committeeDetailSchema, disputeDetailSchema, revealedPartySchema, revealReasonSchema } from '@fazhi/core/mediation';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { mediationPublicRoutes } from './public-routes.js';
import { campaignRegister, committeeRegister, disputeRegister, honourRegister, mediatorRegister } from './registers.js';
import { getCommittee, getDispute, revealParty } from './service.js';
import { disputeFlow } from './workflow.js';

export async function mediationRoutes(app: App, services: Services) {
  const tags = ['人民调解'];
  const params = z.object({ id: idField });

  // Registered before the kit's routes so the details carry their workflow steps and composition check.
  app.get('/api/mediation/disputes/:id', { schema: { tags, summary: '纠纷详情（含当事人、调解记录、可办理的流转）', params, response: { 200: disputeDetailSchema } } }, async (request) =>
    getDispute(services, actorOf(request), request.params.id),
  );
  app.get('/api/mediation/committees/:id', { schema: { tags, summary: '调委会详情（含委员组成是否符合人民调解法第八条）', params, response: { 200: committeeDetailSchema } } }, async (request) =>
    getCommittee(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, disputeRegister, { skipDetail: true });
  registerRoutes(app, services, committeeRegister, { skipDetail: true });
  registerRoutes(app, services, mediatorRegister);
  registerRoutes(app, services, honourRegister);
  registerRoutes(app, services, campaignRegister);
  workflowRoutes(app, services, disputeFlow, { tags, detail: (actor, id) => getDispute(services, actor, id), response: disputeDetailSchema });

  app.post(
    '/api/mediation/disputes/:id/parties/:partyId/reveal',
    { schema: { tags, summary: '查看当事人完整身份证号和电话（须说明理由，留痕）', params: params.extend({ partyId: idField }), body: revealReasonSchema, response: { 200: revealedPartySchema } } },
    async (request) => revealParty(services, actorOf(request), request.params.id, request.params.partyId, request.body.reason),
  );
  mediationPublicRoutes(app, services);
}
