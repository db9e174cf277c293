import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toIsoDate } from '@fazhi/core';
import {
  attendanceCreateSchema,
  attendanceUpdateSchema,
  courseCreateSchema,
  courseUpdateSchema,
  dutyCreateSchema,
  dutyUpdateSchema,
  enrolSchema,
  examCreateSchema,
  examUpdateSchema,
  markSchema,
  questionCreateSchema,
  questionUpdateSchema,
  sessionCreateSchema,
  sessionUpdateSchema,
} from '@fazhi/core/study';
import type { z } from 'zod';
import { assertNoWrite, bySchema, refusesInvalidBodies, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every body route of the study module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('学法用法: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const base = '/api/study';
  const today = toIsoDate(new Date());
  const fx = { dept: '', district: '', course: '', exam: '', zrzy: '' };
  const made: Record<string, { id: string; version: number }> = {};

  const valid: Record<string, () => Record<string, Json>> = {
    sessions: () => ({ kind: 'centralGroup', heldOn: '2026-03-01', orgUnitId: fx.dept, topic: '测试学法', onXiThought: true, attendeeCount: 12 }),
    courses: () => ({ title: '测试培训班', orgUnitId: fx.district, startOn: '2026-03-01', endOn: '2026-03-02', hours: 8, audience: '执法人员' }),
    attendances: () => ({ courseId: fx.course, personName: '测试学员', orgUnitId: fx.dept, hours: 8 }),
    duties: () => ({ personName: '测试领导', position: '局长', orgUnitId: fx.dept, year: 2026, newlyAppointed: false }),
    questions: () => ({ kind: 'single', tag: 'constitution', stem: '测试题干', options: '甲\n乙', answer: 'A', points: 2, orgUnitId: fx.district }),
    exams: () => ({
      title: '测试考试',
      kind: 'newCivilServant',
      orgUnitId: fx.district,
      opensOn: today,
      closesOn: today,
      durationMinutes: 30,
      passPercent: 60,
      maxAttempts: 1,
      drawRules: '宪法2题',
    }),
  };
  const schemas: Record<string, [z.ZodObject, z.ZodObject, Record<string, Json>]> = {
    sessions: [sessionCreateSchema, sessionUpdateSchema, { attendeeCount: 15 }],
    courses: [courseCreateSchema, courseUpdateSchema, { hours: 6 }],
    attendances: [attendanceCreateSchema, attendanceUpdateSchema, { hours: 4 }],
    duties: [dutyCreateSchema, dutyUpdateSchema, { position: '副局长' }],
    questions: [questionCreateSchema, questionUpdateSchema, { points: 3 }],
    exams: [examCreateSchema, examUpdateSchema, { passPercent: 70 }],
  };

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    fx.dept = h.seeded.org.departments.get('区自然资源和规划局')!;
    fx.district = h.seeded.org.districtId;
    fx.zrzy = h.seeded.users.get('zrzy')!;
    for (const path of Object.keys(valid)) {
      const res = await fzb.post(`${base}/${path}`, valid[path]!());
      assert.equal(res.status, 201, `${path} ${JSON.stringify(res.body)}`);
      made[path] = { id: res.body.id, version: res.body.version };
      if (path === 'courses') fx.course = res.body.id;
      if (path === 'exams') fx.exam = res.body.id;
    }
  });
  after(() => h?.close());

  const route = (name: string, method: 'POST' | 'PATCH', url: () => string, body: () => Record<string, Json>, schema: z.ZodType, fields: string[]): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid: body,
    fields,
    accepts: bySchema(schema),
  });

  it('every register and exam route refuses contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      ...Object.entries(schemas).flatMap(([path, [create, update, change]]) => [
        route(`POST ${path}`, 'POST', () => `${base}/${path}`, valid[path]!, create, Object.keys(create.shape)),
        route(
          `PATCH ${path}/:id`,
          'PATCH',
          () => `${base}/${path}/${made[path]!.id}`,
          () => ({ version: made[path]!.version, ...change }),
          update,
          Object.keys(update.shape),
        ),
      ]),
      route(
        'POST exams/:id/candidates',
        'POST',
        () => `${base}/exams/${fx.exam}/candidates`,
        () => ({ userIds: [fx.zrzy] }),
        enrolSchema,
        ['userIds'],
      ),
      route(
        'POST sittings/:id/marks',
        'POST',
        () => `${base}/sittings/${fx.exam}/marks`,
        () => ({ questionId: fx.exam, points: 2 }),
        markSchema,
        ['questionId', 'points'],
      ),
    ]));

  it('refuses a broken answer with a Chinese message and saves nothing', async () => {
    const zrzy = await h.login('zrzy');
    const fzb = await h.login('fzb');
    assert.equal((await fzb.post(`${base}/exams/${fx.exam}/candidates`, { userIds: [fx.zrzy] })).status, 200);
    const sitting = (await zrzy.post(`${base}/my/exams/${fx.exam}/sittings`)).body;
    const url = `${base}/my/sittings/${sitting.id}/answers/${sitting.questions[0].id}`;
    await assertNoWrite(h, async () => {
      for (const body of [{}, { answer: 12 }, { answer: null }, { answer: 'x\u0000y' }, { answer: '法'.repeat(5000) }, []]) {
        const res = await zrzy.raw('PUT', url, body);
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.match(String(res.body.errors?.[0]?.message ?? res.body.detail), /[\u3400-\u9fff]/);
      }
      assert.equal((await zrzy.raw('PUT', `${base}/my/sittings/not-an-id/answers/${sitting.questions[0].id}`, { answer: 'A' })).status, 400);
    });
  });
});
