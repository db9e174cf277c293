import assert from 'node:assert/strict';
import { withCreditCheckCharacter, withIdCheckCharacter } from '@fazhi/core';
import { marker, registerProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/enforcement';
const bodies = `${base}/bodies`;
const officers = `${base}/officers`;
const certificates = `${base}/certificates`;
const reviews = `${base}/reviews`;
const trainings = `${base}/trainings`;
const items = `${base}/items`;
const standards = `${base}/standards`;
const leniencyItems = `${base}/leniency-items`;
const decisions = `${base}/leniency-decisions`;
const cases = `${base}/cases`;

const id = (name: string) => (t: Target) => t.records[name]!;
// Certificate numbers are unique and a certificate has one 年审 a year: each allowed create takes the next.
let n = 0;
const nextNumber = () => `3708${String(9_000_000 + n++).padStart(7, '0')}`;
let y = 0;
const nextYear = () => 2031 + (y++ % 69);

const bodyBody = (orgUnitId: string) => ({ name: `${marker}执法主体`, kind: 'statutory', field: 'other', legalBasis: marker, orgUnitId });
const officerBody = (t: Target) => ({
  name: `${marker}执法员`,
  gender: 'male',
  idNumber: withIdCheckCharacter('37089919900101123'),
  bodyId: t.records.enfBody!,
  orgUnitId: t.unitId,
  post: 'civilServant',
});
const certificateBody = (t: Target) => ({ officerId: t.records.enfOfficer!, orgUnitId: t.unitId, kind: 'enforcement', number: nextNumber(), issuedOn: '2026-01-05' });
const reviewBody = (t: Target) => ({ certificateId: t.records.enfCertificate!, orgUnitId: t.unitId, year: nextYear(), result: 'passed', reviewedOn: '2100-01-01' });
const trainingBody = (t: Target) => ({ officerId: t.records.enfOfficer!, orgUnitId: t.unitId, trainedOn: '2026-05-01', course: `${marker}培训`, hours: 4, source: 'offline' });
const itemBody = (t: Target) => ({ code: `${marker}SX`, name: `${marker}事项`, kind: 'penalty', legalBasis: marker, bodyId: t.records.enfBody!, orgUnitId: t.unitId });
const standardBody = (t: Target) => ({ itemId: t.records.enfItem!, orgUnitId: t.unitId, circumstance: `${marker}情节`, fineMin: 100, fineMax: 1000 });
const leniencyItemBody = (orgUnitId: string) => ({ code: `${marker}BF`, behaviour: `${marker}行为`, legalBasis: marker, outcome: 'none', conditions: marker, field: 'other', orgUnitId });
const decisionBody = (t: Target) => ({
  entityName: `${marker}企业`,
  creditCode: withCreditCheckCharacter('91370899MA3C4D5E6'),
  leniencyItemId: t.records.enfLeniencyItem!,
  outcome: 'none',
  decidedOn: '2026-06-01',
  bodyId: t.records.enfBody!,
  orgUnitId: t.unitId,
});

let c = 0;
// The first officer's certificate dates from 2026-01-05: the case is decided after it (two officers, 行政处罚法 第42条).
const caseBody = (t: Target) => ({
  caseNumber: `${marker}立〔2026〕${c++}号`,
  itemId: t.records.enfItem!,
  bodyId: t.records.enfBody!,
  orgUnitId: t.unitId,
  partyKind: 'organisation',
  partyName: `${marker}企业`,
  officer1Id: t.records.enfOfficer!,
  officer2Id: t.records.enfOfficer2!,
  filedOn: '2026-03-02',
});

/** Routes of the enforcement module: every register by the unit's scope; the ID number only with `reveal`; the portal open to all. */
export const enforcementPolicy: PolicyPart = {
  setup: async ({ fzb }, { unitId }) => {
    const made = async (path: string, body: object) => {
      const res = await fzb.post(path, body);
      assert.equal(res.status, 201, `${path} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const t = { unitId, records: {} as Record<string, string> } as Target;
    const body = await made(bodies, bodyBody(unitId));
    t.records.enfBody = body;
    const officer = await made(officers, officerBody(t));
    t.records.enfOfficer = officer;
    const certificate = await made(certificates, certificateBody(t));
    t.records.enfCertificate = certificate;
    const review = await made(reviews, reviewBody(t));
    const officer2 = await made(officers, { ...officerBody(t), name: `${marker}执法员二` });
    t.records.enfOfficer2 = officer2;
    await made(certificates, { ...certificateBody(t), officerId: officer2 });
    const training = await made(trainings, trainingBody(t));
    const item = await made(items, itemBody(t));
    t.records.enfItem = item;
    const standard = await made(standards, standardBody(t));
    const leniencyItem = await made(leniencyItems, leniencyItemBody(unitId));
    t.records.enfLeniencyItem = leniencyItem;
    const decision = await made(decisions, decisionBody(t));
    const enfCase = await made(cases, caseBody(t));
    // Prefixed: fixture names are shared by every module's part.
    return {
      enfBody: body,
      enfOfficer: officer,
      enfCertificate: certificate,
      enfReview: review,
      enfTraining: training,
      enfItem: item,
      enfStandard: standard,
      enfLeniencyItem: leniencyItem,
      enfDecision: decision,
      enfOfficer2: officer2,
      enfCase: enfCase,
    };
  },
  probes: (f) => ({
    ...registerProbes(f, bodies, 'enforcement', 'enfBody', id('enfBody'), { ok: 201, body: (t) => bodyBody(t.unitId) }),
    ...registerProbes(f, officers, 'enforcement', 'enfOfficer', id('enfOfficer'), { ok: 201, body: officerBody }),
    ...registerProbes(f, certificates, 'enforcement', 'enfCertificate', id('enfCertificate'), { ok: 201, body: certificateBody }),
    ...registerProbes(f, reviews, 'enforcement', 'enfReview', id('enfReview'), { ok: 201, body: reviewBody }),
    ...registerProbes(f, trainings, 'enforcement', 'enfTraining', id('enfTraining'), { ok: 201, body: trainingBody }),
    ...registerProbes(f, items, 'enforcement', 'enfItem', id('enfItem'), { ok: 201, body: itemBody }),
    ...registerProbes(f, standards, 'enforcement', 'enfStandard', id('enfStandard'), { ok: 201, body: standardBody }),
    ...registerProbes(f, leniencyItems, 'enforcement', 'enfLeniencyItem', id('enfLeniencyItem'), { ok: 201, body: (t) => leniencyItemBody(t.unitId) }),
    ...registerProbes(f, decisions, 'enforcement', 'enfDecision', id('enfDecision'), { ok: 201, body: decisionBody }),
    ...registerProbes(f, cases, 'enforcement', 'enfCase', id('enfCase'), { ok: 201, body: caseBody }),
    [`GET ${officers}/{id}/year`]: { need: { kind: 'record', module: 'enforcement', action: 'read', entity: 'enfOfficer' }, ok: 200, call: (c, t) => c.get(`${officers}/${id('enfOfficer')(t)}/year`) },
    [`POST ${officers}/{id}/reveal-id-number`]: {
      need: { kind: 'record', module: 'enforcement', action: 'reveal', entity: 'enfOfficer' },
      ok: 200,
      call: (c, t) => c.post(`${officers}/${id('enfOfficer')(t)}/reveal-id-number`, { reason: `${marker}核对` }),
    },
    'GET /api/public/enforcement/bodies': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/bodies') },
    'GET /api/public/enforcement/leniency-items': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/leniency-items') },
    'GET /api/public/enforcement/disclosures': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/disclosures') },
    'GET /api/public/enforcement/certificate-check': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/certificate-check?number=37089999999') },
  }),
};
