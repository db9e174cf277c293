import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { flagOverdueTasks } from './jobs.js';
import { inspectionTasks } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/inspection';
const boundary = 'inspectionboundary';
const upload = (c: Client, path: string) =>
  c.raw(
    'POST',
    `${base}/${path}/attachments`,
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="佐证.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      Buffer.from('佐证材料'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    { 'content-type': `multipart/form-data; boundary=${boundary}` },
  );

describe('法治督察, 考核, 示范创建 and honours through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let zrzyUnit: string;
  let zjjUnit: string;
  const value = async (ids: string, org?: string) =>
    (await fzb.get(`/api/indicators/values?ids=${ids}&from=2026-01-01&to=2026-12-31${org ? `&org=${org}` : ''}`)).body.values as {
      id: string;
      value: number | null;
      numerator?: number;
      denominator?: number;
      display: string;
    }[];
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzy = await h.login('zrzy');
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    zjjUnit = h.seeded.org.departments.get('区住房和城乡建设局')!;
  });
  after(() => h.close());

  it('takes a unit through 督察 → 整改通知 → 整改报告 → 验收, refusing to close anything without evidence', async () => {
    const round = await fzb.post(`${base}/rounds`, { year: 2026, title: '测试专项督察', orgUnitId: h.seeded.org.districtId, startOn: '2026-11-01', endOn: '2026-11-30', focus: '第一责任人履职' });
    assert.equal(round.status, 201, JSON.stringify(round.body));
    const subject = { roundId: round.body.id, orgUnitId: zrzyUnit, inspectedOn: '2026-11-10', firstDutyInspected: true, findings: '述法报告不具体' };
    // The inspected unit cannot record its own 督察.
    assert.equal((await zrzy.post(`${base}/subjects`, subject)).status, 403);
    const outside = await fzb.post(`${base}/subjects`, { ...subject, inspectedOn: '2026-12-10' });
    assert.equal(outside.status, 400);
    assert.equal(outside.body.errors[0].path, 'inspectedOn');
    let s = (await fzb.post(`${base}/subjects`, subject)).body;
    assert.equal(s.state, 'inspected');
    assert.equal((await fzb.post(`${base}/subjects`, subject)).status, 400, 'one entry per unit and round');
    s = (
      await fzb.post(`${base}/subjects/${s.id}/transitions/notice`, { version: s.version, noticeNumber: '测督改1号', noticedOn: '2026-11-12', rectifyDueOn: '2026-12-12', requirements: '限期整改' })
    ).body;
    assert.equal(s.state, 'rectifying');
    // The unit reads its own 整改 notice; the step is held back until evidence is attached.
    const mine = (await zrzy.get(`${base}/subjects/${s.id}`)).body;
    const report = mine.transitions.find((t: { name: string }) => t.name === 'report');
    assert.equal(report.allowed, false);
    assert.match(report.reasons.join(''), /佐证材料/);
    const early = await zrzy.post(`${base}/subjects/${s.id}/transitions/report`, { version: s.version, reportedOn: '2026-11-20', rectification: '已整改' });
    assert.equal(early.status, 409);
    assert.equal((await upload(zrzy, `subjects/${s.id}`)).status, 201);
    s = (await zrzy.post(`${base}/subjects/${s.id}/transitions/report`, { version: s.version, reportedOn: '2026-11-20', rectification: '已整改' })).body;
    assert.equal(s.state, 'reported');
    // Acceptance is the inspectors', not the unit's.
    assert.equal((await zrzy.post(`${base}/subjects/${s.id}/transitions/accept`, { version: s.version, acceptedOn: '2026-11-25', acceptanceNote: '通过' })).status, 403);
    s = (await fzb.post(`${base}/subjects/${s.id}/transitions/accept`, { version: s.version, acceptedOn: '2026-11-25', acceptanceNote: '整改到位' })).body;
    assert.equal(s.state, 'accepted');
    // Another department does not see it at all.
    assert.equal((await (await h.login('zjj')).get(`${base}/subjects/${s.id}`)).status, 404);
  });

  it('measures 督察 coverage over every department and 街道, so units not reached show as a gap', async () => {
    const [coverage] = await value('inspection.coverage');
    assert.equal(coverage!.denominator, h.seeded.org.departments.size + h.seeded.org.subdistricts.size);
    assert.ok(coverage!.numerator! > 0 && coverage!.numerator! < coverage!.denominator!, JSON.stringify(coverage));
    const records = (await fzb.get('/api/indicators/inspection.coverage/records?from=2026-01-01&to=2026-12-31&part=denominator&pageSize=100')).body;
    assert.equal(records.total, coverage!.denominator);
  });

  it('computes a unit’s score from its records, shows it only to that unit until published, then ranks all and takes an appeal in the window', async () => {
    const scheme = (await fzb.post(`${base}/schemes`, { year: 2026, title: '测试考核方案', orgUnitId: h.seeded.org.districtId })).body;
    assert.equal(scheme.appealDays, 5);
    const item = {
      schemeId: scheme.id,
      orgUnitId: h.seeded.org.districtId,
      code: 'T1',
      name: '工作要点完成',
      weight: 60,
      method: 'indicator',
      indicatorId: 'inspection.taskCompletionRate',
      rule: 'proportional',
      target: 100,
      criteria: '按完成率',
    };
    const badIndicator = await fzb.post(`${base}/items`, { ...item, indicatorId: 'inspection.nothing' });
    assert.equal(badIndicator.status, 400);
    assert.equal(badIndicator.body.errors[0].path, 'indicatorId');
    assert.equal((await fzb.post(`${base}/items`, item)).status, 201);
    const manual = (await fzb.post(`${base}/items`, { ...item, code: 'T2', name: '第一责任人履职', weight: 40, method: 'manual', indicatorId: undefined, rule: undefined, target: undefined })).body;
    const computed = await fzb.post(`${base}/schemes/${scheme.id}/compute`, { version: scheme.version });
    assert.equal(computed.status, 200, JSON.stringify(computed.body));
    assert.ok(computed.body.computed > 0);

    // zrzy's score is the indicator's value for zrzy's unit and year, with a drill-down to the records.
    const own = (await zrzy.get(`${base}/scores?pageSize=100`)).body.items.filter((x: { itemName: string }) => x.itemName === '工作要点完成');
    assert.ok(own.length === 1 && own[0].orgUnitId === zrzyUnit, JSON.stringify(own));
    const [rate] = await value('inspection.taskCompletionRate', zrzyUnit);
    assert.equal(own[0].score, Math.round(60 * Math.min(rate!.value! / 100, 1) * 100) / 100);
    const detail = (await zrzy.get(`${base}/scores/${own[0].id}`)).body;
    const history = (await fzb.get(`${base}/scores/${own[0].id}/history`)).body as { action: string; summary: string }[];
    assert.ok(
      history.some((e) => e.action === 'create' && e.summary.includes('工作要点任务完成率')),
      'each computed score is audited with its basis',
    );
    assert.equal(detail.drillDown, `/api/indicators/inspection.taskCompletionRate/records?org=${zrzyUnit}&from=2026-01-01&to=2026-12-31`);
    // Before publication a unit sees only its own scores, and no ranking.
    const all = (await zrzy.get(`${base}/scores?pageSize=200`)).body.items as { orgUnitId: string }[];
    assert.ok(all.every((x) => x.orgUnitId === zrzyUnit));
    assert.equal((await zrzy.get(`${base}/schemes/${scheme.id}/ranking`)).status, 404);
    assert.equal((await zrzy.post(`${base}/scores`, { itemId: manual.id, orgUnitId: zrzyUnit, score: 40, basis: '自评' })).status, 403);
    assert.equal((await zrzy.post(`${base}/schemes/${scheme.id}/publish`, { version: scheme.version + 1, publishedOn: '2026-11-25' })).status, 403);

    // Publication needs every hand score, each with its evidence.
    let current = (await fzb.get(`${base}/schemes/${scheme.id}`)).body;
    const missing = await fzb.post(`${base}/schemes/${scheme.id}/publish`, { version: current.version, publishedOn: '2026-11-25' });
    assert.equal(missing.status, 400);
    assert.match(missing.body.detail ?? missing.body.title ?? JSON.stringify(missing.body), /未评定/);
    const units = [...h.seeded.org.departments.values(), ...h.seeded.org.subdistricts.values()];
    const over = await fzb.post(`${base}/scores`, { itemId: manual.id, orgUnitId: zrzyUnit, score: 41, basis: '超分' });
    assert.equal(over.status, 400);
    assert.equal(over.body.errors[0].path, 'score');
    const scored: string[] = [];
    for (const [i, unit] of units.entries()) {
      const res = await fzb.post(`${base}/scores`, { itemId: manual.id, orgUnitId: unit, score: 30 + (i % 10), basis: '依据督察记录评分' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      scored.push(res.body.id);
    }
    current = (await fzb.get(`${base}/schemes/${scheme.id}`)).body;
    const noEvidence = await fzb.post(`${base}/schemes/${scheme.id}/publish`, { version: current.version, publishedOn: '2026-11-25' });
    assert.equal(noEvidence.status, 400);
    assert.match(JSON.stringify(noEvidence.body), /佐证材料/);
    for (const id of scored) assert.equal((await upload(fzb, `scores/${id}`)).status, 201);
    const published = await fzb.post(`${base}/schemes/${scheme.id}/publish`, { version: current.version, publishedOn: '2026-11-25' });
    assert.equal(published.status, 200, JSON.stringify(published.body));

    // Now every unit sees the ranking; totals add the unit's items.
    const ranking = (await zrzy.get(`${base}/schemes/${scheme.id}/ranking`)).body;
    assert.equal(ranking.units.length, units.length);
    const mine = ranking.units.find((u: { orgUnitId: string }) => u.orgUnitId === zrzyUnit);
    const myManual = (await zrzy.get(`${base}/scores?pageSize=100`)).body.items.find((x: { itemId: string }) => x.itemId === manual.id);
    assert.equal(mine.total, Math.round((own[0].score + myManual.score) * 100) / 100);
    assert.ok(ranking.units.every((u: { total: number }, i: number, a: { total: number }[]) => i === 0 || a[i - 1]!.total >= u.total));

    // Appeal: in the window only, once, and decided by the organiser.
    let score = (await zrzy.get(`${base}/scores/${myManual.id}`)).body;
    assert.equal(score.appealDueOn, '2026-12-02');
    const late = await zrzy.post(`${base}/scores/${score.id}/transitions/appeal`, { version: score.version, appealedOn: '2026-12-03', appealReason: '请求复核' });
    assert.equal(late.status, 409);
    assert.match(JSON.stringify(late.body), /申诉期已过/);
    score = (await zrzy.post(`${base}/scores/${score.id}/transitions/appeal`, { version: score.version, appealedOn: '2026-11-26', appealReason: '请求复核' })).body;
    assert.equal(score.state, 'appealed');
    assert.equal((await zrzy.post(`${base}/scores/${score.id}/transitions/resolveAppeal`, { version: score.version, appealDecidedOn: '2026-11-27', appealReply: '改分', score: 40 })).status, 403);
    const tooHigh = await fzb.post(`${base}/scores/${score.id}/transitions/resolveAppeal`, { version: score.version, appealDecidedOn: '2026-11-27', appealReply: '改分', score: 45 });
    assert.equal(tooHigh.status, 409);
    score = (await fzb.post(`${base}/scores/${score.id}/transitions/resolveAppeal`, { version: score.version, appealDecidedOn: '2026-11-27', appealReply: '复核后改为满分', score: 40 })).body;
    assert.equal(score.state, 'resolved');
    assert.equal(score.score, 40);
    // Published results are no longer edited by hand.
    assert.equal((await fzb.patch(`${base}/scores/${score.id}`, { version: score.version, score: 10 })).status, 400);
  });

  it('flags an overdue 工作要点 task and tells the owner unit', async () => {
    const task = await fzb.post(`${base}/tasks`, { year: 2026, title: '测试逾期任务', orgUnitId: zrzyUnit, dueOn: '2026-03-31', state: 'inProgress' });
    assert.equal(task.status, 201, JSON.stringify(task.body));
    assert.equal(task.body.overdue, true);
    const foreign = await zrzy.post(`${base}/tasks`, { year: 2026, title: '越权任务', orgUnitId: zjjUnit, dueOn: '2026-03-31' });
    assert.equal(foreign.status, 403);
    const done = await zrzy.patch(`${base}/tasks/${task.body.id}`, { version: task.body.version, state: 'done' });
    assert.equal(done.status, 400);
    assert.equal(done.body.errors[0].path, 'completedOn');
    await h.db.update(inspectionTasks).set({ overdue: false }).where(eq(inspectionTasks.id, task.body.id));
    await flagOverdueTasks(h.db, '2026-11-27');
    assert.equal((await zrzy.get(`${base}/tasks/${task.body.id}`)).body.overdue, true);
    const notices = (await zrzy.get('/api/notifications')).body as { title: string }[];
    assert.ok(
      notices.some((n) => n.title.includes('测试逾期任务')),
      'the owner unit gets a to-do',
    );
  });

  it('shows 示范 readiness per item and keeps honours by kind and level', async () => {
    const rows = (await fzb.get(`${base}/demonstration/readiness?year=2026`)).body as {
      level: string;
      tasks: number;
      done: number;
      ready: boolean;
      indicatorId: string | null;
      indicatorDisplay: string | null;
    }[];
    const second = rows.filter((r) => r.level === 'second');
    assert.ok(second.length > 0 && second.every((r) => r.tasks > 0));
    assert.ok(second.some((r) => r.indicatorId && r.indicatorDisplay));
    assert.equal((await fzb.get(`${base}/demonstration/readiness?year=abc`)).status, 400);
    const honour = await fzb.post(`${base}/honours`, {
      kind: 'typicalSubdistrict',
      level: 'municipal',
      title: '测试典型街道',
      awardedBy: '市委依法治市办',
      year: 2026,
      orgUnitId: h.seeded.org.subdistricts.get('东湖街道'),
    });
    assert.equal(honour.status, 201, JSON.stringify(honour.body));
    const bad = await fzb.post(`${base}/honours`, { ...honour.body, kind: 'medal', year: 1990 });
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['kind', 'year']);
  });

  it('fills 第一责任人 and 示范创建 paragraphs of the report from the records', async () => {
    const report = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    const v1 = await fzb.post(`/api/reports/annual/${report.id}/generate`);
    assert.equal(v1.status, 201);
    const zip = await JSZip.loadAsync((await fzb.get(`/api/reports/annual/${report.id}/versions/${v1.body.id}/docx`)).body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const v = Object.fromEntries(
      (await value('inspection.tasks,inspection.unitsInspected,inspection.coverage,inspection.demoTasks,inspection.municipalTypicalSubdistricts,inspection.topTenEvents')).map((x) => [
        x.id.split('.')[1],
        x,
      ]),
    );
    assert.ok(text.includes(`分解工作任务${v.tasks!.value}项`), 'tasks');
    assert.ok(text.includes(`督察部门、街道${v.unitsInspected!.value}个`), 'units inspected');
    assert.ok(text.includes(`部门、街道法治督察覆盖率${v.coverage!.display}`), 'coverage');
    assert.ok(text.includes(`分解示范创建任务${v.demoTasks!.value}项`), '示范 tasks');
    assert.ok(text.includes(`获评市级法治建设典型街道${v.municipalTypicalSubdistricts!.value}个`), 'typical 街道 from honours');
    assert.ok(text.includes(`${v.topTenEvents!.value}件案例纳入全市法治为民十大事件`), '十大事件');
    assert.ok(!text.includes('【'));
    // The closing part no one has written yet is named in the warnings.
    assert.ok(
      v1.body.warnings.some((w: string) => /工作安排」尚未撰写/.test(w)),
      JSON.stringify(v1.body.warnings),
    );
  });
});
