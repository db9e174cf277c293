import { after, before, describe, it } from 'node:test';
import {
  campaignCreateSchema,
  campaignItemSchema,
  campaignTransitionInputs,
  campaignUpdateSchema,
  commentCreateSchema,
  commentHandlingSchema,
  documentCreateSchema,
  documentTransitionInputs,
  documentUpdateSchema,
  type CampaignTransition,
  type DocumentTransition,
} from '@fazhi/core/normative-docs';
import type { z } from 'zod';
import { startHarness, type Harness } from '../../../test/harness.js';
import { bySchema, byTransitionSchema, refusesInvalidBodies, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';

const keys = (schema: z.ZodType) => Object.keys((schema as z.ZodObject).shape);
const anyId = '00000000-0000-4000-8000-000000000002';

const validTransitionInput: Record<DocumentTransition, Record<string, Json>> = {
  startDrafting: { draftingUnitName: '区自然资源和规划局' },
  startPublicComment: { publicCommentStartsOn: '2026-09-28', publicCommentEndsOn: '2026-10-13' },
  submitForReview: {},
  returnToDrafting: { returnReason: '需补充依据' },
  deliberate: { meetingName: '主任办公会', meetingOn: '2026-10-23', deliberationDecision: 'approved' },
  sign: { signedOn: '2026-10-26', signerName: '孙区长' },
  register: { registrationNumber: 'SFGXDJ-2026-001', registeredOn: '2026-10-27' },
  issue: { issuedOn: '2026-10-27' },
  publish: { publishedOn: '2026-10-28', publicationChannel: 'website' },
  file: { filedOn: '2026-11-20', filedWith: '示范市人民政府' },
  enterIntoForce: { effectiveOn: '2026-12-01' },
  evaluate: { evaluatedOn: '2026-11-20', evaluationNote: '继续有效' },
  amend: { endedOn: '2026-11-20', endReason: '上位法修改', newVersionId: anyId },
  repeal: { endedOn: '2026-11-20', endReason: '上位法废止' },
  expire: { endedOn: '2026-11-20', endReason: '调整对象消失' },
};

describe('行政规范性文件: contract-invalid bodies are refused with a 400 naming the field, and nothing is written', () => {
  let h: Harness;
  let cookie: string;
  let doc: { id: string; version: number };
  let campaign: { id: string; version: number };
  const unit = () => h.seeded.org.departments.get('区自然资源和规划局')!;
  const newDocument = (): Record<string, Json> => ({ title: '示范高新区测试办法', orgUnitId: unit(), numberPrefix: '示范高新自然资规', proposedOn: '2026-08-03' });
  const newCampaign = (): Record<string, Json> => ({ name: '专项清理', orgUnitId: h.seeded.org.districtId, issuingUnitIds: [unit()], scopeFrom: '2021-01-01', scopeTo: '2025-12-31', startedOn: '2026-11-01', endsOn: '2026-12-15' });

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
      route({ name: 'update', method: 'PATCH', url: () => `${documents}/${doc.id}`, valid: () => ({ version: doc.version, title: '改名' }), fields: keys(documentUpdateSchema), accepts: bySchema(documentUpdateSchema) }),
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

  it('documents: every transition', () =>
    refusesInvalidBodies(
      h,
      (Object.keys(documentTransitionInputs) as DocumentTransition[]).map((name) =>
        route({
          name,
          method: 'POST',
          url: () => `${documents}/${doc.id}/transitions/${name}`,
          valid: () => ({ version: doc.version, ...validTransitionInput[name] }),
          fields: ['version', ...keys(documentTransitionInputs[name])],
          accepts: byTransitionSchema(documentTransitionInputs[name]),
        }),
      ),
    ));

  it('清理 campaigns: create, update, conclusions and transitions', () =>
    refusesInvalidBodies(h, [
      route({ name: 'create', method: 'POST', url: () => campaigns, valid: newCampaign, fields: keys(campaignCreateSchema), nested: [['issuingUnitIds', 0]], accepts: bySchema(campaignCreateSchema) }),
      route({ name: 'update', method: 'PATCH', url: () => `${campaigns}/${campaign.id}`, valid: () => ({ version: campaign.version, name: '改名' }), fields: keys(campaignUpdateSchema), accepts: bySchema(campaignUpdateSchema) }),
      route({
        name: 'item',
        method: 'POST',
        url: () => `${campaigns}/${campaign.id}/items/${anyId}`,
        valid: () => ({ version: campaign.version, conclusion: 'repeal', reason: '上位法废止' }),
        fields: keys(campaignItemSchema),
        accepts: bySchema(campaignItemSchema),
      }),
      ...(Object.keys(campaignTransitionInputs) as CampaignTransition[]).map((name) =>
        route({
          name,
          method: 'POST',
          url: () => `${campaigns}/${campaign.id}/transitions/${name}`,
          valid: () => ({ version: campaign.version, closedOn: '2026-11-30', publishedOn: '2026-12-01' }),
          fields: ['version', ...keys(campaignTransitionInputs[name])],
          accepts: byTransitionSchema(campaignTransitionInputs[name]),
        }),
      ),
    ]));
});
