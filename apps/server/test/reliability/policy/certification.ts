import assert from 'node:assert/strict';
import { verificationWorkflow } from '@fazhi/core/certification';
import { marker, registerProbes, workflowProbes, type PolicyPart, type Target } from './kit.js';

const items = '/api/certification/items';
const verifications = '/api/certification/verifications';
const stats = '/api/certification/service-stats';

let n = 0;
const itemBody = (orgUnitId: string) => ({
  code: `${marker}ZM${++n}`,
  name: `${marker}证明`,
  orgUnitId,
  legalBasis: '《矩阵条例》第一条',
  handling: 'kept',
  commitmentApplies: true,
  effectiveOn: '2026-01-01',
});
const verificationBody = (t: Target) => ({ orgUnitId: t.unitId, respondingUnitId: t.records.responder!, itemId: t.records.item!, matter: `${marker}核查`, requestedOn: '2026-11-20' });
// One entry per unit and month: every create probe takes a month of its own.
let m = 0;
const statBody = (orgUnitId: string) => {
  m++;
  return { orgUnitId, month: `20${30 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, eLicenseServices: 10, crossProvinceItems: 2, crossProvinceCases: 30 };
};

/**
 * Routes of the certification module. The responding unit of the fixture request lies inside the probed unit, so
 * the access it gets through counterpartUnitColumns never differs from the record unit's scope here; the
 * certification API test checks that access between two unrelated units.
 */
export const certificationPolicy: PolicyPart = {
  setup: async ({ fzb, admin }, { unitId }) => {
    const responder = await admin.post('/api/org/units', { parentId: unitId, name: `${marker}协查科室${unitId.slice(0, 4)}`, kind: 'department' });
    assert.equal(responder.status, 201, JSON.stringify(responder.body));
    const item = await fzb.post(items, itemBody(unitId));
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const verification = await fzb.post(verifications, { orgUnitId: unitId, respondingUnitId: responder.body.id, itemId: item.body.id, matter: `${marker}核查`, requestedOn: '2026-11-20' });
    assert.equal(verification.status, 201, JSON.stringify(verification.body));
    const stat = await fzb.post(stats, statBody(unitId));
    assert.equal(stat.status, 201, JSON.stringify(stat.body));
    return { responder: responder.body.id, item: item.body.id, verification: verification.body.id, stat: stat.body.id };
  },
  probes: (f) => ({
    ...registerProbes(f, items, 'certification', 'item', (t) => t.records.item!, { ok: 201, body: (t) => itemBody(t.unitId) }),
    ...registerProbes(f, verifications, 'certification', 'verification', (t) => t.records.verification!, { ok: 201, body: verificationBody }, { skipDetail: true }),
    ...registerProbes(f, stats, 'certification', 'stat', (t) => t.records.stat!, { ok: 201, body: (t) => statBody(t.unitId) }),
    [`GET ${verifications}/{id}`]: {
      need: { kind: 'record', module: 'certification', action: 'read', entity: 'verification' },
      ok: 200,
      call: (c, t) => c.get(`${verifications}/${t.records.verification}`),
    },
    ...workflowProbes(verifications, 'certification', 'verification', (t) => t.records.verification!, verificationWorkflow),
    'GET /api/public/certification-items': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/certification-items?q=%E8%AF%81%E6%98%8E') },
  }),
};
