import { after, before, describe, it } from 'node:test';
import {
  campaignCreateSchema,
  campaignItemSchema,
  campaignUpdateSchema,
  campaignWorkflow,
  commentCreateSchema,
  commentHandlingSchema,
  documentCreateSchema,
  documentUpdateSchema,
  documentWorkflow,
} from '@fazhi/core/normative-docs';
import type { z } from 'zod';
import { startHarness, type Harness } from '../../../test/harness.js';
import { bySchema, refusesInvalidBodies, stepRoutes, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';

const keys = (schema: z.ZodType) => Object.keys((schema as z.ZodObject).shape);
const anyId = '00000000-0000-4000-8000-000000000002';

describe('行政规范性文件: contract-invalid bodies are refused with a 400 naming the field, and nothing is written', () => {
  let h: Harness;
  let cookie: string;
  let doc: { id: string; version: number };
  let campaign: { id: string; version: number };
  const unit = () => h.seeded.org.departments.get('区自然资源和规划局')!;
  const newDocument = (): Record<string, Json> => ({ title: '示范高新区测试办法', orgUnitId: unit(), numberPrefix: '示范高新自然资规', proposedOn: '2026-08-03' });
  const newCampaign = (): Record<string, Json> => ({
    name: '专项清理',
    orgUnitId: h.seeded.org.districtId,
    issuingUnitIds: [unit()],
    scopeFrom: '2021-01-01',
    scopeTo: '2025-12-31',
    startedOn: '2026-11-01',
    endsOn: '2026-12-15',
  });

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    doc = (await fzb.post('/api/normative-docs/documents', newDocument())).body;
    campaign = (await fzb.post('/api/normative-docs/campaigns', newCampaign())).body;
  });
  after(() => h.close());

  const route = (r: Omit<BodyRoute, 'cookie'>): BodyRoute => ({ ...r, cookie: () => cookie });
  const documents = '/api/normative-docs/documents';
  const campaigns = '/api/normative-docs/campaigns';

  it('documents: create, update, comments and their handling', () =>
    refusesInvalidBodies(h, [
      route({ name: 'create', method: 'POST', url: () => documents, valid: newDocument, fields: keys(documentCreateSchema), accepts: bySchema(documentCreateSchema) }),
      route({
        name: 'update',
        method: 'PATCH',
        url: () => `${documents}/${doc.id}`,
        valid: () => ({ version: doc.version, title: '改名' }),
        fields: keys(documentUpdateSchema),
        accepts: bySchema(documentUpdateSchema),
      }),
      route({
        name: 'comment',
        method: 'POST',
        url: () => `${documents}/${doc.id}/comments`,
        valid: () => ({ version: doc.version, commenter: '某企业', receivedOn: '2026-10-09', content: '建议' }),
        fields: keys(commentCreateSchema),
        accepts: bySchema(commentCreateSchema),
      }),
      route({
        name: 'handling',
        method: 'POST',
        url: () => `${documents}/${doc.id}/comments/${anyId}/handling`,
        valid: () => ({ version: doc.version, handling: 'notAdopted', handlingReason: '与上位法不符' }),
        fields: keys(commentHandlingSchema),
        accepts: bySchema(commentHandlingSchema),
      }),
    ]));

  it('documents: every step', () =>
    refusesInvalidBodies(h, stepRoutes(documents, documentWorkflow, { id: () => doc.id, version: () => doc.version, cookie: () => cookie, samples: { amend: { newVersionId: anyId } } })));

  it('清理 campaigns: create, update, conclusions and transitions', () =>
    refusesInvalidBodies(h, [
      route({ name: 'create', method: 'POST', url: () => campaigns, valid: newCampaign, fields: keys(campaignCreateSchema), nested: [['issuingUnitIds', 0]], accepts: bySchema(campaignCreateSchema) }),
      route({
        name: 'update',
        method: 'PATCH',
        url: () => `${campaigns}/${campaign.id}`,
        valid: () => ({ version: campaign.version, name: '改名' }),
        fields: keys(campaignUpdateSchema),
        accepts: bySchema(campaignUpdateSchema),
      }),
      route({
        name: 'item',
        method: 'POST',
        url: () => `${campaigns}/${campaign.id}/items/${anyId}`,
        valid: () => ({ version: campaign.version, conclusion: 'repeal', reason: '上位法废止' }),
        fields: keys(campaignItemSchema),
        accepts: bySchema(campaignItemSchema),
      }),
      ...stepRoutes(campaigns, campaignWorkflow, { id: () => campaign.id, version: () => campaign.version, cookie: () => cookie }),
    ]));
});
