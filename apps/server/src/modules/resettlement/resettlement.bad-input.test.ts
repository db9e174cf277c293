import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { revealRequestOf, withIdCheckCharacter } from '@fazhi/core';
import { activityCreateSchema, activityUpdateSchema, personCreateSchema, personUpdateSchema } from '@fazhi/core/resettlement';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { orgUnits } from '../../platform/org/tables.js';
import { bySchema, refusesInvalidBodies, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every body route of the resettlement module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('安置帮教: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const base = '/api/resettlement';
  const fx = { office: '', person: '', personVersion: 0, activity: '', activityVersion: 0 };
  const person = (): Record<string, Json> => ({
    name: '测试对象',
    gender: 'male',
    idNumber: withIdCheckCharacter('37089919800101123'),
    orgUnitId: fx.office,
    householdAddress: '户籍地',
    residenceAddress: '居住地',
    crime: '盗窃罪',
    sentence: '有期徒刑一年',
    prison: '监狱',
    releasedOn: '2026-03-01',
    riskLevel: 'low',
  });
  const activity = (): Record<string, Json> => ({ orgUnitId: fx.office, personId: fx.person, occurredOn: '2026-04-01', kind: 'visit', content: '走访' });

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    const [office] = await h.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice')).limit(1);
    fx.office = office!.id;
    const p = await fzb.post(`${base}/persons`, person());
    assert.equal(p.status, 201, JSON.stringify(p.body));
    Object.assign(fx, { person: p.body.id, personVersion: p.body.version });
    const a = await fzb.post(`${base}/activities`, activity());
    assert.equal(a.status, 201, JSON.stringify(a.body));
    Object.assign(fx, { activity: a.body.id, activityVersion: a.body.version });
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

  it('both registers and the reveal refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'POST persons',
        'POST',
        () => `${base}/persons`,
        () => ({ ...person(), name: `测试对象${Math.random()}` }),
        personCreateSchema,
      ),
      route(
        'PATCH persons/:id',
        'PATCH',
        () => `${base}/persons/${fx.person}`,
        () => ({ version: fx.personVersion, note: '备注' }),
        personUpdateSchema,
      ),
      route(
        'POST persons/:id/reveal',
        'POST',
        () => `${base}/persons/${fx.person}/reveal`,
        () => ({ field: 'idNumber', reason: '核对身份' }),
        revealRequestOf(['idNumber', 'phone']),
      ),
      route('POST activities', 'POST', () => `${base}/activities`, activity, activityCreateSchema),
      route(
        'PATCH activities/:id',
        'PATCH',
        () => `${base}/activities/${fx.activity}`,
        () => ({ version: fx.activityVersion, content: '改' }),
        activityUpdateSchema,
      ),
    ]));
});
