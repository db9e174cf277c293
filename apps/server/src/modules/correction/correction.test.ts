import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addCalendarDays, toIsoDate, withIdCheckCharacter } from '@fazhi/core';
import { and, eq, like } from 'drizzle-orm';
import JSZip from 'jszip';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../../platform/audit/tables.js';
import { notifications } from '../../platform/notify/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import { raiseMissingReports, refreshLeaves } from './jobs.js';
import { correctionSubjects } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/correction';
const idNo = withIdCheckCharacter('37089919900101123');
// The smallest JPEG header the server recognises, padded.
const jpeg = (bytes: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(bytes - 4, 1)]).toString('base64');

describe('社区矫正 through the API', () => {
  let h: Harness;
  let sqjz: Client;
  let dhjz: Client;
  let xljz: Client;
  let fzb: Client;
  let inspector: Client;
  let jzdx: Client;
  let donghuOffice: string;
  let xilingOffice: string;
  before(async () => {
    h = await startHarness();
    sqjz = await h.login('sqjz');
    dhjz = await h.login('dhjz');
    xljz = await h.login('xljz');
    fzb = await h.login('fzb');
    inspector = await h.login('inspector');
    jzdx = await h.login('jzdx');
    const offices = await h.db.select().from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'));
    donghuOffice = offices.find((o) => o.name === '东湖司法所')!.id;
    xilingOffice = offices.find((o) => o.name === '西岭司法所')!.id;
  });
  after(() => h.close());

  const newSubject = (over: Record<string, unknown> = {}) => ({
    name: '测试对象',
    gender: 'male',
    idNumber: idNo,
    phone: '13912345678',
    address: '示范高新区东湖街道柳园社区8号楼',
    orgUnitId: donghuOffice,
    category: 'probation',
    crime: '危险驾驶罪',
    sentence: '拘役三个月，缓刑六个月',
    judgmentEffectiveOn: '2026-03-01',
    termStartOn: '2026-03-01',
    termMonths: 12,
    reportedOn: '2026-03-05',
    team: [{ name: '李专干', gender: 'male', role: 'officer' }],
    ...over,
  });

  it('computes the 第21条 report deadline and the term end, and masks personal data everywhere', async () => {
    const made = await dhjz.post(`${base}/subjects`, newSubject());
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.reportDueOn, '2026-03-11');
    assert.equal(made.body.termEndOn, '2027-02-28');
    assert.equal(made.body.idNumberMasked, `${idNo.slice(0, 6)}********${idNo.slice(-4)}`);
    assert.equal(made.body.phoneMasked, '139****5678');
    const text = JSON.stringify([made.body, (await dhjz.get(`${base}/subjects?q=${encodeURIComponent('测试对象')}`)).body]);
    for (const secret of [idNo, '13912345678', '柳园社区8号楼']) assert.ok(!text.includes(secret), `${secret} leaked`);
  });

  it('refuses a female subject whose 矫正小组 has no woman, and an 执行地 that is not a 司法所', async () => {
    const noWoman = await dhjz.post(`${base}/subjects`, newSubject({ name: '女性对象', gender: 'female' }));
    assert.equal(noWoman.status, 400);
    assert.equal(noWoman.body.errors[0].path, 'team');
    const street = await sqjz.post(`${base}/subjects`, newSubject({ name: '街道对象', orgUnitId: h.seeded.org.subdistricts.get('东湖街道') }));
    assert.equal(street.status, 400);
    assert.equal(street.body.errors[0].path, 'orgUnitId');
  });

  it('lets only the subject’s 司法所, the 司法局 and assignees read a subject, and audits every detail read', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '访问对象' }))).body;
    assert.equal((await dhjz.get(`${base}/subjects/${s.id}`)).status, 200);
    assert.equal((await sqjz.get(`${base}/subjects/${s.id}`)).status, 200);
    assert.equal((await xljz.get(`${base}/subjects/${s.id}`)).status, 404, 'another 司法所');
    assert.equal((await fzb.get(`${base}/subjects/${s.id}`)).status, 404, 'the coordinator');
    assert.equal((await jzdx.get(`${base}/subjects/${s.id}`)).status, 404, 'a subject');
    assert.equal((await fzb.get(`${base}/subjects?pageSize=200`)).body.total, 0, 'the coordinator lists none');
    const west = (await xljz.get(`${base}/subjects?pageSize=200`)).body.items as { orgUnitId: string }[];
    assert.ok(west.length > 0 && west.every((i) => i.orgUnitId === xilingOffice));
    // 检察院 inspection by assignment: read, not write.
    assert.equal((await inspector.get(`${base}/subjects/${s.id}`)).status, 404);
    const assigned = await dhjz.post(`${base}/subjects/${s.id}/assignees`, { userId: h.seeded.users.get('inspector'), role: 'reviewer' });
    assert.equal(assigned.status, 200);
    assert.equal((await inspector.get(`${base}/subjects/${s.id}`)).status, 200);
    assert.ok([403, 404].includes((await inspector.patch(`${base}/subjects/${s.id}`, { version: s.version, note: '改' })).status));
    const reads = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, 'read')));
    assert.equal(reads.length, 3, 'dhjz, sqjz, and the inspector after assignment (refused reads are not reads)');
  });

  it('reveals a full field only with a reason, and logs who and why', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '查看对象' }))).body;
    assert.equal((await dhjz.post(`${base}/subjects/${s.id}/reveal`, { field: 'phone' })).status, 400);
    const shown = await dhjz.post(`${base}/subjects/${s.id}/reveal`, { field: 'idNumber', reason: '办理外出审批核对身份' });
    assert.deepEqual(shown.body, { field: 'idNumber', value: idNo });
    assert.equal((await xljz.post(`${base}/subjects/${s.id}/reveal`, { field: 'idNumber', reason: '越权查看' })).status, 404);
    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, 'reveal')));
    assert.match(String(entry!.summary), /办理外出审批核对身份/);
  });

  it('keeps the ladder: 提请撤销 needs two 警告 (or serious facts), and fits the 矫正类别', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '违规对象' }))).body;
    const v = (measure: string, over: Record<string, unknown> = {}) =>
      dhjz.post(`${base}/violations`, { subjectId: s.id, orgUnitId: donghuOffice, occurredOn: '2026-06-01', facts: '未按规定报告', measure, approval: 'approved', approvedOn: '2026-06-02', ...over });
    const early = await v('revocation');
    assert.equal(early.status, 400);
    assert.match(early.body.errors[0].message, /两次警告/);
    assert.equal((await v('commitment', { serious: true })).status, 400, '收监 is for 暂予监外执行');
    assert.equal((await v('warning', { occurredOn: '2026-05-01' })).status, 201);
    assert.equal((await v('warning', { occurredOn: '2026-05-10' })).status, 201);
    assert.equal((await v('revocation')).status, 201);
  });

  it('limits each 电子定位 approval to three months (第29条)', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '定位对象' }))).body;
    const m = (endOn: string) =>
      dhjz.post(`${base}/monitorings`, { subjectId: s.id, orgUnitId: donghuOffice, reason: 'refusedReporting', startOn: '2026-06-01', endOn, approvedBy: '区司法局局长', approvedOn: '2026-05-31' });
    assert.equal((await m('2026-09-01')).status, 400);
    const ok = await m('2026-08-31');
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    const ext = await dhjz.post(`${base}/monitorings`, {
      subjectId: s.id,
      orgUnitId: donghuOffice,
      reason: 'refusedReporting',
      startOn: '2026-09-01',
      endOn: '2026-11-30',
      approvedBy: '区司法局局长',
      approvedOn: '2026-08-30',
      extensionOf: ok.body.id,
    });
    assert.equal(ext.status, 400, 'an extension needs an assessment');
    assert.equal(
      (
        await dhjz.post(`${base}/monitorings`, {
          ...ext.body,
          subjectId: s.id,
          orgUnitId: donghuOffice,
          reason: 'refusedReporting',
          startOn: '2026-09-01',
          endOn: '2026-11-30',
          approvedBy: '区司法局局长',
          approvedOn: '2026-08-30',
          extensionOf: ok.body.id,
          assessment: '仍需定位',
        })
      ).status,
      201,
    );
  });

  it('routes 外出 by length and raises an overdue return once', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '外出对象' }))).body;
    const l = (days: number, startOn = '2026-10-01') =>
      dhjz.post(`${base}/leaves`, { subjectId: s.id, orgUnitId: donghuOffice, reason: '探亲', destination: '济南市', startOn, days, decision: 'approved', decidedOn: '2026-09-28' });
    assert.equal((await l(31)).status, 400);
    assert.equal((await l(10, '2026-09-01')).body.approvalLevel, 'county');
    const short = (await l(3)).body;
    assert.equal(short.approvalLevel, 'office');
    assert.equal(short.endOn, '2026-10-03');
    await refreshLeaves(h.db, '2026-10-10');
    await refreshLeaves(h.db, '2026-10-11');
    const raised = await h.db
      .select()
      .from(notifications)
      .where(eq(notifications.key, `correction.leaveOverdue:${short.id}`));
    assert.equal(raised.length, 1);
    assert.equal(raised[0]!.orgUnitId, donghuOffice);
  });

  it('lets a subject check in from the phone, see only their own record, and the 司法所 see it on the timeline', async () => {
    const me = await jzdx.get(`${base}/me`);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.ok(!JSON.stringify(me.body).includes('idNumber'));
    const done = await jzdx.post(`${base}/me/check-ins`, { content: '今日在家', latitude: 95.5, longitude: 116.6, photo: { mimeType: 'image/jpeg', base64: jpeg(2000) } });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    assert.equal(done.body.locationFlag, '坐标超出经纬度范围', 'stored as given, flagged');
    assert.equal(done.body.hasPhoto, true);
    const [own] = await h.db.select().from(correctionSubjects).where(eq(correctionSubjects.accountUsername, 'jzdx'));
    const today = toIsoDate(new Date());
    const line = await dhjz.get(`${base}/subjects/${own!.id}/timeline?from=${addCalendarDays(today, -20)}&to=${today}`);
    assert.equal(line.status, 200);
    const day = line.body.days.find((d: { date: string }) => d.date === today);
    assert.equal(day.missing, false);
    assert.equal(day.reports[0].latitude, 95.5);
    // The seed stops a few days before the real today: those days show as missing.
    assert.ok(line.body.missingDays > 0 && line.body.days.some((d: { missing: boolean }) => d.missing));
    const photo = await dhjz.get(`${base}/reports/${done.body.id}/photo`);
    assert.equal(photo.status, 200);
    assert.equal((await xljz.get(`${base}/reports/${done.body.id}/photo`)).status, 404);
    assert.equal((await jzdx.get(`${base}/reports/${done.body.id}`)).status, 404, 'the subject reads their own only through /me');
    assert.equal((await jzdx.get(`${base}/subjects?pageSize=5`)).body.total, 0);
    assert.equal((await dhjz.get(`${base}/me`)).status, 403, 'staff have no /me');
  });

  it('refuses an oversized photo, a photo whose bytes are not its type, and a wrong type', async () => {
    const big = await jzdx.post(`${base}/me/check-ins`, { content: '大照片', photo: { mimeType: 'image/jpeg', base64: jpeg(1024 * 1024 + 10) } });
    assert.equal(big.status, 400);
    assert.match(JSON.stringify(big.body), /1MB/);
    const forged = await jzdx.post(`${base}/me/check-ins`, { content: '假照片', photo: { mimeType: 'image/png', base64: jpeg(100) } });
    assert.equal(forged.status, 400);
    const gif = await jzdx.post(`${base}/me/check-ins`, { content: '动图', photo: { mimeType: 'image/gif', base64: jpeg(100) } });
    assert.equal(gif.status, 400);
    assert.equal(gif.body.errors[0].path, 'photo.mimeType');
  });

  it('issues a phone account at 入矫 that must change its password at first login', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '开户对象' }))).body;
    const issued = await dhjz.post(`${base}/subjects/${s.id}/account`);
    assert.equal(issued.status, 201);
    assert.equal((await dhjz.post(`${base}/subjects/${s.id}/account`)).status, 409);
    const phone = await h.login(issued.body.username, issued.body.initialPassword);
    assert.equal((await phone.get('/api/auth/me')).body.mustChangePassword, true);
    assert.equal((await phone.get(`${base}/me`)).status, 403, 'nothing until the password is changed');
  });

  it('raises a missing-report alert to the 司法所 the same day', async () => {
    const s = (await dhjz.post(`${base}/subjects`, newSubject({ name: '漏报对象' }))).body;
    await raiseMissingReports(h.db, '2026-11-26');
    const raised = await h.db
      .select()
      .from(notifications)
      .where(like(notifications.key, `correction.missingReport:${s.id}:%`));
    assert.deepEqual(
      raised.map((n) => [n.orgUnitId, n.dueOn]),
      [[donghuOffice, '2026-11-26']],
    );
    const seen = (await dhjz.get('/api/notifications')).body as { title: string }[];
    assert.ok(seen.some((n) => n.title.includes('漏报对象')));
    assert.ok(!((await fzb.get('/api/notifications')).body as { title: string }[]).some((n) => n.title.includes('漏报对象')), 'the coordinator does not see it');
  });

  it('fills the 特殊人群 paragraph of the report with the module’s figures', async () => {
    const report = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    const v1 = await fzb.post(`/api/reports/annual/${report.id}/generate`);
    assert.equal(v1.status, 201);
    const zip = await JSZip.loadAsync((await fzb.get(`/api/reports/annual/${report.id}/versions/${v1.body.id}/docx`)).body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const ids = ['subjectsInCorrection', 'meetingsHeld', 'unsupervised'];
    const values = (await sqjz.get(`/api/indicators/values?ids=${ids.map((i) => `correction.${i}`).join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { value: number }[];
    assert.ok(values[0]!.value >= 40, 'the seeded subjects');
    assert.ok(text.includes(`全年在册社区矫正对象${values[0]!.value}名`), 'subjects');
    assert.ok(text.includes(`召开矫情分析会${values[1]!.value}次`), 'meetings');
    assert.ok(text.includes(`全年发现脱漏管${values[2]!.value}名`), '脱漏管');
    assert.match(text, /安装率\d+(\.\d+)?%/);
    assert.match(text, /核查覆盖率\d+(\.\d+)?%/);
    // The coordinator reads the figures in the report but not the subjects behind them.
    assert.ok([403, 404].includes((await fzb.get(`/api/indicators/correction.subjectsInCorrection/records?from=2026-01-01&to=2026-12-31`)).status));
  });
});
