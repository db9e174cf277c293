import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import { eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { flagOverdueTasks } from './jobs.js';
import { publicityLiaisons, publicityTasks } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/publicity';
const year = '&from=2026-01-01&to=2026-12-31';

describe('普法 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let zjj: Client;
  let zrzyUnit: string;
  let zjjUnit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzy = await h.login('zrzy');
    zjj = await h.login('zjj');
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    zjjUnit = h.seeded.org.departments.get('区住房和城乡建设局')!;
  });
  after(() => h.close());

  const duty = (orgUnitId: string) => ({ orgUnitId, year: 2026, content: '测试清单：土地管理法宣传', audience: '被征地群众', form: '入户宣讲', timing: '第四季度' });

  it("lets a department's legal staff keep its own 责任清单, not another's; the coordinator sees all", async () => {
    const own = await zrzy.post(`${base}/duties`, duty(zrzyUnit));
    assert.equal(own.status, 201, JSON.stringify(own.body));
    const done = await zrzy.patch(`${base}/duties/${own.body.id}`, { version: own.body.version, completed: true, completion: '已入户宣讲12场' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.completed, true);
    // Another department's unit is outside zrzy's scope, for writing and for reading.
    assert.equal((await zrzy.post(`${base}/duties`, duty(zjjUnit))).status, 403);
    const other = await zjj.post(`${base}/duties`, duty(zjjUnit));
    assert.equal(other.status, 201);
    assert.equal((await zrzy.get(`${base}/duties/${other.body.id}`)).status, 404);
    assert.equal((await zrzy.patch(`${base}/duties/${other.body.id}`, { version: other.body.version, completed: true })).status, 404);
    const mine = (await zrzy.get(`${base}/duties?pageSize=100`)).body.items as { orgUnitId: string }[];
    assert.ok(mine.length > 0 && mine.every((d) => d.orgUnitId === zrzyUnit));
    const all = (await fzb.get(`${base}/duties?pageSize=100`)).body;
    assert.ok(new Set(all.items.map((d: { orgUnitId: string }) => d.orgUnitId)).size > 2);
  });

  it('keeps 法律明白人 with the ID number and phone encrypted and masked, in a 村(社区) only', async () => {
    const community = h.seeded.org.communities[0]!;
    const idNumber = withIdCheckCharacter('37089919900101123');
    const body = { name: '测试明白人', gender: 'female', idNumber, phone: '13912345678', role: 'liaison', orgUnitId: community, appointedOn: '2026-03-01', trainingMode: 'both', trainingHours: 6 };
    const res = await fzb.post(`${base}/liaisons`, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.phoneMasked, '139****5678');
    assert.ok(!JSON.stringify(res.body).includes(idNumber) && !JSON.stringify(res.body).includes('13912345678'));
    const [row] = await h.db.select().from(publicityLiaisons).where(eq(publicityLiaisons.id, res.body.id));
    assert.ok(row && !row.idNumberEnc.includes(idNumber) && !row.phoneEnc.includes('13912345678'));
    const wrongUnit = await fzb.post(`${base}/liaisons`, { ...body, orgUnitId: zrzyUnit });
    assert.equal(wrongUnit.status, 400);
    assert.equal(wrongUnit.body.errors[0].path, 'orgUnitId');
  });

  it('refuses a 守法普法示范镇街 not named on a 街道, and a done task without its date', async () => {
    const bad = await fzb.post(`${base}/ratings`, { kind: 'lawAbidingTown', level: 'municipal', orgUnitId: h.seeded.org.communities[1]!, year: 2026, batch: '2026年度' });
    assert.equal(bad.status, 400);
    const task = await fzb.post(`${base}/tasks`, { title: '测试任务', orgUnitId: zrzyUnit, dueOn: '2026-06-30', state: 'done' });
    assert.equal(task.status, 400);
    assert.equal(task.body.errors[0].path, 'completedOn');
  });

  it('flags a plan task past its deadline as overdue by the daily job and alerts the lead unit', async () => {
    const task = await fzb.post(`${base}/tasks`, { title: '测试逾期任务', orgUnitId: zrzyUnit, dueOn: '2026-12-10', state: 'inProgress' });
    assert.equal(task.status, 201, JSON.stringify(task.body));
    await flagOverdueTasks(h.db, '2026-12-11');
    const [row] = await h.db.select().from(publicityTasks).where(eq(publicityTasks.id, task.body.id));
    assert.equal(row!.overdue, true);
    const notices = (await zrzy.get('/api/notifications')).body;
    assert.ok(JSON.stringify(notices).includes('测试逾期任务'));
  });

  it('computes the figures of the paragraph from the demo records and fills it with none left open', async () => {
    const ids = [
      'events',
      'municipalModelVillages',
      'municipalModelTowns',
      'popularSites',
      'communitySiteCoverage',
      'liaisons',
      'liaisonTrainingRate',
      'trainingPersons',
      'taskCompletionRate',
      'dutyDepartmentCoverage',
    ];
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.map((i) => `publicity.${i}`).join(',')}${year}`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `publicity.${id}`)!.value;
    assert.equal(v('municipalModelVillages'), 3);
    assert.equal(v('municipalModelTowns'), 1);
    assert.equal(v('popularSites'), 2);
    assert.equal(v('communitySiteCoverage'), 98);
    assert.ok(v('liaisons') >= 318, `liaisons ${v('liaisons')}`);
    assert.ok(v('trainingPersons') > 5000, `training ${v('trainingPersons')}`);
    assert.ok(v('events') >= 120, `events ${v('events')}`);
    assert.ok(v('taskCompletionRate') > 50 && v('taskCompletionRate') < 100, `tasks ${v('taskCompletionRate')}`);
    const drill = (await fzb.get(`/api/indicators/publicity.municipalModelVillages/records?${year.slice(1)}`)).body;
    assert.equal(drill.total, 3);

    const reports = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items;
    const report = reports.find((x: { orgUnitId: string }) => x.orgUnitId === h.seeded.org.districtId);
    const html = (await fzb.get(`/api/reports/annual/${report.id}/preview`)).body as string;
    const text = String(html).replace(/<[^>]+>/g, '');
    const para = text.slice(text.indexOf('大力开展普法宣传工作'), text.indexOf('强化基层基础'));
    assert.ok(para.includes(`新评选市级法治示范村3个，市级守法普法示范镇街1个，“最受群众欢迎的法治文化阵地”2个`), para);
    assert.ok(para.includes(`建成${v('liaisons')}人的基层法治队伍`), para);
    assert.ok(para.includes(`参与学习培训${v('trainingPersons')}人次`), para);
    assert.ok(!para.includes('【'), `no placeholder left unfilled: ${para}`);
  });

  it('lists published events on the portal without login', async () => {
    const res = await h.anonymous.get('/api/public/publicity-events');
    assert.equal(res.status, 200);
    assert.ok(res.body.length > 50);
    assert.ok(res.body.every((e: { kindLabel: string; place: string }) => e.kindLabel && e.place));
  });
});
