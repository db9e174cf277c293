import assert from 'node:assert/strict';
import { withCreditCheckCharacter, withIdCheckCharacter } from '@fazhi/core';
import { applicationWorkflow } from '@fazhi/core/enforcement';
import { marker, registerProbes, workflowProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/enforcement';
const bodies = `${base}/bodies`;
const officers = `${base}/officers`;
const certificates = `${base}/certificates`;
const applications = `${base}/applications`;
const reviews = `${base}/reviews`;
const trainings = `${base}/trainings`;
const items = `${base}/items`;
const standards = `${base}/standards`;
const leniencyItems = `${base}/leniency-items`;
const decisions = `${base}/leniency-decisions`;
const cases = `${base}/cases`;
const campaigns = `${base}/review-campaigns`;
const rubricItems = `${base}/rubric-items`;
const reviewFiles = `${base}/review-files`;
const plans = `${base}/supervision-plans`;
const checks = `${base}/supervision-checks`;
const rectifications = `${base}/rectifications`;

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
const applicationBody = (t: Target) => ({ ...officerBody(t), name: `${marker}申领人`, kind: 'enforcement', appliedOn: '2026-09-01' });
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

let q = 0;
const campaignBody = (orgUnitId: string) => ({ name: `${marker}评查${q++}`, year: 2026, quarter: 1, startedOn: '2026-02-10', endsOn: '2026-03-10', orgUnitId });
const rubricBody = (orgUnitId: string) => ({ code: `${marker}${q++}`.slice(-20), group: 'form', title: `${marker}评查项`, maxDeduction: 2, orgUnitId });
// A file takes a case once per campaign: each allowed create samples into a new campaign made by the coordinator.
const poolSize = 12;
const used = new Map<string, number>();
const nextCampaign = (t: Target) => {
  const k = used.get(t.unitId) ?? 0;
  used.set(t.unitId, k + 1);
  return t.records[`enfCampaignPool${k % poolSize}`]!;
};
const fileBody = (t: Target) => ({ campaignId: t.records.enfCampaign!, caseId: t.records.enfCase!, orgUnitId: t.unitId });
const planBody = (orgUnitId: string) => ({ year: 2026, title: `${marker}监督计划${q++}`, approvedOn: '2026-02-20', orgUnitId });
const checkBody = (t: Target) => ({ planId: t.records.enfPlan!, kind: 'daily', title: `${marker}检查${q++}`, targetName: marker, plannedOn: '2026-03-15', orgUnitId: t.unitId });
const rectificationBody = (t: Target) => ({
  source: 'check',
  checkId: t.records.enfCheck!,
  noticeNumber: `${marker}整${q++}`,
  problem: marker,
  issuedOn: '2026-04-01',
  dueOn: '2026-05-01',
  orgUnitId: t.unitId,
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
    const application = await made(applications, applicationBody(t));
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
    t.records.enfCase = enfCase;
    const campaign = await made(campaigns, campaignBody(unitId));
    t.records.enfCampaign = campaign;
    const rubricItem = await made(rubricItems, rubricBody(unitId));
    const reviewFile = await made(reviewFiles, fileBody(t));
    // A case goes into a campaign once: each allowed create of a file samples it into a campaign of its own.
    const pool: Record<string, string> = {};
    for (let k = 0; k < poolSize; k++) pool[`enfCampaignPool${k}`] = await made(campaigns, campaignBody(unitId));
    const plan = await made(plans, planBody(unitId));
    t.records.enfPlan = plan;
    const check = await made(checks, checkBody(t));
    t.records.enfCheck = check;
    const rectification = await made(rectifications, rectificationBody(t));
    // Prefixed: fixture names are shared by every module's part.
    return {
      enfBody: body,
      enfOfficer: officer,
      enfCertificate: certificate,
      enfApplication: application,
      enfReview: review,
      enfTraining: training,
      enfItem: item,
      enfStandard: standard,
      enfLeniencyItem: leniencyItem,
      enfDecision: decision,
      enfOfficer2: officer2,
      enfCase: enfCase,
      enfCampaign: campaign,
      ...pool,
      enfRubricItem: rubricItem,
      enfReviewFile: reviewFile,
      enfPlan: plan,
      enfCheck: check,
      enfRectification: rectification,
    };
  },
  probes: (f) => ({
    ...registerProbes(f, bodies, 'enforcement', 'enfBody', id('enfBody'), { ok: 201, body: (t) => bodyBody(t.unitId) }),
    ...registerProbes(f, officers, 'enforcement', 'enfOfficer', id('enfOfficer'), { ok: 201, body: officerBody }),
    ...registerProbes(f, certificates, 'enforcement', 'enfCertificate', id('enfCertificate'), { ok: 201, body: certificateBody }),
    ...registerProbes(f, applications, 'enforcement', 'enfApplication', id('enfApplication'), { ok: 201, body: applicationBody }, { skipDetail: true }),
    [`GET ${applications}/{id}`]: {
      need: { kind: 'record', module: 'enforcement', action: 'read', entity: 'enfApplication' },
      ok: 200,
      call: (c, t) => c.get(`${applications}/${id('enfApplication')(t)}`),
    },
    ...workflowProbes(applications, 'enforcement', 'enfApplication', id('enfApplication'), applicationWorkflow),
    [`POST ${applications}/{id}/reveal`]: {
      need: { kind: 'record', module: 'enforcement', action: 'reveal', entity: 'enfApplication' },
      ok: 200,
      call: (c, t) => c.post(`${applications}/${id('enfApplication')(t)}/reveal`, { field: 'idNumber', reason: `${marker}核对` }),
    },
    ...registerProbes(f, reviews, 'enforcement', 'enfReview', id('enfReview'), { ok: 201, body: reviewBody }),
    ...registerProbes(f, trainings, 'enforcement', 'enfTraining', id('enfTraining'), { ok: 201, body: trainingBody }),
    ...registerProbes(f, items, 'enforcement', 'enfItem', id('enfItem'), { ok: 201, body: itemBody }),
    ...registerProbes(f, standards, 'enforcement', 'enfStandard', id('enfStandard'), { ok: 201, body: standardBody }),
    ...registerProbes(f, leniencyItems, 'enforcement', 'enfLeniencyItem', id('enfLeniencyItem'), { ok: 201, body: (t) => leniencyItemBody(t.unitId) }),
    ...registerProbes(f, decisions, 'enforcement', 'enfDecision', id('enfDecision'), { ok: 201, body: decisionBody }),
    ...registerProbes(f, cases, 'enforcement', 'enfCase', id('enfCase'), { ok: 201, body: caseBody }),
    ...registerProbes(f, campaigns, 'enforcement', 'enfCampaign', id('enfCampaign'), { ok: 201, body: (t) => campaignBody(t.unitId) }),
    ...registerProbes(f, rubricItems, 'enforcement', 'enfRubricItem', id('enfRubricItem'), { ok: 201, body: (t) => rubricBody(t.unitId) }),
    ...registerProbes(f, reviewFiles, 'enforcement', 'enfReviewFile', id('enfReviewFile'), { ok: 201, body: (t) => ({ ...fileBody(t), campaignId: nextCampaign(t) }) }),
    ...registerProbes(f, plans, 'enforcement', 'enfPlan', id('enfPlan'), { ok: 201, body: (t) => planBody(t.unitId) }),
    ...registerProbes(f, checks, 'enforcement', 'enfCheck', id('enfCheck'), { ok: 201, body: checkBody }),
    ...registerProbes(f, rectifications, 'enforcement', 'enfRectification', id('enfRectification'), { ok: 201, body: rectificationBody }),
    [`PUT ${reviewFiles}/{id}/reviewers`]: {
      need: { kind: 'record', module: 'enforcement', action: 'update', entity: 'enfReviewFile' },
      ok: 400,
      call: (c, t) => c.raw('PUT', `${reviewFiles}/${id('enfReviewFile')(t)}/reviewers`, { userIds: ['00000000-0000-4000-8000-000000000000'] }),
    },
    [`GET ${reviewFiles}/{id}/scores`]: {
      need: { kind: 'record', module: 'enforcement', action: 'read', entity: 'enfReviewFile' },
      ok: 200,
      call: (c, t) => c.get(`${reviewFiles}/${id('enfReviewFile')(t)}/scores`),
    },
    [`PUT ${reviewFiles}/{id}/scores`]: {
      need: { kind: 'record', module: 'enforcement', action: 'transition', entity: 'enfReviewFile', assigneeMay: true },
      ok: 400,
      call: (c, t) => c.raw('PUT', `${reviewFiles}/${id('enfReviewFile')(t)}/scores`, { scores: [] }),
    },
    [`GET ${campaigns}/{id}/results`]: {
      need: { kind: 'record', module: 'enforcement', action: 'read', entity: 'enfCampaign' },
      ok: 200,
      call: (c, t) => c.get(`${campaigns}/${id('enfCampaign')(t)}/results`),
    },
    [`GET ${officers}/{id}/year`]: { need: { kind: 'record', module: 'enforcement', action: 'read', entity: 'enfOfficer' }, ok: 200, call: (c, t) => c.get(`${officers}/${id('enfOfficer')(t)}/year`) },
    [`POST ${officers}/{id}/reveal`]: {
      need: { kind: 'record', module: 'enforcement', action: 'reveal', entity: 'enfOfficer' },
      ok: 200,
      call: (c, t) => c.post(`${officers}/${id('enfOfficer')(t)}/reveal`, { field: 'idNumber', reason: `${marker}核对` }),
    },
    'GET /api/public/enforcement/bodies': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/bodies') },
    'GET /api/public/enforcement/leniency-items': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/leniency-items') },
    'GET /api/public/enforcement/disclosures': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/disclosures') },
    'GET /api/public/enforcement/certificate-check': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/enforcement/certificate-check?number=37089999999') },
  }),
};
