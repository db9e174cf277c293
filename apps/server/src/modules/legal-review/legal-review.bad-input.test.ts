import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requiredMaterials, reviewCreateSchema, reviewUpdateSchema, reviewWorkflow, type ReviewStep } from '@fazhi/core/legal-review';
import { bySchema, byTransitionSchema, refusesInvalidBodies, type BodyRoute } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every mutation route of legal review refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('合法性审核: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  let requestId = '';
  let version = 0;

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    const made = await fzb.post('/api/legal-review/requests', {
      subjectKind: 'contract',
      title: '模糊测试采购合同',
      orgUnitId: h.seeded.org.subdistricts.get('西岭街道'),
      receivedOn: '2026-11-20',
      materials: requiredMaterials('contract'),
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    requestId = made.body.id;
    version = made.body.version;
  });
  after(() => h?.close());

  const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
  const transitionBodies: Record<ReviewStep, Record<string, unknown>> = {
    determine: { determinedOn: '2026-11-21', isNormativeDocument: false, determinationNote: '属于内部工作制度' },
    startReview: {},
    requestMaterials: { supplementRequestedOn: '2026-11-23', supplementNote: '请补充资质证明' },
    resumeReview: { suppliedOn: '2026-11-25' },
    extend: { extendedDueOn: '2026-12-04', extensionReason: '情况复杂' },
    conclude: { opinion: 'lawful', opinionText: '同意签订', concludedOn: '2026-11-25' },
    recordAdoption: { adopted: false, adoptionNote: '部分采纳' },
    returnRequest: { returnKind: 'materials', returnedOn: '2026-11-24', returnReason: '缺少合同相对方资质材料' },
    withdraw: { withdrawnOn: '2026-11-24', withdrawalReason: '不再签订' },
  };

  const routes = (): BodyRoute[] => [
    {
      name: 'POST /api/legal-review/requests',
      method: 'POST',
      url: () => '/api/legal-review/requests',
      cookie: () => cookie,
      valid: () => ({
        subjectKind: 'contract',
        title: '测试合同',
        counterparty: '测试公司',
        orgUnitId: h.seeded.org.subdistricts.get('西岭街道')!,
        receivedOn: '2026-11-20',
        note: '备注',
        contractAmount: 120000,
        materials: requiredMaterials('contract'),
      }),
      fields: keys(reviewCreateSchema),
      accepts: bySchema(reviewCreateSchema),
    },
    {
      name: 'PATCH /api/legal-review/requests/:id',
      method: 'PATCH',
      url: () => `/api/legal-review/requests/${requestId}`,
      cookie: () => cookie,
      valid: () => ({ version, title: '改名合同', note: '备注', contractAmount: 98000.5, materials: requiredMaterials('contract') }),
      fields: keys(reviewUpdateSchema),
      accepts: bySchema(reviewUpdateSchema),
    },
  ];
  const transitionRoutes = (): BodyRoute[] =>
    reviewWorkflow.names.map((name) => {
      const input = reviewWorkflow.steps[name].input;
      return {
        name: `POST /api/legal-review/requests/:id/transitions/${name}`,
        method: 'POST',
        url: () => `/api/legal-review/requests/${requestId}/transitions/${name}`,
        cookie: () => cookie,
        valid: () => ({ version, ...transitionBodies[name] }),
        fields: ['version', ...keys(input)],
        accepts: byTransitionSchema(input),
      };
    });

  for (const route of routes()) {
    it(`${route.name}: contract-invalid bodies are 400 problems naming a field, nothing written`, () => refusesInvalidBodies(h, [route]));
  }
  it('POST /api/legal-review/requests/:id/transitions/:name (every step): contract-invalid bodies are 400 problems naming a field, nothing written', () => refusesInvalidBodies(h, transitionRoutes()));
});
