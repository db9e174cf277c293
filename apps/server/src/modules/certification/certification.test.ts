import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { verificationDueOn } from '@fazhi/core/certification';
import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { startHarness, type Harness } from '../../../test/harness.js';
import { notifications } from '../../platform/notify/tables.js';
import { flagOverdueVerifications } from './jobs.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/certification';

describe('证明事项 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let zjj: Client;
  let scjg: Client;
  let zrzyUnit: string;
  let zjjUnit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzy = await h.login('zrzy');
    zjj = await h.login('zjj');
    scjg = await h.login('scjg');
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    zjjUnit = h.seeded.org.departments.get('区住房和城乡建设局')!;
  });
  after(() => h.close());

  const newItem = async (over: Record<string, unknown> = {}) =>
    zjj.post(`${base}/items`, {
      code: `T-${Math.random().toString(36).slice(2, 8)}`,
      name: '测试房屋证明',
      orgUnitId: zjjUnit,
      legalBasis: '《不动产登记暂行条例》',
      handling: 'kept',
      effectiveOn: '2026-01-01',
      ...over,
    });

  it('lets the requesting and the responding unit see a request, and the coordinator; a third unit does not', async () => {
    const item = await newItem();
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const req = await zrzy.post(`${base}/verifications`, { orgUnitId: zrzyUnit, respondingUnitId: zjjUnit, itemId: item.body.id, matter: '核查申请人房屋权属', requestedOn: '2026-11-20' });
    assert.equal(req.status, 201, JSON.stringify(req.body));
    assert.equal(req.body.dueOn, verificationDueOn('2026-11-20'));
    const id = req.body.id;
    assert.equal((await zrzy.get(`${base}/verifications/${id}`)).status, 200);
    assert.equal((await zjj.get(`${base}/verifications/${id}`)).status, 200);
    assert.equal((await fzb.get(`${base}/verifications/${id}`)).status, 200);
    assert.equal((await scjg.get(`${base}/verifications/${id}`)).status, 404);
    assert.ok((await zjj.get(`${base}/verifications?pageSize=100&q=核查申请人房屋权属`)).body.items.some((r: { id: string }) => r.id === id));
    assert.ok(!(await scjg.get(`${base}/verifications?pageSize=100&q=核查申请人房屋权属`)).body.items.some((r: { id: string }) => r.id === id));
    // The responding unit answers; it cannot edit or delete the requesting unit's record.
    assert.equal((await zjj.patch(`${base}/verifications/${id}`, { version: req.body.version, matter: '改写' })).status, 403, 'the responding unit reads the request but may not edit it');
    assert.equal((await scjg.post(`${base}/verifications/${id}/transitions/answer`, { version: req.body.version, result: 'true', answeredOn: '2026-11-24' })).status, 404);
    const own = await zrzy.post(`${base}/verifications/${id}/transitions/answer`, { version: req.body.version, result: 'true', answeredOn: '2026-11-24' });
    assert.equal(own.status, 403, 'the requesting unit does not answer its own request');
    assert.ok(
      (await zrzy.get(`${base}/verifications/${id}`)).body.transitions.every((t: { allowed: boolean }) => !t.allowed),
      'nor is it offered the step',
    );
    const answered = await zjj.post(`${base}/verifications/${id}/transitions/answer`, { version: req.body.version, result: 'true', answeredOn: '2026-11-24' });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.state, 'answered');
    assert.equal(answered.body.overdue, false);
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const item = await newItem();
    const self = await zjj.post(`${base}/verifications`, { orgUnitId: zjjUnit, respondingUnitId: zjjUnit, itemId: item.body.id, matter: '自查', requestedOn: '2026-11-20' });
    assert.equal(self.status, 400);
    const ghost = await zrzy.post(`${base}/verifications`, { orgUnitId: zrzyUnit, respondingUnitId: zjjUnit, itemId: '00000000-0000-4000-8000-000000000000', matter: 'x', requestedOn: '2026-11-20' });
    assert.equal(ghost.status, 400);
    assert.equal((await newItem({ handling: 'cancelled', commitmentApplies: true })).status, 400);
    const outside = await zrzy.post(`${base}/verifications`, { orgUnitId: zjjUnit, respondingUnitId: zrzyUnit, itemId: item.body.id, matter: '越权发起', requestedOn: '2026-11-20' });
    assert.equal(outside.status, 403);
    const bad = await zjj.post(`${base}/service-stats`, { orgUnitId: zjjUnit, month: '2026-13', eLicenseServices: -1, crossProvinceItems: 1.5, crossProvinceCases: '<script>' });
    assert.equal(bad.status, 400);
  });

  it('refuses a second statistics entry for the same unit and month', async () => {
    const body = { orgUnitId: zjjUnit, month: '2031-05', eLicenseServices: 10, crossProvinceItems: 2, crossProvinceCases: 40 };
    assert.equal((await zjj.post(`${base}/service-stats`, body)).status, 201);
    assert.equal((await zjj.post(`${base}/service-stats`, body)).status, 409);
  });

  it('flags overdue requests and tells the responding unit once', async () => {
    const item = await newItem();
    const requestedOn = addCalendarDays(toIsoDate(new Date()), -30);
    const req = await zrzy.post(`${base}/verifications`, { orgUnitId: zrzyUnit, respondingUnitId: zjjUnit, itemId: item.body.id, matter: '逾期核查测试', requestedOn });
    await flagOverdueVerifications(h.db, toIsoDate(new Date()));
    await flagOverdueVerifications(h.db, toIsoDate(new Date()));
    assert.equal((await zrzy.get(`${base}/verifications/${req.body.id}`)).body.overdue, true);
    const n = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.key, `certification.verification:${req.body.id}:overdue`)));
    assert.equal(n.length, 1);
    assert.equal(n[0]!.orgUnitId, zjjUnit);
  });

  it('computes the year figures from the demo: stocks from the latest month, 办件量 summed, rate over all requests due', async () => {
    const ids = 'certification.eLicenseServices,certification.crossProvinceItems,certification.crossProvinceCases,certification.verificationsOnTimeRate,certification.itemsKept';
    const v = (await fzb.get(`/api/indicators/values?ids=${ids}&from=2026-01-01&to=2026-12-31`)).body.values as { value: number }[];
    assert.ok(v[0]!.value > 700 && v[0]!.value < 900, `电子证照 ${v[0]!.value}`);
    assert.ok(v[1]!.value > 180 && v[1]!.value < 240, `跨省通办事项 ${v[1]!.value}`);
    assert.ok(v[2]!.value > 60_000 && v[2]!.value < 80_000, `办件量 ${v[2]!.value}`);
    assert.ok(v[3]!.value > 50 && v[3]!.value < 100, `按期答复率 ${v[3]!.value}`);
    assert.ok(v[4]!.value > 40);
  });

  it('lists the 证明事项 in force on the portal without signing in, searchable', async () => {
    const all = await h.anonymous.get('/api/public/certification-items');
    assert.equal(all.status, 200);
    assert.ok(all.body.length > 40);
    assert.ok(all.body.every((i: { handling: string }) => i.handling !== 'cancelled'));
    const found = await h.anonymous.get(`/api/public/certification-items?q=${encodeURIComponent('户籍')}`);
    assert.ok(found.body.length >= 1 && found.body.every((i: { name: string; legalBasis: string; unit: string }) => `${i.name}${i.legalBasis}${i.unit}`.includes('户籍')));
    const injected = await h.anonymous.get(`/api/public/certification-items?q=${encodeURIComponent("%' or 1=1 --")}`);
    assert.equal(injected.status, 200);
    assert.equal(injected.body.length, 0);
  });

  it('fills the report paragraph from the records, with nothing left unfilled', async () => {
    const report = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    const v1 = await fzb.post(`/api/reports/annual/${report.id}/generate`);
    assert.equal(v1.status, 201);
    const zip = await JSZip.loadAsync((await fzb.get(`/api/reports/annual/${report.id}/versions/${v1.body.id}/docx`)).body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const n = (await fzb.get('/api/indicators/values?ids=certification.crossProvinceCases&from=2026-01-01&to=2026-12-31')).body.values as { value: number }[];
    assert.ok(text.includes('严把执法惠企服务关。'));
    assert.ok(text.includes(`共办理“跨省通办”${n[0]!.value}件`), 'cases');
    assert.ok(!text.includes('【'));
  });
});
