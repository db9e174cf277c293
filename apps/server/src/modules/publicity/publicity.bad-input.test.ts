import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import {
  dutyCreateSchema,
  dutyUpdateSchema,
  eventCreateSchema,
  eventUpdateSchema,
  liaisonCreateSchema,
  liaisonUpdateSchema,
  ratingCreateSchema,
  ratingUpdateSchema,
  siteCreateSchema,
  siteUpdateSchema,
  taskCreateSchema,
  taskUpdateSchema,
  trainingCreateSchema,
  trainingUpdateSchema,
} from '@fazhi/core/publicity';
import type { z } from 'zod';
import { bySchema, refusesInvalidBodies, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every mutation route of the publicity module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('普法: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const base = '/api/publicity';
  const fx = { dept: '', community: '' };
  const made: Record<string, { id: string; version: number }> = {};

  const valid: Record<string, () => Record<string, Json>> = {
    tasks: () => ({ title: '测试任务', orgUnitId: fx.dept, dueOn: '2026-12-20', state: 'inProgress' }),
    duties: () => ({ orgUnitId: fx.dept, year: 2026, content: '测试内容', audience: '群众', form: '宣讲', timing: '全年' }),
    events: () => ({ kind: 'intoSchools', title: '测试活动', heldOn: '2026-11-20', place: '学校', orgUnitId: fx.dept, participants: 50 }),
    sites: () => ({ name: '测试阵地', kind: 'corridor', orgUnitId: fx.community, builtYear: 2025 }),
    liaisons: () => ({
      name: '测试明白人',
      gender: 'male',
      idNumber: withIdCheckCharacter('37089919900101123'),
      phone: '13912345678',
      role: 'liaison',
      orgUnitId: fx.community,
      appointedOn: '2026-03-01',
    }),
    ratings: () => ({ kind: 'ruleOfLawVillage', level: 'district', orgUnitId: fx.community, year: 2026, batch: '测试批次' }),
    trainings: () => ({ title: '测试培训', heldOn: '2026-11-20', orgUnitId: fx.dept, mode: 'online', participants: 40, hours: 2 }),
  };
  const schemas: Record<string, [z.ZodObject, z.ZodObject, Record<string, Json>]> = {
    tasks: [taskCreateSchema, taskUpdateSchema, { note: '备注' }],
    duties: [dutyCreateSchema, dutyUpdateSchema, { completed: true }],
    events: [eventCreateSchema, eventUpdateSchema, { participants: 60 }],
    sites: [siteCreateSchema, siteUpdateSchema, { builtYear: 2024 }],
    liaisons: [liaisonCreateSchema, liaisonUpdateSchema, { trainingHours: 0 }],
    ratings: [ratingCreateSchema, ratingUpdateSchema, { batch: '第二批' }],
    trainings: [trainingCreateSchema, trainingUpdateSchema, { participants: 50 }],
  };

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    fx.dept = h.seeded.org.departments.get('区自然资源和规划局')!;
    fx.community = h.seeded.org.communities[0]!;
    for (const path of Object.keys(valid)) {
      const res = await fzb.post(`${base}/${path}`, valid[path]!());
      assert.equal(res.status, 201, `${path} ${JSON.stringify(res.body)}`);
      made[path] = { id: res.body.id, version: res.body.version };
    }
  });
  after(() => h?.close());

  const route = (name: string, method: 'POST' | 'PATCH', url: () => string, body: () => Record<string, Json>, schema: z.ZodObject): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid: body,
    fields: Object.keys(schema.shape),
    accepts: bySchema(schema),
  });

  it('every register refuses contract-invalid bodies', () =>
    refusesInvalidBodies(
      h,
      Object.entries(schemas).flatMap(([path, [create, update, change]]) => [
        route(`POST ${path}`, 'POST', () => `${base}/${path}`, valid[path]!, create),
        route(
          `PATCH ${path}/:id`,
          'PATCH',
          () => `${base}/${path}/${made[path]!.id}`,
          () => ({ version: made[path]!.version, ...change }),
          update,
        ),
      ]),
    ));
});
