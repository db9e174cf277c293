import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  demoItemCreateSchema,
  demoItemUpdateSchema,
  demoTaskCreateSchema,
  demoTaskUpdateSchema,
  honourCreateSchema,
  honourUpdateSchema,
  itemCreateSchema,
  itemUpdateSchema,
  publishSchema,
  roundCreateSchema,
  roundUpdateSchema,
  schemeCreateSchema,
  schemeUpdateSchema,
  scoreCreateSchema,
  scoreUpdateSchema,
  scoreWorkflow,
  subjectCreateSchema,
  subjectUpdateSchema,
  subjectWorkflow,
  taskCreateSchema,
  taskUpdateSchema,
} from '@fazhi/core/inspection';
import { z } from 'zod';
import { bySchema, refusesInvalidBodies, stepRoutes, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every mutation route of the inspection module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('法治督察与考核: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const base = '/api/inspection';
  const fx = { dept: '', district: '' };
  const made: Record<string, { id: string; version: number }> = {};

  // In creation order: later bodies refer to earlier records.
  const valid: Record<string, () => Record<string, Json>> = {
    tasks: () => ({ year: 2026, title: '测试工作要点', orgUnitId: fx.dept, dueOn: '2026-12-20' }),
    rounds: () => ({ year: 2026, title: '测试督察', orgUnitId: fx.district, startOn: '2026-11-01', endOn: '2026-11-30', focus: '第一责任人' }),
    subjects: () => ({ roundId: made.rounds!.id, orgUnitId: fx.dept, inspectedOn: '2026-11-10', firstDutyInspected: true, findings: '问题' }),
    schemes: () => ({ year: 2026, title: '测试考核', orgUnitId: fx.district }),
    items: () => ({ schemeId: made.schemes!.id, orgUnitId: fx.district, code: 'X1', name: '测试项目', weight: 20, method: 'manual', criteria: '人工' }),
    scores: () => ({ itemId: made.items!.id, orgUnitId: fx.dept, score: 10, basis: '依据' }),
    'demo-items': () => ({ year: 2026, orgUnitId: fx.district, level: 'first', code: 'Z9', title: '测试示范指标' }),
    'demo-tasks': () => ({ demoItemId: made['demo-items']!.id, orgUnitId: fx.dept, title: '测试示范任务', dueOn: '2026-12-20' }),
    honours: () => ({ kind: 'topTenEvent', level: 'municipal', title: '测试十大事件', awardedBy: '市委依法治市办', year: 2026, orgUnitId: fx.dept }),
  };
  const schemas: Record<string, [z.ZodObject, z.ZodObject, Record<string, Json>]> = {
    tasks: [taskCreateSchema, taskUpdateSchema, { note: '备注' }],
    rounds: [roundCreateSchema, roundUpdateSchema, { note: '备注' }],
    subjects: [subjectCreateSchema, subjectUpdateSchema, { firstDutyInspected: false }],
    schemes: [schemeCreateSchema, schemeUpdateSchema, { note: '备注' }],
    items: [itemCreateSchema, itemUpdateSchema, { weight: 25 }],
    scores: [scoreCreateSchema, scoreUpdateSchema, { score: 12 }],
    'demo-items': [demoItemCreateSchema, demoItemUpdateSchema, { title: '改名' }],
    'demo-tasks': [demoTaskCreateSchema, demoTaskUpdateSchema, { supervision: 'urged' }],
    honours: [honourCreateSchema, honourUpdateSchema, { writeUp: '简介' }],
  };

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    fx.dept = h.seeded.org.departments.get('区自然资源和规划局')!;
    fx.district = h.seeded.org.districtId;
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
  // A second subject or score for the same unit is refused by rule, so create probes use a fresh unit each time.
  const fresh = (path: string) => (path === 'subjects' || path === 'scores' ? { orgUnitId: h.seeded.org.departments.get('区财政局')! } : {});

  it('every register refuses contract-invalid bodies', () =>
    refusesInvalidBodies(
      h,
      Object.entries(schemas).flatMap(([path, [create, update, change]]) => [
        route(
          `POST ${path}`,
          'POST',
          () => `${base}/${path}`,
          () => ({ ...valid[path]!(), ...fresh(path) }),
          create,
        ),
        route(
          `PATCH ${path}/:id`,
          'PATCH',
          () => `${base}/${path}/${made[path]!.id}`,
          () => ({ version: made[path]!.version, ...change }),
          update,
        ),
      ]),
    ));

  it('compute and publish refuse invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'POST schemes/:id/compute',
        'POST',
        () => `${base}/schemes/${made.schemes!.id}/compute`,
        () => ({ version: made.schemes!.version }),
        z.object({ version: z.int().positive() }),
      ),
      route(
        'POST schemes/:id/publish',
        'POST',
        () => `${base}/schemes/${made.schemes!.id}/publish`,
        () => ({ version: made.schemes!.version, publishedOn: '2026-11-25' }),
        publishSchema,
      ),
    ]));

  it('subjects and scores: every step refuses contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      ...stepRoutes(`${base}/subjects`, subjectWorkflow, { id: () => made.subjects!.id, version: () => made.subjects!.version, cookie: () => cookie }),
      ...stepRoutes(`${base}/scores`, scoreWorkflow, {
        id: () => made.scores!.id,
        version: () => made.scores!.version,
        cookie: () => cookie,
        samples: { resolveAppeal: { appealDecidedOn: '2026-11-27', appealReply: '维持', score: 5 } },
      }),
    ]));
});
