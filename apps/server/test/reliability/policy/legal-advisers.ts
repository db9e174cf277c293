import assert from 'node:assert/strict';
import { withCreditCheckCharacter } from '@fazhi/core';
import { marker, registerProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/legal-advisers';
const advisers = `${base}/advisers`;
const lawyers = `${base}/public-lawyers`;
const services = `${base}/services`;
const enterprises = `${base}/enterprises`;
const themes = `${base}/themes`;

const adviserBody = (orgUnitId: string) => ({
  kind: 'lawFirm',
  name: `${marker}律师事务所`,
  phone: '13912345678',
  orgUnitId,
  contractNumber: `${marker}顾问合同`,
  contractStartOn: '2026-01-01',
  contractEndOn: '2027-12-31',
  servedUnitIds: [orgUnitId],
});
const lawyerBody = (orgUnitId: string) => ({
  name: `${marker}律师`,
  certificateNumber: '13708202020000001',
  orgUnitId,
  post: '法制科科长',
  certificateIssuedOn: '2022-01-01',
  certificateExpiresOn: '2027-01-01',
});
const serviceBody = (t: Target) => ({ kind: 'consultation', servedOn: '2026-11-20', orgUnitId: t.unitId, adviserId: t.records.adviser, subject: `${marker}咨询`, hours: 1 });

const enterpriseBody = (parkId: string) => ({ name: `${marker}企业`, creditCode: withCreditCheckCharacter('91370899MA3C4D5E6'), orgUnitId: parkId });
const themeBody = (orgUnitId: string) => ({ year: 2026, month: 11, orgUnitId, title: `${marker}主题` });

/** Routes of the legalAdvisers module: roster and log by unit scope; the phone only with `reveal` in the adviser's unit. */
export const legalAdvisersPolicy: PolicyPart = {
  setup: async ({ fzb, admin }, { unitId }) => {
    const adviser = await fzb.post(advisers, adviserBody(unitId));
    assert.equal(adviser.status, 201, JSON.stringify(adviser.body));
    const lawyer = await fzb.post(lawyers, lawyerBody(unitId));
    assert.equal(lawyer.status, 201, JSON.stringify(lawyer.body));
    const service = await fzb.post(services, { kind: 'consultation', servedOn: '2026-11-20', orgUnitId: unitId, adviserId: adviser.body.id, subject: `${marker}咨询`, hours: 1 });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    // Enterprises belong to a 园区: one inside the probed unit, so its scope covers them.
    const park = await admin.post('/api/org/units', { parentId: unitId, name: `${marker}园区${unitId.slice(0, 4)}`, kind: 'park' });
    assert.equal(park.status, 201, JSON.stringify(park.body));
    const enterprise = await fzb.post(enterprises, enterpriseBody(park.body.id));
    assert.equal(enterprise.status, 201, JSON.stringify(enterprise.body));
    const theme = await fzb.post(themes, themeBody(unitId));
    assert.equal(theme.status, 201, JSON.stringify(theme.body));
    return { adviser: adviser.body.id, publicLawyer: lawyer.body.id, service: service.body.id, park: park.body.id, enterprise: enterprise.body.id, theme: theme.body.id };
  },
  probes: (f) => {
    const adviserId = (t: Target) => t.records.adviser!;
    const lawyerId = (t: Target) => t.records.publicLawyer!;
    const read = (entity: string) => ({ kind: 'record', module: 'legalAdvisers', action: 'read', entity }) as const;
    return {
      ...registerProbes(f, advisers, 'legalAdvisers', 'adviser', adviserId, { ok: 201, body: (t) => adviserBody(t.unitId) }, { skipDetail: true }),
      ...registerProbes(f, lawyers, 'legalAdvisers', 'publicLawyer', lawyerId, { ok: 201, body: (t) => lawyerBody(t.unitId) }, { skipDetail: true }),
      ...registerProbes(f, services, 'legalAdvisers', 'service', (t) => t.records.service!, { ok: 201, body: serviceBody }),
      ...registerProbes(f, enterprises, 'legalAdvisers', 'enterprise', (t) => t.records.enterprise!, { ok: 201, body: (t) => enterpriseBody(t.records.park!) }),
      ...registerProbes(f, themes, 'legalAdvisers', 'theme', (t) => t.records.theme!, { ok: 201, body: (t) => ({ ...themeBody(t.unitId), month: 10 }) }),
      [`GET ${advisers}/{id}`]: { need: read('adviser'), ok: 200, call: (c, t) => c.get(`${advisers}/${adviserId(t)}`) },
      [`GET ${lawyers}/{id}`]: { need: read('publicLawyer'), ok: 200, call: (c, t) => c.get(`${lawyers}/${lawyerId(t)}`) },
      [`GET ${advisers}/{id}/services`]: { need: read('adviser'), ok: 200, call: (c, t) => c.get(`${advisers}/${adviserId(t)}/services`) },
      [`GET ${lawyers}/{id}/services`]: { need: read('publicLawyer'), ok: 200, call: (c, t) => c.get(`${lawyers}/${lawyerId(t)}/services`) },
      [`POST ${advisers}/{id}/reveal-phone`]: {
        need: { kind: 'record', module: 'legalAdvisers', action: 'reveal', entity: 'adviser' },
        ok: 200,
        call: (c, t) => c.post(`${advisers}/${adviserId(t)}/reveal-phone`, { reason: `${marker}核对` }),
      },
      // Who may log a service for the unit may see who could have given it.
      [`GET ${base}/providers`]: { need: { kind: 'unit', module: 'legalAdvisers', action: 'create' }, ok: 200, call: (c, t) => c.get(`${base}/providers?orgUnitId=${t.unitId}`) },
      [`GET ${base}/served-options`]: { need: { kind: 'unit', module: 'legalAdvisers', action: 'create' }, ok: 200, call: (c, t) => c.get(`${base}/served-options?orgUnitId=${t.unitId}`) },
      'GET /api/public/village-advisers': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/village-advisers') },
      [`GET ${services}/defaults`]: { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get(`${services}/defaults`) },
    };
  },
};
