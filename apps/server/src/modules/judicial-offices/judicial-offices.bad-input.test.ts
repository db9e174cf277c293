import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import {
  activityCreateSchema,
  activityUpdateSchema,
  assistantCreateSchema,
  assistantUpdateSchema,
  itemCreateSchema,
  itemUpdateSchema,
  officeUpdateSchema,
  ratingCreateSchema,
  ratingWorkflow,
  revealReasonSchema,
  standardCreateSchema,
  standardUpdateSchema,
  trainingCreateSchema,
  trainingUpdateSchema,
} from '@fazhi/core/judicial-offices';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { bySchema, refusesInvalidBodies, stepRoutes, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';
import { orgUnits } from '../../platform/org/tables.js';

/**
 * Every mutation route of the judicialOffices module refuses contract-invalid bodies with a 400 naming a field,
 * and writes nothing (the kit-wide checks are in test/reliability/bad-input.test.ts).
 */
describe('司法所: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const base = '/api/judicial-offices';
  const fx = { office: '', district: '', profile: { id: '', version: 0 }, activity: { id: '', version: 0 }, assistant: { id: '', version: 0 }, training: { id: '', version: 0 } };
  const extra = { item: { id: '', version: 0 }, standard: { id: '', version: 0 }, rating: { id: '', version: 0 } };

  const route = (name: string, method: 'POST' | 'PATCH', url: () => string, valid: () => Record<string, Json>, schema: z.ZodObject): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid,
    fields: Object.keys(schema.shape),
    accepts: bySchema(schema),
  });

  const activity = () => ({ orgUnitId: fx.office, occurredOn: '2026-11-20', kind: 'legalPublicity', subject: '宪法宣传', quantity: 2, persons: 80, place: '社区', note: '备注' });
  const assistant = () => ({
    name: '测试协理员',
    gender: 'male',
    idNumber: withIdCheckCharacter('37089919900101123'),
    phone: '13912345678',
    orgUnitId: fx.office,
    hiredOn: '2026-03-01',
    batch: '第一批',
    assignment: '人民调解',
  });

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    const [office] = await h.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, '西岭司法所'));
    fx.office = office!.id;
    fx.district = h.seeded.org.districtId;
    const made = async (path: string, body: object) => {
      const res = await fzb.post(`${base}/${path}`, body);
      assert.equal(res.status, 201, `${path} ${JSON.stringify(res.body)}`);
      return { id: res.body.id as string, version: res.body.version as number };
    };
    const profiles = (await fzb.get(`${base}/offices?f.orgUnitId=${fx.office}`)).body.items;
    fx.profile = { id: profiles[0].id, version: profiles[0].version };
    fx.activity = await made('activities', activity());
    fx.assistant = await made('assistants', assistant());
    fx.training = await made('trainings', { assistantId: fx.assistant.id, orgUnitId: fx.office, kind: 'preService', trainedOn: '2026-03-02', hours: 16, subject: '岗前培训' });
    extra.item = await made('checklist-items', { year: 2028, orgUnitId: fx.district, category: 'premises', title: '测试项', maxPoints: 10, sortOrder: 1 });
    extra.standard = await made('standards', { year: 2028, orgUnitId: fx.district, basis: '测试', oneStar: 60, twoStar: 70, threeStar: 80, fourStar: 90, fiveStar: 95 });
    extra.rating = await made('ratings', { orgUnitId: fx.office, year: 2028 });
  });
  after(() => h?.close());

  it('profiles, the log and the checklist refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'PATCH offices/:id',
        'PATCH',
        () => `${base}/offices/${fx.profile.id}`,
        () => ({ version: fx.profile.version, address: '新地址', staffInPost: 4 }),
        officeUpdateSchema,
      ),
      route('POST activities', 'POST', () => `${base}/activities`, activity, activityCreateSchema),
      route(
        'PATCH activities/:id',
        'PATCH',
        () => `${base}/activities/${fx.activity.id}`,
        () => ({ version: fx.activity.version, quantity: 3 }),
        activityUpdateSchema,
      ),
      route(
        'POST checklist-items',
        'POST',
        () => `${base}/checklist-items`,
        () => ({ year: 2028, orgUnitId: fx.district, category: 'rules', title: '制度', maxPoints: 5, sortOrder: 2 }),
        itemCreateSchema,
      ),
      route(
        'PATCH checklist-items/:id',
        'PATCH',
        () => `${base}/checklist-items/${extra.item.id}`,
        () => ({ version: extra.item.version, maxPoints: 8 }),
        itemUpdateSchema,
      ),
      route(
        'POST standards',
        'POST',
        () => `${base}/standards`,
        () => ({ year: 2029, orgUnitId: fx.district, basis: '方案', oneStar: 60, twoStar: 70, threeStar: 80, fourStar: 90, fiveStar: 95 }),
        standardCreateSchema,
      ),
      route(
        'PATCH standards/:id',
        'PATCH',
        () => `${base}/standards/${extra.standard.id}`,
        () => ({ version: extra.standard.version, fiveStar: 96 }),
        standardUpdateSchema,
      ),
      route(
        'POST ratings',
        'POST',
        () => `${base}/ratings`,
        () => ({ orgUnitId: fx.office, year: 2029 }),
        ratingCreateSchema,
      ),
    ]));

  it('the roster, training records and reveals refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route('POST assistants', 'POST', () => `${base}/assistants`, assistant, assistantCreateSchema),
      route(
        'PATCH assistants/:id',
        'PATCH',
        () => `${base}/assistants/${fx.assistant.id}`,
        () => ({ version: fx.assistant.version, assignment: '社区矫正' }),
        assistantUpdateSchema,
      ),
      route(
        'POST trainings',
        'POST',
        () => `${base}/trainings`,
        () => ({ assistantId: fx.assistant.id, orgUnitId: fx.office, kind: 'rotation', trainedOn: '2026-06-01', hours: 8, subject: '轮训' }),
        trainingCreateSchema,
      ),
      route(
        'PATCH trainings/:id',
        'PATCH',
        () => `${base}/trainings/${fx.training.id}`,
        () => ({ version: fx.training.version, hours: 8 }),
        trainingUpdateSchema,
      ),
      route(
        'POST assistants/:id/reveal-id-number',
        'POST',
        () => `${base}/assistants/${fx.assistant.id}/reveal-id-number`,
        () => ({ reason: '核对身份' }),
        revealReasonSchema,
      ),
      route(
        'POST assistants/:id/reveal-phone',
        'POST',
        () => `${base}/assistants/${fx.assistant.id}/reveal-phone`,
        () => ({ reason: '核对' }),
        revealReasonSchema,
      ),
    ]));

  it('ratings: every step of the workflow refuses contract-invalid bodies', () =>
    refusesInvalidBodies(
      h,
      stepRoutes(`${base}/ratings`, ratingWorkflow, {
        id: () => extra.rating.id,
        version: () => extra.rating.version,
        cookie: () => cookie,
        samples: { submit: { scores: [{ itemId: extra.item.id, score: 5 }] }, assess: { scores: [{ itemId: extra.item.id, score: 5 }] } },
      }),
    ));
});
