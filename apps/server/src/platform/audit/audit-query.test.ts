import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Today as the district reads it (China Standard Time), like the route's day filters. */
const todayCst = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('audit log page: filters by time, actor and record', () => {
  let h: Harness;
  let observationId: string;
  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    const made = await fzb.post('/api/litigation/observations', { heldOn: '2026-11-20', orgUnitId: h.seeded.org.districtId, title: '审计筛选测试旁听', participants: 5 });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    observationId = made.body.id;
  });
  after(() => h.close());

  it('one record: only its own entries, with who did it', async () => {
    const admin = await h.login('admin');
    const res = await admin.get(`/api/audit?entityType=litigation.observation&entityId=${observationId}`);
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.map((e: { action: string; entityId: string }) => [e.action, e.entityId]),
      [['create', observationId]],
    );
    assert.match(res.body[0].actorName, /法治/);
  });

  it('by actor: part of a name finds that person’s entries and no one else’s', async () => {
    const inspector = await h.login('inspector');
    const res = await inspector.get(`/api/audit?actor=${encodeURIComponent('系统管理')}&limit=200`);
    assert.equal(res.status, 200);
    assert.ok(res.body.length > 0, 'the admin signed in above');
    for (const e of res.body) assert.match(e.actorName, /系统管理/);
  });

  it('by day: today holds the new record, tomorrow nothing yet, and a day that does not exist is refused in Chinese', async () => {
    const admin = await h.login('admin');
    const today = todayCst();
    const todays = await admin.get(`/api/audit?from=${today}&to=${today}&entityType=litigation.observation&limit=200`);
    assert.ok(todays.body.some((e: { entityId: string }) => e.entityId === observationId));
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual((await admin.get(`/api/audit?from=${tomorrow}`)).body, []);
    const before = await admin.get(`/api/audit?to=2000-01-01`);
    assert.deepEqual(before.body, []);
    const bad = await admin.get('/api/audit?from=2026-02-30');
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /开始日期不存在/);
  });

  it('only roles the policy lets read the log see it; the record types come with their registers’ names', async () => {
    for (const user of ['zrzy', 'mediator', 'adviser']) assert.equal((await (await h.login(user)).get('/api/audit')).status, 403, user);
    const types = await (await h.login('inspector')).get('/api/audit/entity-types');
    assert.equal(types.status, 200);
    assert.ok(types.body.some((t: { entityType: string; title: string }) => t.entityType === 'litigation.case' && t.title === '行政诉讼案件'));
  });
});
