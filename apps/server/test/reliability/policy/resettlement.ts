import assert from 'node:assert/strict';
import { withIdCheckCharacter } from '@fazhi/core';
import { marker, registerProbes, type PolicyPart, type Target } from './kit.js';

const persons = '/api/resettlement/persons';
const activities = '/api/resettlement/activities';
const office = (t: Target) => t.records.resettlementOffice!;

let n = 0;
const personBody = (t: Target) => ({
  name: `${marker}帮教对象${++n}`,
  gender: 'male',
  idNumber: withIdCheckCharacter('37089919800101123'),
  phone: '13912345678',
  orgUnitId: office(t),
  householdAddress: '矩阵街道1号',
  residenceAddress: '矩阵街道1号',
  crime: '盗窃罪',
  sentence: '有期徒刑一年',
  prison: '矩阵监狱',
  releasedOn: '2026-03-01',
  riskLevel: 'low',
});
let m = 0;
const activityBody = (t: Target) => ({
  orgUnitId: office(t),
  personId: t.records.resettlementPerson!,
  occurredOn: `2026-0${4 + (++m % 6)}-${String(1 + (m % 28)).padStart(2, '0')}`,
  kind: 'visit',
  content: `${marker}走访`,
});

/** Routes of the resettlement module: both registers by the 司法所's scope; the person's ID number by `reveal`. */
export const resettlementPolicy: PolicyPart = {
  setup: async ({ fzb, admin }, { unitId }) => {
    // People belong to a 司法所: one inside the probed unit, so its scope covers them.
    const unit = await admin.post('/api/org/units', { parentId: unitId, name: `${marker}司法所${unitId.slice(0, 4)}`, kind: 'judicialOffice' });
    assert.equal(unit.status, 201, JSON.stringify(unit.body));
    const records: Record<string, string> = { resettlementOffice: unit.body.id };
    const t = { unitId, records } as unknown as Target;
    const person = await fzb.post(persons, personBody(t));
    assert.equal(person.status, 201, JSON.stringify(person.body));
    records.resettlementPerson = person.body.id;
    const activity = await fzb.post(activities, activityBody(t));
    assert.equal(activity.status, 201, JSON.stringify(activity.body));
    records.resettlementActivity = activity.body.id;
    return records;
  },
  probes: (f) => ({
    ...registerProbes(f, persons, 'resettlement', 'person', (t) => t.records.resettlementPerson!, { ok: 201, body: personBody }, { reveal: 'idNumber' }),
    ...registerProbes(f, activities, 'resettlement', 'activity', (t) => t.records.resettlementActivity!, { ok: 201, body: activityBody }),
  }),
};
