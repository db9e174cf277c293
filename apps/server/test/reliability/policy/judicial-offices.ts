import assert from 'node:assert/strict';
import { withIdCheckCharacter } from '@fazhi/core';
import { ratingWorkflow } from '@fazhi/core/judicial-offices';
import { marker, registerProbes, workflowProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/judicial-offices';
const offices = `${base}/offices`;
const standards = `${base}/standards`;
const items = `${base}/checklist-items`;
const ratings = `${base}/ratings`;
const activities = `${base}/activities`;
const assistants = `${base}/assistants`;
const trainings = `${base}/trainings`;

const id = (name: string) => (t: Target) => t.records[name]!;
// A rating is one per office and year: each allowed create takes another year.
let n = 0;
const nextYear = () => 2031 + (n++ % 69);
const officeBody = (orgUnitId: string) => ({
  orgUnitId,
  staffQuota: 4,
  staffInPost: 3,
  premisesArea: 200,
  hasServiceHall: true,
  serviceHallArea: 80,
  address: `${marker}路1号`,
  officePhone: '0537-2345678',
});
const standardBody = (orgUnitId: string) => ({ year: 2030, orgUnitId, basis: marker, oneStar: 60, twoStar: 70, threeStar: 80, fourStar: 90, fiveStar: 95 });
const itemBody = (orgUnitId: string) => ({ year: 2030, orgUnitId, category: 'premises', title: `${marker}评定项`, maxPoints: 10, sortOrder: 1 });
const activityBody = (orgUnitId: string) => ({ orgUnitId, occurredOn: '2026-11-20', kind: 'legalPublicity', subject: `${marker}宣传`, quantity: 1, persons: 50 });
const assistantBody = (orgUnitId: string) => ({
  name: `${marker}协理员`,
  gender: 'male',
  idNumber: withIdCheckCharacter('37089919900101123'),
  phone: '13912345678',
  orgUnitId,
  hiredOn: '2026-03-01',
  batch: '第一批',
});
const trainingBody = (t: Target) => ({
  assistantId: t.records.judicialAssistant!,
  orgUnitId: t.records.judicialOffice!,
  kind: 'rotation',
  trainedOn: '2026-05-01',
  hours: 4,
  subject: `${marker}轮训`,
});
const scores = { scores: [{ itemId: '00000000-0000-4000-8000-000000000001', score: 1 }] };

/**
 * Routes of the judicialOffices module. Records live in a 司法所 (one is made under each probed unit); the
 * district's 评定标准 in a district unit (one is made under each probed unit too, so scope decides as for the rest).
 */
export const judicialOfficesPolicy: PolicyPart = {
  setup: async ({ fzb, admin }, { unitId }) => {
    const unit = async (kind: string, name: string) => {
      const res = await admin.post('/api/org/units', { parentId: unitId, name: `${marker}${name}${unitId.slice(0, 4)}`, kind });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    };
    const officeUnit = await unit('judicialOffice', '司法所');
    const districtUnit = await unit('district', '区');
    const made = async (path: string, body: object) => {
      const res = await fzb.post(path, body);
      assert.equal(res.status, 201, `${path} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const profile = await made(offices, officeBody(officeUnit));
    const standard = await made(standards, standardBody(districtUnit));
    const item = await made(items, itemBody(districtUnit));
    const rating = await made(ratings, { orgUnitId: officeUnit, year: 2026 });
    const activity = await made(activities, activityBody(officeUnit));
    const assistant = await made(assistants, assistantBody(officeUnit));
    const training = await made(trainings, { assistantId: assistant, orgUnitId: officeUnit, kind: 'preService', trainedOn: '2026-03-01', hours: 16, subject: `${marker}岗前培训` });
    // Prefixed: fixture names are shared by every module's part.
    return {
      judicialOffice: officeUnit,
      judicialDistrict: districtUnit,
      judicialProfile: profile,
      judicialStandard: standard,
      judicialItem: item,
      judicialRating: rating,
      judicialActivity: activity,
      judicialAssistant: assistant,
      judicialTraining: training,
    };
  },
  probes: (f) => ({
    // A 司法所 has one profile: a second for the probed office is refused once access is granted (400, nothing written).
    ...registerProbes(f, offices, 'judicialOffices', 'judicialProfile', id('judicialProfile'), { ok: 400, body: (t) => officeBody(t.records.judicialOffice!) }),
    ...registerProbes(f, standards, 'judicialOffices', 'judicialStandard', id('judicialStandard'), { ok: 201, body: (t) => standardBody(t.records.judicialDistrict!) }),
    ...registerProbes(f, items, 'judicialOffices', 'judicialItem', id('judicialItem'), { ok: 201, body: (t) => itemBody(t.records.judicialDistrict!) }),
    ...registerProbes(
      f,
      ratings,
      'judicialOffices',
      'judicialRating',
      id('judicialRating'),
      { ok: 201, body: (t) => ({ orgUnitId: t.records.judicialOffice!, year: nextYear() }) },
      { skipDetail: true },
    ),
    ...registerProbes(f, activities, 'judicialOffices', 'judicialActivity', id('judicialActivity'), { ok: 201, body: (t) => activityBody(t.records.judicialOffice!) }),
    ...registerProbes(f, assistants, 'judicialOffices', 'judicialAssistant', id('judicialAssistant'), { ok: 201, body: (t) => assistantBody(t.records.judicialOffice!) }),
    ...registerProbes(f, trainings, 'judicialOffices', 'judicialTraining', id('judicialTraining'), { ok: 201, body: trainingBody }),
    [`GET ${ratings}/{id}`]: { need: { kind: 'record', module: 'judicialOffices', action: 'read', entity: 'judicialRating' }, ok: 200, call: (c, t) => c.get(`${ratings}/${id('judicialRating')(t)}`) },
    ...workflowProbes(ratings, 'judicialOffices', 'judicialRating', id('judicialRating'), ratingWorkflow, { samples: { submit: scores, assess: scores } }),
    // Personal data: the reveal action in the assistant's office, not merely the right to read it.
    [`POST ${assistants}/{id}/reveal-id-number`]: {
      need: { kind: 'record', module: 'judicialOffices', action: 'reveal', entity: 'judicialAssistant' },
      ok: 200,
      call: (c, t) => c.post(`${assistants}/${id('judicialAssistant')(t)}/reveal-id-number`, { reason: `${marker}核对` }),
    },
    [`POST ${assistants}/{id}/reveal-phone`]: {
      need: { kind: 'record', module: 'judicialOffices', action: 'reveal', entity: 'judicialAssistant' },
      ok: 200,
      call: (c, t) => c.post(`${assistants}/${id('judicialAssistant')(t)}/reveal-phone`, { reason: `${marker}核对` }),
    },
    [`GET ${assistants}/{id}/trainings`]: {
      need: { kind: 'record', module: 'judicialOffices', action: 'read', entity: 'judicialAssistant' },
      ok: 200,
      call: (c, t) => c.get(`${assistants}/${id('judicialAssistant')(t)}/trainings`),
    },
    'GET /api/public/judicial-offices': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/judicial-offices') },
  }),
};
