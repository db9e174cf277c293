import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MyWork, Notice } from '@fazhi/core';
import { startHarness, type Harness } from '../../../test/harness.js';

type Client = Awaited<ReturnType<Harness['login']>>;

describe('我的待办 and the submitter’s notices, per role', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  const work = async (c: Client) => {
    const res = await c.get('/api/my-work');
    assert.equal(res.status, 200);
    return res.body as MyWork;
  };
  const group = (w: MyWork, key: string) => w.groups.find((g) => g.key === key);
  const ids = (w: MyWork, key: string) => group(w, key)?.items.map((i) => i.id) ?? [];
  const request = (c: Client, title: string, orgUnitId: string) =>
    c.post('/api/legal-review/requests', {
      subjectKind: 'contract',
      title,
      counterparty: '山东华信数据科技有限公司',
      orgUnitId,
      receivedOn: '2026-11-02',
      materials: ['requestLetter', 'contractText', 'counterpartyQualification'],
    });

  before(async () => {
    h = await startHarness();
    [fzb, zrzy] = await Promise.all([h.login('fzb'), h.login('zrzy')]);
  });
  after(() => h.close());

  it('an adviser finds a review newly assigned to them, opening its record, and nothing unassigned', async () => {
    const adviser = await h.login('adviser');
    const zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    const made = await request(zrzy, '不动产登记档案数字化加工服务采购合同', zrzyUnit);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const assigned = made.body;
    const other = (await request(zrzy, '测绘成果保密管理委托合同', zrzyUnit)).body;
    assert.ok(!ids(await work(adviser), 'legalReview.review').includes(assigned.id));
    assert.equal((await fzb.post(`/api/legal-review/requests/${assigned.id}/assignees`, { userId: h.seeded.users.get('adviser'), role: 'adviser' })).status, 200);
    const mine = await work(adviser);
    const item = group(mine, 'legalReview.review')!.items.find((i) => i.id === assigned.id)!;
    assert.equal(item.title, '不动产登记档案数字化加工服务采购合同');
    assert.equal(item.stateLabel, '已受理');
    assert.equal(item.link, `/legal-review/requests/${assigned.id}`);
    assert.ok(!ids(mine, 'legalReview.review').includes(other.id), 'an unassigned review of another unit is not the adviser’s');
    assert.equal(
      mine.total,
      mine.groups.reduce((n, g) => n + g.total, 0),
    );
  });

  it('a 街道 sees the matters waiting for its own meeting decision, never another 街道’s', async () => {
    const east = h.seeded.org.subdistricts.get('东湖街道')!;
    const west = h.seeded.org.subdistricts.get('西岭街道')!;
    const pending = (await fzb.get('/api/decisions/matters?f.state=pending&pageSize=200')).body.items as { id: string; orgUnitId: string }[];
    const [donghu, xiling] = await Promise.all([h.login('donghu'), h.login('xiling')]);
    const eastIds = ids(await work(donghu), 'decisions.matterMeeting');
    const westIds = ids(await work(xiling), 'decisions.matterMeeting');
    assert.deepEqual(
      eastIds.sort(),
      pending
        .filter((m) => m.orgUnitId === east)
        .map((m) => m.id)
        .sort(),
    );
    assert.ok(eastIds.length > 0, 'the demo 街道 has a matter pending');
    assert.deepEqual(
      westIds.sort(),
      pending
        .filter((m) => m.orgUnitId === west)
        .map((m) => m.id)
        .sort(),
    );
    assert.ok(!eastIds.some((id) => westIds.includes(id)));
  });

  it('a department submitter finds its returned request with a notice, unread until read; another department sees neither', async () => {
    const zjj = await h.login('zjj');
    const created = (await request(zrzy, '土地储备项目委托拆迁协议', h.seeded.org.departments.get('区自然资源和规划局')!)).body;
    assert.ok(!ids(await work(zrzy), 'legalReview.returned').includes(created.id));
    const back = await fzb.post(`/api/legal-review/requests/${created.id}/transitions/returnRequest`, {
      version: created.version,
      returnKind: 'materials',
      returnedOn: '2026-11-03',
      returnReason: '缺少协议附件',
    });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    const returned = group(await work(zrzy), 'legalReview.returned')!;
    assert.ok(returned.items.some((i) => i.id === created.id && i.stateLabel.startsWith('已退回')));
    assert.ok(!ids(await work(zjj), 'legalReview.returned').includes(created.id));

    const notices = (await zrzy.get('/api/notifications')).body as Notice[];
    const notice = notices.find((n) => n.entityId === created.id && n.level === 'info')!;
    assert.ok(notice, 'the submitter is told the request moved');
    assert.match(notice.title, /土地储备项目委托拆迁协议.*退回/);
    assert.equal(notice.link, `/legal-review/requests/${created.id}`);
    assert.equal(notice.readAt, null);
    assert.ok(!((await zjj.get('/api/notifications')).body as Notice[]).some((n) => n.id === notice.id), 'a message is its recipient’s alone');
    assert.ok(!((await fzb.get('/api/notifications')).body as Notice[]).some((n) => n.id === notice.id), 'not even the district coordinator’s');
    assert.equal((await zjj.post(`/api/notifications/${notice.id}/read`)).status, 404, 'nobody else marks it read');

    assert.equal((await zrzy.post(`/api/notifications/${notice.id}/read`)).body.read, 1);
    const after = ((await zrzy.get('/api/notifications')).body as Notice[]).find((n) => n.id === notice.id)!;
    assert.ok(after.readAt);
  });

  it('the leader finds a report to sign; signing tells its drafter; the coordinator does not have it to sign', async () => {
    const leader = await h.login('leader');
    let r = (await fzb.post('/api/reports/annual', { year: 2026, orgUnitId: h.seeded.org.subdistricts.get('西岭街道') })).body;
    assert.ok(r.id);
    assert.equal((await fzb.post(`/api/reports/annual/${r.id}/generate`)).status, 201);
    r = (await fzb.get(`/api/reports/annual/${r.id}`)).body;
    r = (await fzb.post(`/api/reports/annual/${r.id}/transitions/submitForReview`, { version: r.version })).body;
    assert.equal(r.state, 'reviewing');
    assert.ok(ids(await work(leader), 'reports.sign').includes(r.id));
    assert.ok(!ids(await work(fzb), 'reports.sign').includes(r.id), 'the coordinator does not sign');
    r = (await leader.post(`/api/reports/annual/${r.id}/transitions/sign`, { version: r.version })).body;
    assert.equal(r.state, 'signed');
    assert.ok(!ids(await work(leader), 'reports.sign').includes(r.id), 'signed: no longer waiting');
    const notices = (await fzb.get('/api/notifications')).body as Notice[];
    assert.ok(notices.some((n) => n.entityId === r.id && n.level === 'info' && /领导签发/.test(n.title)));
  });

  it('the menu’s registers follow the access policy: a department keeps its own lines of work, not 社区矫正 or 人民调解', async () => {
    const registers = (await zrzy.get('/api/my-work/registers')).body as { usable: string[]; hidden: string[] };
    const zrzyPaths = registers.usable;
    assert.ok(registers.hidden.includes('correction/subjects'), 'hidden, so the menu can drop it');
    assert.ok(zrzyPaths.includes('litigation/cases'));
    assert.ok(zrzyPaths.includes('legal-review/requests'));
    assert.ok(!zrzyPaths.some((p) => p.startsWith('correction/') || p.startsWith('mediation/')));
    const mediator = (await (await h.login('mediator')).get('/api/my-work/registers')).body.usable as string[];
    assert.ok(mediator.includes('mediation/disputes'));
    assert.ok(!mediator.includes('litigation/cases'));
  });
});
