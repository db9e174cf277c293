import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import { and, count, eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { orgUnits } from '../../platform/org/tables.js';
import { refreshAssistants } from './jobs.js';
import { judicialActivities } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/judicial-offices';
const idNo = withIdCheckCharacter('37089919900101123');

describe('司法所 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let donghu: Client;
  let eastOffice: string;
  let westOffice: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    donghu = await h.login('donghu');
    const units = await h.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'));
    eastOffice = units.find((u) => u.name === '东湖司法所')!.id;
    westOffice = units.find((u) => u.name === '西岭司法所')!.id;
  });
  after(() => h.close());

  const list = async (c: Client, path: string) => (await c.get(`${base}/${path}?pageSize=200`)).body as { items: { id: string; orgUnitId: string }[]; total: number };

  it('东湖 staff see their own 司法所 only; the coordinator sees all four', async () => {
    for (const path of ['offices', 'ratings', 'assistants', 'trainings']) {
      const mine = await list(donghu, path);
      assert.ok(mine.total > 0, `${path}: 东湖 has records`);
      assert.ok(
        mine.items.every((r) => r.orgUnitId === eastOffice),
        `${path}: only 东湖司法所's`,
      );
      const all = await list(fzb, path);
      assert.equal(new Set(all.items.map((r) => r.orgUnitId)).size, 4, `${path}: fzb sees the 4 offices`);
    }
    const westProfile = (await list(fzb, 'offices')).items.find((r) => r.orgUnitId === westOffice)!;
    assert.equal((await donghu.get(`${base}/offices/${westProfile.id}`)).status, 404);
    assert.equal((await donghu.patch(`${base}/offices/${westProfile.id}`, { version: 1, address: '篡改' })).status, 404);
    // Writing for another 街道's office is refused before anything is checked or written.
    const res = await donghu.post(`${base}/activities`, { orgUnitId: westOffice, occurredOn: '2026-11-20', kind: 'mediation', subject: '越权登记', quantity: 1 });
    assert.equal(res.status, 403);
  });

  it('logs an activity from the one-card form; a consultation without 人次 is refused with its field, nothing written', async () => {
    const before = await h.db.select({ n: count() }).from(judicialActivities).where(eq(judicialActivities.orgUnitId, eastOffice));
    const bad = await donghu.post(`${base}/activities`, { orgUnitId: eastOffice, occurredOn: '2026-02-30', kind: 'consultation', subject: '咨询', quantity: 0 });
    assert.equal(bad.status, 400);
    assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
    const paths = bad.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['occurredOn', 'persons', 'quantity']);
    const noPersons = await donghu.post(`${base}/activities`, { orgUnitId: eastOffice, occurredOn: '2026-11-20', kind: 'consultation', subject: '咨询', quantity: 1 });
    assert.equal(noPersons.status, 400);
    assert.equal(noPersons.body.errors[0].path, 'persons');
    // A profile belongs to a 司法所 unit, not to the 街道 above it.
    const onStreet = await donghu.post(`${base}/activities`, { orgUnitId: h.seeded.org.subdistricts.get('东湖街道'), occurredOn: '2026-11-20', kind: 'mediation', subject: '调处', quantity: 1 });
    assert.equal(onStreet.status, 400);
    assert.equal(onStreet.body.errors[0].path, 'orgUnitId');
    const after = await h.db.select({ n: count() }).from(judicialActivities).where(eq(judicialActivities.orgUnitId, eastOffice));
    assert.equal(after[0]!.n, before[0]!.n);
    const ok = await donghu.post(`${base}/activities`, { orgUnitId: eastOffice, occurredOn: '2026-11-20', kind: 'consultation', subject: '法律咨询接待日', quantity: 1, persons: 12 });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.persons, 12);
  });

  it("keeps assistants' ID numbers and phones encrypted and masked; reveal is logged", async () => {
    const res = await donghu.post(`${base}/assistants`, { name: '测试协理员', gender: 'female', idNumber: idNo, phone: '13912345678', orgUnitId: eastOffice, hiredOn: '2026-11-01', batch: '第二批' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.idNumberMasked, `370899********${idNo.slice(-4)}`);
    assert.equal(res.body.phoneMasked, '139****5678');
    assert.equal(res.body.idNumber, undefined);
    assert.equal(res.body.idNumberEnc, undefined);
    assert.equal(res.body.state, 'inPost');
    const training = await donghu.post(`${base}/trainings`, { assistantId: res.body.id, orgUnitId: eastOffice, kind: 'preService', trainedOn: '2026-11-02', hours: 16, subject: '岗前培训' });
    assert.equal(training.status, 201, JSON.stringify(training.body));
    assert.equal((await donghu.get(`${base}/assistants/${res.body.id}`)).body.trainingHours, 16);
    // A training record names an assistant of the office it is filed under.
    const westAssistant = (await list(fzb, 'assistants')).items.find((a) => a.orgUnitId === westOffice)!;
    const cross = await donghu.post(`${base}/trainings`, { assistantId: westAssistant.id, orgUnitId: eastOffice, kind: 'rotation', trainedOn: '2026-11-02', hours: 4, subject: '轮训' });
    assert.equal(cross.status, 400);
    assert.equal(cross.body.errors[0].path, 'assistantId');
    const shown = await donghu.post(`${base}/assistants/${res.body.id}/reveal-id-number`, { reason: '核对身份' });
    assert.equal(shown.status, 200);
    assert.equal(shown.body.value, idNo);
    const leader = await h.login('leader');
    assert.equal((await leader.post(`${base}/assistants/${res.body.id}/reveal-phone`, { reason: '核对' })).status, 403);
    const history = (await donghu.get(`${base}/assistants/${res.body.id}/history`)).body;
    assert.ok(history.some((e: { action: string }) => e.action === 'reveal'));
    // The daily job: a deleted training record leaves the total, and an exit day passed makes the assistant 已解聘.
    assert.equal((await donghu.delete(`${base}/trainings/${training.body.id}?version=${training.body.version}`)).status, 403);
    assert.equal((await fzb.delete(`${base}/trainings/${training.body.id}?version=${training.body.version}`)).status, 200);
    const current = (await donghu.get(`${base}/assistants/${res.body.id}`)).body;
    assert.equal((await donghu.patch(`${base}/assistants/${res.body.id}`, { version: current.version, exitOn: '2026-11-20', exitReason: '个人原因' })).status, 200);
    await refreshAssistants(h.db, '2026-11-27');
    const refreshed = (await donghu.get(`${base}/assistants/${res.body.id}`)).body;
    assert.deepEqual([refreshed.trainingHours, refreshed.state], [0, 'left']);
  });

  it('rates an office: 自评 by the office, 区级评定 and 确定 by the coordinator; the level follows the score', async () => {
    const district = h.seeded.org.districtId;
    // A 司法所 cannot set the district's checklist.
    assert.equal((await donghu.post(`${base}/checklist-items`, { year: 2027, orgUnitId: eastOffice, category: 'premises', title: '自定标准', maxPoints: 50, sortOrder: 1 })).status, 400);
    const ids: string[] = [];
    for (const [i, points] of [60, 40].entries()) {
      const item = await fzb.post(`${base}/checklist-items`, { year: 2027, orgUnitId: district, category: i ? 'serviceHall' : 'premises', title: `2027年评定项${i}`, maxPoints: points, sortOrder: i });
      assert.equal(item.status, 201, JSON.stringify(item.body));
      ids.push(item.body.id);
    }
    const std = await fzb.post(`${base}/standards`, { year: 2027, orgUnitId: district, basis: '测试', oneStar: 50, twoStar: 60, threeStar: 70, fourStar: 80, fiveStar: 90 });
    assert.equal(std.status, 201, JSON.stringify(std.body));
    const created = await donghu.post(`${base}/ratings`, { orgUnitId: eastOffice, year: 2027 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await donghu.post(`${base}/ratings`, { orgUnitId: eastOffice, year: 2027 })).status, 400);
    let r = (await donghu.get(`${base}/ratings/${created.body.id}`)).body;
    assert.equal(r.sheet.maxTotal, 100);
    const step = (c: Client, name: string, body: object) => c.post(`${base}/ratings/${r.id}/transitions/${name}`, { ...body, version: r.version });

    const over = await step(donghu, 'submit', {
      scores: [
        { itemId: ids[0], score: 61 },
        { itemId: ids[1], score: 40 },
      ],
      selfAssessedOn: '2027-10-01',
    });
    assert.equal(over.status, 409);
    assert.match(over.body.detail, /不能超过60分/);
    const sub = await step(donghu, 'submit', {
      scores: [
        { itemId: ids[0], score: 58 },
        { itemId: ids[1], score: 39 },
      ],
      selfAssessedOn: '2027-10-01',
    });
    assert.equal(sub.status, 200, JSON.stringify(sub.body));
    r = sub.body;
    assert.equal(r.state, 'districtReview');
    assert.equal(r.selfTotal, 97);
    const seen = (await donghu.get(`${base}/ratings/${r.id}`)).body;
    assert.equal(seen.transitions.find((t: { name: string }) => t.name === 'assess').refusedBy, 'permission');
    assert.equal(
      (
        await step(donghu, 'assess', {
          scores: [
            { itemId: ids[0], score: 50 },
            { itemId: ids[1], score: 35 },
          ],
          assessedOn: '2027-11-01',
        })
      ).status,
      403,
    );
    const assessed = await step(fzb, 'assess', {
      scores: [
        { itemId: ids[0], score: 50 },
        { itemId: ids[1], score: 35.5 },
      ],
      assessedOn: '2027-11-01',
    });
    assert.equal(assessed.status, 200, JSON.stringify(assessed.body));
    r = assessed.body;
    assert.equal(r.districtTotal, 85.5);
    assert.equal(r.starLevel, '4');
    assert.deepEqual(
      r.sheet.items.map((i: { selfScore: number; districtScore: number }) => [i.selfScore, i.districtScore]),
      [
        [58, 50],
        [39, 35.5],
      ],
    );
    const confirmed = await step(fzb, 'confirm', { confirmedOn: '2027-12-01' });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.state, 'confirmed');
    const profile = (await list(donghu, 'offices')).items[0] as unknown as { starLevel: string };
    assert.equal(profile.starLevel, '4');
    // Once an office has submitted, the year's checklist is fixed.
    const frozen = await fzb.patch(`${base}/checklist-items/${ids[0]}`, { version: 1, maxPoints: 70 });
    assert.equal(frozen.status, 400);
  });

  it('computes the indicators from the demo records and fills the annual report paragraph', async () => {
    const ids = ['fiveStarOffices', 'publicitySessions', 'consultationPersons', 'assistantsHired', 'assistantsInPost', 'assistantTrainingCoverage', 'ratingCompletion'].map(
      (i) => `judicialOffices.${i}`,
    );
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `judicialOffices.${id}`)!.value;
    assert.equal(v('fiveStarOffices'), 4);
    assert.ok(v('publicitySessions') >= 880 && v('publicitySessions') <= 960, `publicity ${v('publicitySessions')}`);
    assert.ok(v('consultationPersons') >= 4750 && v('consultationPersons') <= 4900, `consultations ${v('consultationPersons')}`);
    // 15 hired in the demo plus the one this file hired.
    assert.equal(v('assistantsHired'), 16);
    assert.equal(v('ratingCompletion'), 100);
    assert.ok(v('assistantTrainingCoverage') > 90, `coverage ${v('assistantTrainingCoverage')}`);
    const drill = (await fzb.get(`/api/indicators/judicialOffices.fiveStarOffices/records?from=2026-01-01&to=2026-12-31`)).body;
    assert.equal(drill.total, 4);
    // donghu's scope: its own office only.
    const own = (await donghu.get(`/api/indicators/values?ids=judicialOffices.fiveStarOffices&from=2026-01-01&to=2026-12-31`)).body.values[0].value;
    assert.equal(own, 1);

    const reports = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items;
    const report = reports.find((x: { orgUnitId: string }) => x.orgUnitId === h.seeded.org.districtId);
    const html = (await fzb.get(`/api/reports/annual/${report.id}/preview`)).body as string;
    const text = String(html).replace(/<[^>]+>/g, '');
    const para = text.slice(text.indexOf('司法所规范化建设水平进一步提高'), text.indexOf('强化特殊人群管控'));
    assert.ok(para.includes('4个街道创成五星级司法所'), para);
    assert.ok(para.includes(`开展法治宣传教育${v('publicitySessions')}场次`), para);
    assert.ok(para.includes(`接待群众法律咨询${v('consultationPersons')}人次`), para);
    assert.ok(para.includes('选聘16名司法协理员'), para);
    assert.ok(!para.includes('【'), 'no placeholder left unfilled');
  });

  it('publishes the 司法所 directory on the portal without login: address, office phone, star level', async () => {
    const res = await h.anonymous.get('/api/public/judicial-offices');
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 4);
    for (const o of res.body) {
      assert.match(o.officePhone, /^0537-/);
      assert.ok(o.address);
    }
    assert.ok(res.body.some((o: { name: string; starLevel: number; ratedYear: number }) => o.name === '西岭司法所' && o.starLevel === 5 && o.ratedYear === 2026));
    const rows = await h.db
      .select({ n: count() })
      .from(orgUnits)
      .where(and(eq(orgUnits.kind, 'judicialOffice')));
    assert.equal(rows[0]!.n, 4);
  });
});
