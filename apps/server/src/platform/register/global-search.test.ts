import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness, type Harness } from '../../../test/harness.js';

type Group = { path: string; items: { id: string; label: string }[] };
const found = (groups: Group[], id: string) => groups.some((g) => g.items.some((i) => i.id === id));

describe('global search by 案号 or title', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  /** One case of the user's own unit, as their list shows it. */
  async function ownCase(user: string) {
    const c = await h.login(user);
    const list = await c.get('/api/litigation/cases?pageSize=1');
    assert.equal(list.status, 200);
    return list.body.items[0] as { id: string; caseNumber: string; orgUnitId: string };
  }

  it('finds a case of the actor’s unit by its 案号 and names it by the 案号', async () => {
    const mine = await ownCase('zrzy');
    const zrzy = await h.login('zrzy');
    const res = await zrzy.get(`/api/search?q=${encodeURIComponent(mine.caseNumber)}`);
    assert.equal(res.status, 200);
    const cases = (res.body.groups as (Group & { title: string })[]).find((g) => g.path === 'litigation/cases');
    assert.equal(cases?.title, '行政诉讼案件');
    assert.deepEqual(
      cases?.items.find((i) => i.id === mine.id),
      { id: mine.id, label: mine.caseNumber, orgUnitName: '区自然资源和规划局' },
    );
  });

  it('another unit’s case is not found, though the district coordinator finds it', async () => {
    const theirs = await ownCase('zjj');
    const mine = await ownCase('zrzy');
    assert.notEqual(theirs.orgUnitId, mine.orgUnitId);
    const q = `?q=${encodeURIComponent(theirs.caseNumber)}`;
    const zrzy = await (await h.login('zrzy')).get(`/api/search${q}`);
    assert.equal(zrzy.status, 200);
    assert.equal(found(zrzy.body.groups, theirs.id), false);
    // The register's own detail agrees: not found.
    assert.equal((await (await h.login('zrzy')).get(`/api/litigation/cases/${theirs.id}`)).status, 404);
    const fzb = await (await h.login('fzb')).get(`/api/search${q}`);
    assert.equal(found(fzb.body.groups, theirs.id), true);
  });

  it('a title finds records across registers; too short a query is refused in Chinese; no session, no search', async () => {
    const fzb = await h.login('fzb');
    const res = await fzb.get(`/api/search?q=${encodeURIComponent('规划')}`);
    assert.equal(res.status, 200);
    assert.ok(res.body.groups.length >= 2, `groups: ${res.body.groups.map((g: Group) => g.path).join(', ')}`);
    for (const g of res.body.groups) assert.ok(g.items.length <= 5);
    const short = await fzb.get('/api/search?q=%E8%A7%84');
    assert.equal(short.status, 400);
    assert.match(JSON.stringify(short.body), /请至少输入2个字/);
    assert.equal((await h.anonymous.get('/api/search?q=%E8%A7%84%E5%88%92')).status, 401);
  });
});
