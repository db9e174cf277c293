import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import { and, eq, isNull, like, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../../platform/audit/tables.js';
import { notifications } from '../../platform/notify/tables.js';
import { flagTrainingShortfall } from './jobs.js';
import { enforcementCertificates, enforcementLeniencyDecisions, enforcementOfficers, enforcementTrainings } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/enforcement';
const idNumber = withIdCheckCharacter('37089919800101123');

async function documentText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('行政执法协调监督 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let scjg: Client;
  let zrzy: Client;
  let scjgUnit: string;
  let zrzyUnit: string;
  const made: Record<string, string> = {};
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    scjg = await h.login('scjg');
    zrzy = await h.login('zrzy');
    scjgUnit = h.seeded.org.departments.get('区市场监督管理局')!;
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
  });
  after(() => h.close());

  it('a department keeps its own bodies and officers; another department neither sees nor links to them', async () => {
    const body = await scjg.post(`${base}/bodies`, { name: '测试市场监管执法大队', kind: 'statutory', field: 'market', legalBasis: '行政处罚法第17条', orgUnitId: scjgUnit });
    assert.equal(body.status, 201, JSON.stringify(body.body));
    made.body = body.body.id;
    const elsewhere = await scjg.post(`${base}/bodies`, { name: '越权主体', kind: 'statutory', field: 'market', legalBasis: '无', orgUnitId: zrzyUnit });
    assert.ok([403, 404].includes(elsewhere.status), `${elsewhere.status}`);
    // 受委托组织 need their 委托书 and term (行政处罚法 第20条).
    const entrusted = await scjg.post(`${base}/bodies`, { name: '受托中心', kind: 'entrusted', field: 'market', legalBasis: '第20条', orgUnitId: scjgUnit });
    assert.equal(entrusted.status, 400);
    assert.ok(entrusted.body.errors.some((e: { path: string }) => e.path === 'entrustEndOn'));

    const officer = await scjg.post(`${base}/officers`, { name: '测试执法员', gender: 'male', idNumber, bodyId: made.body, orgUnitId: scjgUnit, post: 'civilServant' });
    assert.equal(officer.status, 201, JSON.stringify(officer.body));
    made.officer = officer.body.id;
    assert.equal(officer.body.idNumberMasked, `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    assert.ok(!JSON.stringify(officer.body).includes(idNumber), 'the ID number never comes back');
    assert.ok(!('idNumberEnc' in officer.body));

    // zrzy may not hang an officer off the 市场监管 body, nor read the officer.
    const foreign = await zrzy.post(`${base}/officers`, { name: '借用主体', gender: 'male', idNumber, bodyId: made.body, orgUnitId: zrzyUnit, post: 'civilServant' });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.errors[0].path, 'bodyId');
    assert.equal((await zrzy.get(`${base}/officers/${made.officer}`)).status, 404);

    const mine = (await scjg.get(`${base}/officers?pageSize=200`)).body;
    assert.ok(mine.items.length > 0 && mine.items.every((o: { orgUnitId: string }) => o.orgUnitId === scjgUnit));
    const theirs = (await zrzy.get(`${base}/officers?pageSize=200`)).body;
    assert.ok(theirs.items.every((o: { orgUnitId: string }) => o.orgUnitId === zrzyUnit));
    const all = (await fzb.get(`${base}/officers?pageSize=1`)).body;
    assert.ok(all.total >= 290 && all.total > mine.total + theirs.total, `the coordinator sees every unit: ${all.total} ${mine.total} ${theirs.total}`);
  });

  it('reveals the ID number only with a reason, and logs it', async () => {
    assert.equal((await scjg.post(`${base}/officers/${made.officer}/reveal`, { field: 'idNumber', reason: '' })).status, 400);
    const res = await scjg.post(`${base}/officers/${made.officer}/reveal`, { field: 'idNumber', reason: '核对身份' });
    assert.equal(res.status, 200);
    assert.equal(res.body.value, idNumber);
    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, made.officer!), eq(auditLog.action, 'reveal')));
    assert.match(String(entry?.summary), /核对身份/);
    assert.equal((await (await h.login('leader')).post(`${base}/officers/${made.officer}/reveal`, { field: 'idNumber', reason: '看看' })).status, 403);
  });

  it('certificates: the 执法证号 format, 年审 and 注销 drive the status', async () => {
    const bad = await scjg.post(`${base}/certificates`, { officerId: made.officer, orgUnitId: scjgUnit, kind: 'enforcement', number: '1234', issuedOn: '2024-03-01' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'number');
    const cert = await scjg.post(`${base}/certificates`, { officerId: made.officer, orgUnitId: scjgUnit, kind: 'enforcement', number: '37089999001', issuedOn: '2024-03-01' });
    assert.equal(cert.status, 201, JSON.stringify(cert.body));
    made.cert = cert.body.id;
    // Today (2026-11-27) is past 31 March: 2025's 年审 is due.
    assert.equal(cert.body.status, 'reviewDue');
    const review = await scjg.post(`${base}/reviews`, { certificateId: made.cert, orgUnitId: scjgUnit, year: 2025, result: 'passed', reviewedOn: '2026-03-10' });
    assert.equal(review.status, 201, JSON.stringify(review.body));
    assert.equal((await scjg.get(`${base}/certificates/${made.cert}`)).body.status, 'valid');
    const dup = await scjg.post(`${base}/certificates`, { officerId: made.officer, orgUnitId: scjgUnit, kind: 'enforcement', number: '37089999001', issuedOn: '2024-03-01' });
    assert.equal(dup.status, 400);

    const check = await h.anonymous.get(`/api/public/enforcement/certificate-check?number=37089999001`);
    assert.equal(check.status, 200);
    assert.deepEqual(check.body, { found: true, name: '测试执法员', bodyName: '测试市场监管执法大队', kind: 'enforcement', valid: true });

    const current = (await scjg.get(`${base}/certificates/${made.cert}`)).body;
    const revoked = await scjg.patch(`${base}/certificates/${made.cert}`, { version: current.version, revokedOn: '2026-11-01', revokeReason: 'transferred' });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.equal(revoked.body.status, 'revoked');
    const after = await h.anonymous.get(`/api/public/enforcement/certificate-check?number=37089999001`);
    assert.equal(after.body.valid, false);
    assert.equal(after.body.found, true);
    const unknown = await h.anonymous.get(`/api/public/enforcement/certificate-check?number=37089999999`);
    assert.deepEqual(unknown.body, { found: false, name: null, bodyName: null, kind: null, valid: false });
    // No partial match or listing: a prefix finds nothing, a pattern is refused.
    assert.equal((await h.anonymous.get(`/api/public/enforcement/certificate-check?number=370899`)).body.found, false);
    assert.equal((await h.anonymous.get(`/api/public/enforcement/certificate-check?number=3708%25`)).status, 400);
    assert.equal((await h.anonymous.get(`/api/public/enforcement/certificate-check`)).status, 400);
  });

  it("an officer's year shows certificates, 年审 and training hours", async () => {
    const t = await scjg.post(`${base}/trainings`, { officerId: made.officer, orgUnitId: scjgUnit, trainedOn: '2026-05-10', course: '行政处罚法专题培训', hours: 6, source: 'offline' });
    assert.equal(t.status, 201, JSON.stringify(t.body));
    const year = await scjg.get(`${base}/officers/${made.officer}/year?year=2026`);
    assert.equal(year.status, 200);
    assert.equal(year.body.trainingHours, 6);
    assert.equal(year.body.floor, 60);
    assert.equal(year.body.certificates[0].reviews[0].year, 2025);
    assert.equal((await zrzy.get(`${base}/officers/${made.officer}/year`)).status, 404);
  });

  it('flags officers under 60 学时 in November and December only, to their unit', async () => {
    assert.equal(await flagTrainingShortfall(h.db, '2026-10-15'), 0);
    const raised = await flagTrainingShortfall(h.db, '2026-11-27');
    assert.ok(raised > 0, 'the demo has officers short of 60 学时');
    const rows = await h.db.select().from(notifications).where(like(notifications.key, 'enforcement.training:%:2026-11'));
    assert.equal(rows.length, raised);
    assert.ok(rows.every((n) => /不足每年60学时/.test(n.title)));
    assert.equal(await flagTrainingShortfall(h.db, '2026-11-28'), 0, 'once a month');
  });

  it('the portal lists bodies with items and 基准, and the 不罚轻罚 list', async () => {
    const bodies = (await h.anonymous.get('/api/public/enforcement/bodies')).body;
    assert.ok(bodies.length >= 12);
    const withStandards = bodies.flatMap((b: { items: { standards: unknown[] }[] }) => b.items).filter((i: { standards: unknown[] }) => i.standards.length > 0);
    assert.ok(withStandards.length > 50);
    assert.ok(!JSON.stringify(bodies).includes('idNumber'));
    const list = (await h.anonymous.get('/api/public/enforcement/leniency-items')).body;
    assert.equal(list.length, 20);
  });

  it('the officer figures agree with each officer’s 执法证 and 学时 counted one by one, and their records and breakdowns with the figures', async () => {
    const officers = await h.db.select({ id: enforcementOfficers.id, deletedAt: enforcementOfficers.deletedAt }).from(enforcementOfficers);
    const certificates = await h.db.select().from(enforcementCertificates);
    const trainings = await h.db.select().from(enforcementTrainings);
    const ids = ['certifiedOfficers', 'officersHeldCertificate', 'trainingComplianceRate', 'officersShortOfTraining'].map((i) => `enforcement.${i}`);
    // A year, and a period that cuts through revocations and training dates.
    for (const [from, to] of [
      ['2026-01-01', '2026-12-31'],
      ['2025-07-01', '2026-03-31'],
    ] as const) {
      const live = officers.filter((o) => !o.deletedAt);
      const valid = (o: { id: string }, until: (revokedOn: string) => boolean) =>
        certificates.some((c) => c.officerId === o.id && !c.deletedAt && c.kind === 'enforcement' && c.issuedOn <= to && (c.revokedOn === null || until(c.revokedOn)));
      const hours = (o: { id: string }) => trainings.filter((t) => t.officerId === o.id && !t.deletedAt && t.trainedOn >= from && t.trainedOn <= to).reduce((sum, t) => sum + t.hours, 0);
      const held = live.filter((o) => valid(o, (r) => r >= from));
      const expected = {
        certified: live.filter((o) => valid(o, (r) => r > to)).length,
        held: held.length,
        trained: held.filter((o) => hours(o) >= 60).length,
        short: held.filter((o) => hours(o) < 60).length,
      };
      assert.ok(expected.short > 0 && expected.certified < live.length, `the demo has officers short of 学时 and without a valid 执法证 (${JSON.stringify(expected)})`);
      const res = await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&from=${from}&to=${to}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const v = (id: string) => res.body.values.find((x: { id: string }) => x.id === `enforcement.${id}`);
      const rate = v('trainingComplianceRate');
      assert.deepEqual(
        { certified: v('certifiedOfficers').value, held: v('officersHeldCertificate').value, trained: rate.numerator, short: v('officersShortOfTraining').value, base: rate.denominator },
        { ...expected, base: expected.held },
        `${from}–${to}`,
      );
      const listed: string[] = [];
      for (let page = 1; listed.length < expected.short && page <= 50; page++) {
        const records = await fzb.get(`/api/indicators/enforcement.officersShortOfTraining/records?from=${from}&to=${to}&page=${page}&pageSize=200`);
        assert.equal(records.status, 200, JSON.stringify(records.body));
        assert.equal(records.body.total, expected.short);
        listed.push(...records.body.items.map((r: { id: string }) => r.id));
      }
      assert.deepEqual(new Set(listed), new Set(held.filter((o) => hours(o) < 60).map((o) => o.id)));
      const byUnit = await fzb.get(`/api/indicators/enforcement.trainingComplianceRate/breakdown?by=orgUnit&from=${from}&to=${to}`);
      assert.equal(byUnit.status, 200, JSON.stringify(byUnit.body));
      const sum = (k: 'numerator' | 'denominator') => byUnit.body.reduce((n: number, b: Record<string, number>) => n + b[k]!, 0);
      assert.deepEqual({ trained: sum('numerator'), held: sum('denominator') }, { trained: expected.trained, held: expected.held });
    }
  });

  it('counts each market entity once; the report paragraphs come out filled from the records', async () => {
    const ids = [
      'newEnforcementCertificates',
      'newHearingCertificates',
      'annualReviews',
      'revokedCertificates',
      'certifiedOfficers',
      'trainingComplianceRate',
      'items',
      'penaltyItems',
      'standardCoverage',
      'lenientEntities',
    ].map((i) => `enforcement.${i}`);
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `enforcement.${id}`)!.value;
    const [distinct] = await h.db
      .select({ n: sql<number>`count(distinct ${enforcementLeniencyDecisions.creditCode})::int` })
      .from(enforcementLeniencyDecisions)
      .where(and(isNull(enforcementLeniencyDecisions.deletedAt), sql`${enforcementLeniencyDecisions.decidedOn} between '2026-01-01' and '2026-12-31'`));
    assert.equal(v('lenientEntities'), distinct!.n);
    const [decisions] = await h.db.select({ n: sql<number>`count(*)::int` }).from(enforcementLeniencyDecisions);
    assert.ok(decisions!.n > distinct!.n, 'some entities have two decisions, counted once');
    assert.ok(v('newEnforcementCertificates') >= 20 && v('newHearingCertificates') === 8 && v('annualReviews') >= 30 && v('revokedCertificates') >= 25);
    assert.ok(v('standardCoverage') > 0 && v('standardCoverage') <= 100);

    const drill = await fzb.get(`/api/indicators/enforcement.lenientEntities/records?from=2026-01-01&to=2026-12-31&pageSize=200`);
    assert.equal(drill.status, 200, JSON.stringify(drill.body));
    assert.equal(drill.body.total, v('lenientEntities'));
    assert.equal(new Set(drill.body.items.map((r: { creditCode: string }) => r.creditCode)).size, drill.body.items.length);

    const list = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body;
    const report = list.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    const gen = await fzb.post(`/api/reports/annual/${report.id}/generate`);
    assert.equal(gen.status, 201, JSON.stringify(gen.body));
    const text = await documentText((await fzb.get(`/api/reports/annual/${report.id}/versions/${gen.body.id}/docx`)).body as Buffer);
    assert.ok(
      text.includes(
        `本年度组织新申领执法证件${v('newEnforcementCertificates')}人、听证主持人证件${v('newHearingCertificates')}人，年审${v('annualReviews')}人，注销证件人员${v('revokedCertificates')}人。`,
      ),
      'the supervision paragraph',
    );
    assert.ok(text.includes(`执法事项清单共列明执法事项${v('items')}项，其中行政处罚事项${v('penaltyItems')}项`), 'the standards paragraph');
    const section = text.slice(text.indexOf('强化行政执法监督。'), text.indexOf('坚持问题导向') + 2000);
    assert.ok(!section.includes('【'), 'no placeholder is left unfilled in section 三');
  });
});

describe('执法证件查验: rate limit', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ seed: false, loginRateLimit: 3 });
  });
  after(() => h.close());

  it('answers 429 past the per-address limit (the login limit, per minute)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await h.anonymous.get('/api/public/enforcement/certificate-check?number=37089900001')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});
