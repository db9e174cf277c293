import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { decisionDueOn, disclosureDueOn } from '@fazhi/core/enforcement';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { enforcementCases, enforcementCertificates, enforcementItems, enforcementOfficers } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/enforcement/cases';

async function documentText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('执法案件 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let scjg: Client;
  let zrzy: Client;
  let unit: string;
  let draft: Record<string, unknown>;
  let caseId: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    scjg = await h.login('scjg');
    zrzy = await h.login('zrzy');
    unit = h.seeded.org.departments.get('区市场监督管理局')!;
    // Two 市场监管 officers whose 执法证 is in force, and one of the unit's 处罚 items.
    const holders = await h.db
      .selectDistinct({ id: enforcementOfficers.id, bodyId: enforcementOfficers.bodyId })
      .from(enforcementOfficers)
      .innerJoin(enforcementCertificates, eq(enforcementCertificates.officerId, enforcementOfficers.id))
      .where(
        and(
          eq(enforcementOfficers.orgUnitId, unit),
          eq(enforcementCertificates.kind, 'enforcement'),
          isNull(enforcementCertificates.revokedOn),
          sql`${enforcementCertificates.issuedOn} < '2025-06-01'`,
        ),
      )
      .limit(2);
    const [item] = await h.db
      .select({ id: enforcementItems.id })
      .from(enforcementItems)
      .where(and(eq(enforcementItems.orgUnitId, unit), eq(enforcementItems.kind, 'penalty')))
      .limit(1);
    draft = {
      caseNumber: '测市监立〔2026〕90001号',
      itemId: item!.id,
      bodyId: holders[0]!.bodyId,
      orgUnitId: unit,
      partyKind: 'person',
      partyName: '王小明',
      officer1Id: holders[0]!.id,
      officer2Id: holders[1]!.id,
      filedOn: '2026-07-08',
    };
  });
  after(() => h.close());

  it('records a case with its 90-day limit; two different certified officers are required', async () => {
    const res = await scjg.post(base, draft);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    caseId = res.body.id;
    assert.equal(res.body.decisionDueOn, decisionDueOn('2026-07-08'));
    assert.equal(res.body.stage, 'investigating');
    assert.equal(res.body.online, true, '网上运行 defaults to yes');
    const same = await scjg.post(base, { ...draft, caseNumber: '测市监立〔2026〕90002号', officer2Id: draft.officer1Id });
    assert.equal(same.status, 400);
    assert.equal(same.body.errors[0].path, 'officer2Id');
    // An officer whose certificate was issued after the decision date may not sign it.
    const early = await scjg.post(base, { ...draft, caseNumber: '测市监立〔2026〕90003号', filedOn: '2000-01-03' });
    assert.equal(early.status, 400);
    assert.equal(early.body.errors[0].path, 'officer1Id');
    assert.match(early.body.errors[0].message, /未持有有效的行政执法证/);
    const dup = await scjg.post(base, draft);
    assert.equal(dup.status, 400);
    assert.equal(dup.body.errors[0].path, 'caseNumber');
  });

  it('a department sees its own cases and links only its own officers; the coordinator sees all', async () => {
    assert.equal((await zrzy.get(`${base}/${caseId}`)).status, 404);
    const foreign = await zrzy.post(base, { ...draft, caseNumber: '测自然立〔2026〕1号', orgUnitId: h.seeded.org.departments.get('区自然资源和规划局') });
    assert.equal(foreign.status, 400);
    assert.ok(['itemId', 'bodyId', 'officer1Id'].includes(foreign.body.errors[0].path), JSON.stringify(foreign.body.errors));
    const mine = (await scjg.get(`${base}?pageSize=200`)).body;
    assert.ok(mine.items.length > 0 && mine.items.every((c: { orgUnitId: string }) => c.orgUnitId === unit));
    const all = (await fzb.get(`${base}?pageSize=1`)).body;
    assert.ok(all.total >= 1500 && all.total > mine.total, `${all.total} ${mine.total}`);
  });

  it('decision, 公示 in 7 working days, and 法制审核 of a 重大执法决定 through legal review', async () => {
    const current = (await scjg.get(`${base}/${caseId}`)).body;
    const decided = await scjg.patch(`${base}/${caseId}`, { decidedOn: '2026-09-29', outcome: 'penalty', fine: 5000, major: true, version: current.version });
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.disclosureDueOn, disclosureDueOn('penalty', '2026-09-29'));
    assert.equal(decided.body.stage, 'decided');
    const detail = (await scjg.get(`${base}/${caseId}`)).body;
    assert.equal(detail.legalReviewMissing, true, 'a 重大执法决定 decided without 法制审核 is flagged');
    // Another department may not send this case for review (nor learn its title).
    const theirs = await zrzy.post('/api/legal-review/requests', {
      subjectKind: 'enforcementDecision',
      subjectId: caseId,
      orgUnitId: h.seeded.org.departments.get('区自然资源和规划局'),
      receivedOn: '2026-09-20',
      materials: ['requestLetter', 'decisionDraft', 'investigationReport', 'evidence'],
    });
    assert.ok([400, 403].includes(theirs.status), `${theirs.status}`);
    const review = await scjg.post('/api/legal-review/requests', {
      subjectKind: 'enforcementDecision',
      subjectId: caseId,
      orgUnitId: unit,
      receivedOn: '2026-09-20',
      materials: ['requestLetter', 'decisionDraft', 'investigationReport', 'evidence'],
    });
    assert.equal(review.status, 201, JSON.stringify(review.body));
    assert.match(review.body.title, /测市监立〔2026〕90001号/);
    assert.equal((await scjg.get(`${base}/${caseId}`)).body.legalReview.requestId, review.body.id);
    const late = await scjg.patch(`${base}/${caseId}`, { disclosedOn: '2026-09-28', version: detail.version });
    assert.equal(late.status, 400, 'disclosure before the decision is refused');
    assert.equal(late.body.errors[0].path, 'disclosedOn');
    const disclosed = await scjg.patch(`${base}/${caseId}`, { disclosedOn: '2026-10-13', version: detail.version });
    assert.equal(disclosed.status, 200);
    assert.equal(disclosed.body.stage, 'disclosed');
  });

  it('the portal lists disclosed decisions without login, a natural person by surname only; a withdrawn one disappears', async () => {
    const find = async () => {
      for (let page = 1; page <= 200; page++) {
        const res = await h.anonymous.get(`/api/public/enforcement/disclosures?page=${page}&pageSize=50`);
        assert.equal(res.status, 200);
        const hit = res.body.items.find((d: { caseNumber: string }) => d.caseNumber === draft.caseNumber);
        if (hit || res.body.items.length < 50) return hit;
      }
      return undefined;
    };
    const shown = await find();
    assert.ok(shown, 'the disclosure is public');
    assert.equal(shown.partyName, '王**');
    assert.ok(!JSON.stringify(shown).includes('王小明'));
    const current = (await scjg.get(`${base}/${caseId}`)).body;
    const withdrawn = await scjg.patch(`${base}/${caseId}`, { changedOn: '2026-10-20', withdrawnOn: '2026-10-22', version: current.version });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    assert.equal(withdrawn.body.withdrawalDueOn > '2026-10-20', true);
    assert.equal(await find(), undefined, 'withdrawn (行政处罚法第48条)');
    assert.equal((await h.anonymous.get('/api/public/enforcement/disclosures?pageSize=500')).status, 400);
  });

  it('the four rates keep every case in their base; the report states them', async () => {
    const ids = ['cases', 'casesDecided', 'onlineRate', 'disclosureOnTimeRate', 'legalReviewRate', 'decisionOnTimeRate'].map((i) => `enforcement.${i}`);
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `enforcement.${id}`)!.value;
    const k = enforcementCases;
    const [counts] = await h.db
      .select({
        filed: sql<number>`count(*) filter (where ${k.filedOn} between '2026-01-01' and '2026-12-31')::int`,
        online: sql<number>`count(*) filter (where ${k.filedOn} between '2026-01-01' and '2026-12-31' and ${k.online})::int`,
      })
      .from(k)
      .where(isNull(k.deletedAt));
    assert.equal(v('cases'), counts!.filed);
    assert.ok(v('onlineRate') < 100 && v('onlineRate') > 90, `some demo cases ran offline: ${v('onlineRate')}`);
    assert.ok(v('disclosureOnTimeRate') < 100 && v('legalReviewRate') < 100 && v('decisionOnTimeRate') < 100, 'each rate shows its gap');
    const drill = await fzb.get(`/api/indicators/enforcement.onlineRate/records?from=2026-01-01&to=2026-12-31&pageSize=1`);
    assert.equal(drill.status, 200, JSON.stringify(drill.body));

    const list = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body;
    const report = list.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    const gen = await fzb.post(`/api/reports/annual/${report.id}/generate`);
    assert.equal(gen.status, 201, JSON.stringify(gen.body));
    const text = await documentText((await fzb.get(`/api/reports/annual/${report.id}/versions/${gen.body.id}/docx`)).body as Buffer);
    const fmt = (id: string) => values.find((x) => x.id === `enforcement.${id}`)!;
    assert.ok(text.includes(`全年立案执法案件${v('cases')}件、作出执法决定${v('casesDecided')}件`), 'case counts');
    for (const id of ['onlineRate', 'disclosureOnTimeRate', 'legalReviewRate', 'decisionOnTimeRate']) assert.match(text, new RegExp(`${String(fmt(id).value).replace('.', '\\.')}%`), id);
  });
});
