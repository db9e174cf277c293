import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listCountCap } from '@fazhi/core';
import { sql } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { OrgTree } from './tree.js';

describe('the org tree in memory', () => {
  const tree = new OrgTree(1, [
    { id: 'a', path: '/a/' },
    { id: 'b', path: '/a/b/' },
    { id: 'c', path: '/a/b/c/' },
    { id: 'd', path: '/a/d/' },
    { id: 'e', path: '/e/' },
  ]);

  it('gives a subtree as the unit and everything below it, and nothing of a sibling whose path shares a prefix', () => {
    assert.deepEqual(tree.idsUnder(['/a/b/']), { count: 2, literal: '{b,c}' });
    assert.deepEqual(tree.idsUnder(['/a/']), { count: 4, literal: '{a,b,c,d}' });
    assert.deepEqual(tree.idsUnder(['/a/d/']), { count: 1, literal: 'd' });
    assert.deepEqual(tree.idsUnder(['/x/']), { count: 0, literal: '{}' });
  });

  it('counts a unit once when scopes overlap', () => {
    assert.deepEqual(tree.idsUnder(['/a/b/c/', '/a/b/', '/e/']), { count: 3, literal: '{b,c,e}' });
  });
});

describe('scopes follow changes to the org tree at once', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it("a unit added under a department is in that department's scope and filter on the next request", async () => {
    const zrzy = await h.login('zrzy');
    const admin = await h.login('admin');
    const department = h.seeded.org.departments.get('区自然资源和规划局')!;
    // The department's staff have listed once, so the tree is loaded before the unit exists.
    assert.equal((await zrzy.get('/api/publicity/duties')).status, 200);
    const unit = await admin.post('/api/org/units', { parentId: department, name: '测试不动产登记中心', kind: 'department' });
    assert.equal(unit.status, 201, JSON.stringify(unit.body));
    const duty = await zrzy.post('/api/publicity/duties', { orgUnitId: unit.body.id, year: 2026, content: '新设单位的普法责任', audience: '办事群众', form: '窗口宣传', timing: '全年' });
    assert.equal(duty.status, 201, JSON.stringify(duty.body));

    const filtered = await zrzy.get(`/api/publicity/duties?f.orgUnitId=${unit.body.id}`);
    assert.deepEqual(
      filtered.body.items.map((r: { id: string }) => r.id),
      [duty.body.id],
    );
    const byDepartment = await zrzy.get(`/api/publicity/duties?f.orgUnitId=${department}&pageSize=100`);
    assert.ok(
      byDepartment.body.items.some((r: { id: string }) => r.id === duty.body.id),
      'the department filter covers its new sub-unit',
    );
    assert.equal((await zrzy.get(`/api/publicity/duties/${duty.body.id}`)).status, 200);
    // Another department's staff still do not see it.
    const zjj = await h.login('zjj');
    assert.equal((await zjj.get(`/api/publicity/duties/${duty.body.id}`)).status, 404);
  });

  it('a list past the count cap says so instead of counting every record, and still pages', async () => {
    const zjj = await h.login('zjj');
    const department = h.seeded.org.departments.get('区住房和城乡建设局')!;
    await h.db.execute(sql`insert into publicity_duties (org_unit_id, year, content, audience, form, timing)
      select ${department}, 2025, '批量责任' || n, '群众', '宣讲', '全年' from generate_series(1, ${listCountCap + 5}) n`);
    const page = await zjj.get('/api/publicity/duties?page=3&pageSize=50');
    assert.equal(page.status, 200);
    assert.equal(page.body.total, listCountCap);
    assert.equal(page.body.totalCapped, true);
    assert.equal(page.body.items.length, 50);
    const few = await zjj.get('/api/publicity/duties?f.year=2026');
    assert.equal(few.body.totalCapped, undefined);
    assert.equal(few.body.total, few.body.items.length);
  });
});
