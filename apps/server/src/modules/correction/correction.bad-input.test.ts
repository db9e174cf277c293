import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import {
  checkInSchema,
  leaveApplicationSchema,
  leaveCreateSchema,
  leaveUpdateSchema,
  meetingCreateSchema,
  meetingUpdateSchema,
  monitoringCreateSchema,
  monitoringUpdateSchema,
  reportCreateSchema,
  reportUpdateSchema,
  revealSubjectSchema,
  subjectCreateSchema,
  subjectUpdateSchema,
  verificationCreateSchema,
  verificationUpdateSchema,
  violationCreateSchema,
  violationUpdateSchema,
} from '@fazhi/core/correction';
import { eq } from 'drizzle-orm';
import { bySchema, refusesInvalidBodies, type BodyRoute } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';
import { orgUnits } from '../../platform/org/tables.js';

/** Every body route of 社区矫正 refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('社区矫正: hostile bodies', () => {
  let h: Harness;
  let staff = '';
  let subject = '';
  let office = '';
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};
  const base = '/api/correction';

  const subjectBody = () => ({
    name: '模糊测试对象',
    gender: 'female',
    idNumber: withIdCheckCharacter('37089919900101123'),
    phone: '13912345678',
    address: '示范高新区东湖街道1号',
    orgUnitId: office,
    category: 'probation',
    crime: '盗窃罪',
    sentence: '有期徒刑一年，缓刑一年六个月',
    judgmentEffectiveOn: '2026-01-05',
    termStartOn: '2026-01-05',
    termMonths: 18,
    reportedOn: '2026-01-08',
    level: 'normal',
    team: [{ name: '王专干', gender: 'female', role: 'officer' }],
  });
  const child = () => ({ subjectId: ids.subject, orgUnitId: office });
  const report = () => ({ ...child(), kind: 'visit', reportedOn: '2026-03-02', content: '走访正常', nilReport: true });
  const verification = () => ({ ...child(), weekOf: '2026-03-02', verifiedOn: '2026-03-03', result: 'normal' });
  const leave = () => ({ ...child(), reason: '探亲', destination: '济南市', startOn: '2026-04-01', days: 5, decision: 'approved', decidedOn: '2026-03-28' });
  const violation = () => ({ ...child(), occurredOn: '2026-05-01', facts: '未按时报告', measure: 'reprimand', approval: 'approved', approvedOn: '2026-05-02' });
  const monitoring = () => ({ ...child(), reason: 'refusedReporting', startOn: '2026-06-01', endOn: '2026-08-31', approvedBy: '区司法局局长', approvedOn: '2026-05-31' });
  const meeting = () => ({ orgUnitId: office, heldOn: '2026-05-25', attendees: '所长、专干、检察官', procuratorateAttended: true, minutes: '研判风险' });

  const registers = [
    ['subject', 'subjects', subjectBody, subjectCreateSchema, subjectUpdateSchema],
    ['report', 'reports', report, reportCreateSchema, reportUpdateSchema],
    ['verification', 'verifications', verification, verificationCreateSchema, verificationUpdateSchema],
    ['leave', 'leaves', leave, leaveCreateSchema, leaveUpdateSchema],
    ['violation', 'violations', violation, violationCreateSchema, violationUpdateSchema],
    ['monitoring', 'monitorings', monitoring, monitoringCreateSchema, monitoringUpdateSchema],
    ['meeting', 'meetings', meeting, meetingCreateSchema, meetingUpdateSchema],
  ] as const;

  before(async () => {
    h = await startHarness();
    const dhjz = await h.login('dhjz');
    staff = dhjz.cookie!;
    subject = (await h.login('jzdx')).cookie!;
    office = (await h.db.select().from(orgUnits).where(eq(orgUnits.name, '东湖司法所')))[0]!.id;
    for (const [key, path, valid] of registers) {
      const made = await dhjz.post(`${base}/${path}`, valid());
      assert.equal(made.status, 201, `${path} ${JSON.stringify(made.body)}`);
      ids[key] = made.body.id;
      versions[key] = made.body.version;
    }
  });
  after(() => h?.close());

  const route = (
    name: string,
    method: 'POST' | 'PATCH',
    url: () => string,
    valid: () => Record<string, unknown>,
    schema: { shape: Record<string, unknown> } & Parameters<typeof bySchema>[0],
    cookie = () => staff,
    nested: string[][] = [],
  ): BodyRoute => ({
    name,
    method,
    url,
    cookie,
    valid,
    fields: Object.keys(schema.shape),
    nested,
    accepts: bySchema(schema),
  });

  for (const [key, path, valid, createSchema, updateSchema] of registers) {
    it(`${path}: create and update refuse contract-invalid bodies with a 400 naming a field, writing nothing`, () =>
      refusesInvalidBodies(
        h,
        [
          route(`POST ${path}`, 'POST', () => `${base}/${path}`, valid, createSchema),
          route(
            `PATCH ${path}/:id`,
            'PATCH',
            () => `${base}/${path}/${ids[key]}`,
            () => ({ version: versions[key], ...valid() }),
            updateSchema,
          ),
        ],
        30,
      ));
  }

  it('查看完整信息: the field and a reason are required', () =>
    refusesInvalidBodies(
      h,
      [
        route(
          'POST subjects/:id/reveal',
          'POST',
          () => `${base}/subjects/${ids.subject}/reveal`,
          () => ({ field: 'phone', reason: '核对' }),
          revealSubjectSchema,
        ),
      ],
      30,
    ));

  it('the phone app: check-ins (photo type and size) and 外出 requests', () =>
    refusesInvalidBodies(
      h,
      [
        route(
          'POST me/check-ins',
          'POST',
          () => `${base}/me/check-ins`,
          () => ({ content: '今日在家', latitude: 35.4, longitude: 116.6, photo: { mimeType: 'image/png', base64: 'iVBORw0KGgo=' } }),
          checkInSchema,
          () => subject,
          [
            ['photo', 'mimeType'],
            ['photo', 'base64'],
          ],
        ),
        route(
          'POST me/leaves',
          'POST',
          () => `${base}/me/leaves`,
          () => ({ reason: '探亲', destination: '济南市', startOn: '2099-01-01', days: 3 }),
          leaveApplicationSchema,
          () => subject,
        ),
      ],
      40,
    ));
});
