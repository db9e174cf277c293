import assert from 'node:assert/strict';
import { withIdCheckCharacter } from '@fazhi/core';
import { marker, registerProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/publicity';
const community = (t: Target) => t.records.publicityCommunity!;

const bodies = {
  task: (t: Target) => ({ title: `${marker}普法任务`, orgUnitId: t.unitId, dueOn: '2026-12-20', state: 'inProgress' }),
  duty: (t: Target) => ({ orgUnitId: t.unitId, year: 2026, content: `${marker}普法内容`, audience: '群众', form: '宣讲', timing: '全年' }),
  event: (t: Target) => ({ kind: 'intoCommunities', title: `${marker}普法活动`, heldOn: '2026-11-20', place: '社区广场', orgUnitId: t.unitId, participants: 50 }),
  site: (t: Target) => ({ name: `${marker}阵地`, kind: 'corridor', orgUnitId: community(t), builtYear: 2025 }),
  liaison: (t: Target) => ({
    name: `${marker}明白人`,
    gender: 'male',
    idNumber: withIdCheckCharacter('37089919900101123'),
    phone: '13912345678',
    role: 'liaison',
    orgUnitId: community(t),
    appointedOn: '2026-03-01',
  }),
  rating: (t: Target) => ({ kind: 'ruleOfLawVillage', level: 'district', orgUnitId: community(t), year: 2026, batch: `${marker}批次` }),
  training: (t: Target) => ({ title: `${marker}学法培训`, heldOn: '2026-11-20', orgUnitId: t.unitId, mode: 'online', participants: 40, hours: 2 }),
};
type Name = keyof typeof bodies;
const paths: Record<Name, string> = { task: 'tasks', duty: 'duties', event: 'events', site: 'sites', liaison: 'liaisons', rating: 'ratings', training: 'trainings' };
const fixture = (name: Name) => `publicity${name[0]!.toUpperCase()}${name.slice(1)}`;

/** Routes of the publicity module: every register by the unit's scope; the portal list is public. */
export const publicityPolicy: PolicyPart = {
  setup: async ({ fzb, admin }, { unitId }) => {
    // The rosters, 阵地 and ratings belong to a 村(社区): one inside the probed unit, so its scope covers them.
    const unit = await admin.post('/api/org/units', { parentId: unitId, name: `${marker}普法村${unitId.slice(0, 4)}`, kind: 'community' });
    assert.equal(unit.status, 201, JSON.stringify(unit.body));
    const records: Record<string, string> = { publicityCommunity: unit.body.id };
    const t = { unitId, records } as unknown as Target;
    for (const name of Object.keys(bodies) as Name[]) {
      const res = await fzb.post(`${base}/${paths[name]}`, bodies[name](t));
      assert.equal(res.status, 201, `${name} ${JSON.stringify(res.body)}`);
      records[fixture(name)] = res.body.id;
    }
    return records;
  },
  probes: (f) => ({
    ...Object.fromEntries(
      (Object.keys(bodies) as Name[]).flatMap((name) =>
        Object.entries(registerProbes(f, `${base}/${paths[name]}`, 'publicity', name, (t) => t.records[fixture(name)]!, { ok: 201, body: (t) => ({ ...bodies[name](t), ...uniq(name) }) })),
      ),
    ),
    'GET /api/public/publicity-events': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/publicity-events') },
  }),
};

// A second record of the same register must not collide with the fixture's natural key.
let n = 0;
function uniq(name: Name): Record<string, unknown> {
  n += 1;
  return name === 'rating'
    ? { year: 2000 + (n % 100) }
    : name === 'duty'
      ? { content: `${marker}普法内容${n}` }
      : name === 'site'
        ? { name: `${marker}阵地${n}` }
        : name === 'liaison'
          ? { name: `${marker}明白人${n}` }
          : { title: `${marker}${n}` };
}
