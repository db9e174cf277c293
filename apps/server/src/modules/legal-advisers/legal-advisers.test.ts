import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { addCalendarDays } from '@fazhi/core';
import { dueAssessmentYear } from '@fazhi/core/legal-advisers';
import { count, like } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../../platform/audit/tables.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notify/tables.js';
import { legalAdvisersJobs } from './jobs.js';
import { legalServices } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/legal-advisers';
const phone = '13912345678';

describe('法律顾问与公职律师 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let donghu: Client;
  let east: string;
  let eastCommunity: string;
  let zrzyUnit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    donghu = await h.login('donghu');
    east = h.seeded.org.subdistricts.get('东湖街道')!;
    eastCommunity = h.seeded.org.communities[0]!;
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
  });
  after(() => h.close());

  const newAdviser = (over: Record<string, unknown> = {}) => ({
    kind: 'person',
    name: '测试顾问甲',
    lawFirm: '山东测试律师事务所',
    licenseNumber: '13708201910123456',
    phone,
    orgUnitId: east,
    contractNumber: '示法顾〔2026〕901号',
    contractStartOn: '2026-01-01',
    contractEndOn: '2027-12-31',
    servedUnitIds: [east, eastCommunity],
    ...over,
  });

  it('keeps an adviser on the roster with the phone masked in the list and the detail, never in clear', async () => {
    const res = await fzb.post(`${base}/advisers`, newAdviser());
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.phoneMasked, '139****5678');
    assert.equal(res.body.state, 'inForce');
    assert.equal(res.body.servedUnitCount, 2);
    assert.deepEqual(new Set(res.body.servedUnits.map((u: { id: string }) => u.id)), new Set([east, eastCommunity]));
    assert.equal(JSON.stringify(res.body).includes(phone), false);
    const list = await fzb.get(`${base}/advisers?q=${encodeURIComponent('测试顾问甲')}`);
    assert.equal(list.body.total, 1);
    assert.equal(list.body.items[0].phoneMasked, '139****5678');
    assert.equal(JSON.stringify(list.body).includes(phone), false);
    assert.equal('phoneEnc' in list.body.items[0], false);
    // Found by the name of a unit it serves, too.
    const communityName = res.body.servedUnits.find((u: { id: string }) => u.id === eastCommunity).name;
    assert.ok((await fzb.get(`${base}/advisers?q=${encodeURIComponent(communityName)}`)).body.items.some((a: { id: string }) => a.id === res.body.id));
  });

  it('reveals the phone only to a holder of reveal, with a reason, and logs it', async () => {
    const created = (await fzb.post(`${base}/advisers`, newAdviser({ name: '测试顾问乙', contractNumber: '示法顾〔2026〕902号' }))).body;
    assert.equal((await fzb.post(`${base}/advisers/${created.id}/reveal-phone`, { reason: '' })).status, 400);
    const shown = await fzb.post(`${base}/advisers/${created.id}/reveal-phone`, { reason: '联系续聘事宜' });
    assert.equal(shown.status, 200);
    assert.equal(shown.body.phone, phone);
    assert.equal((await donghu.post(`${base}/advisers/${created.id}/reveal-phone`, { reason: '联系' })).status, 403);
    const leader = await h.login('leader');
    assert.equal((await leader.post(`${base}/advisers/${created.id}/reveal-phone`, { reason: '联系' })).status, 403);
    const history = (await fzb.get(`${base}/advisers/${created.id}/history`)).body;
    assert.ok(history.some((e: { action: string; summary: string }) => e.action === 'reveal' && e.summary.includes('联系续聘事宜')));
    assert.equal(JSON.stringify(history).includes(phone), false, 'the audit trail never holds the clear phone number');
  });

  it('refuses a person without a law firm, a contract ending before it starts, and a stale version', async () => {
    const bad = await fzb.post(`${base}/advisers`, newAdviser({ lawFirm: undefined, contractEndOn: '2025-12-31' }));
    assert.equal(bad.status, 400);
    const paths = bad.body.errors.map((e: { path: string }) => e.path);
    assert.ok(paths.includes('lawFirm') && paths.includes('contractEndOn'), paths.join());
    const created = (await fzb.post(`${base}/advisers`, newAdviser({ name: '测试顾问丙', contractNumber: '示法顾〔2026〕903号' }))).body;
    // On update the rule is checked against the record as it would be.
    const early = await fzb.patch(`${base}/advisers/${created.id}`, { version: created.version, contractEndOn: '2025-06-30' });
    assert.equal(early.status, 400);
    assert.equal(early.body.errors[0].path, 'contractEndOn');
    const moved = await fzb.patch(`${base}/advisers/${created.id}`, { version: created.version, contractEndOn: addCalendarDays(h.today, 10), servedUnitIds: [eastCommunity] });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.state, 'expiring');
    assert.deepEqual(moved.body.servedUnitIds, [eastCommunity]);
    const stale = await fzb.patch(`${base}/advisers/${created.id}`, { version: created.version, note: '过时的修改' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'staleVersion');
    const unknownUnit = await fzb.post(`${base}/advisers`, newAdviser({ servedUnitIds: [randomUUID()] }));
    assert.equal(unknownUnit.status, 400);
    assert.equal(unknownUnit.body.errors[0].path, 'servedUnitIds');
  });

  it('takes 法学专家 and 基层法律服务工作者 as advisers, each with its own rule, and refuses an unknown kind in Chinese', async () => {
    const scholar = await fzb.post(`${base}/advisers`, newAdviser({ kind: 'scholar', name: '测试法学教授', lawFirm: undefined, licenseNumber: undefined, contractNumber: '示法顾〔2026〕911号' }));
    assert.equal(scholar.status, 201, JSON.stringify(scholar.body));
    assert.equal(scholar.body.kind, 'scholar');
    const worker = newAdviser({ kind: 'grassrootsWorker', name: '测试基层法律服务工作者', lawFirm: undefined, licenseNumber: undefined, contractNumber: '示法顾〔2026〕912号' });
    const noOffice = await fzb.post(`${base}/advisers`, worker);
    assert.equal(noOffice.status, 400);
    assert.deepEqual(noOffice.body.errors, [{ path: 'lawFirm', message: '基层法律服务工作者须填写所在基层法律服务所' }]);
    const ok = await fzb.post(`${base}/advisers`, { ...worker, lawFirm: '东湖基层法律服务所' });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    const unknown = await fzb.post(`${base}/advisers`, newAdviser({ kind: 'notary', contractNumber: '示法顾〔2026〕913号' }));
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body.errors, [{ path: 'kind', message: '请选择顾问类型' }]);
    const byKind = (await fzb.get(`${base}/advisers?f.kind=grassrootsWorker`)).body.items.map((a: { name: string }) => a.name);
    assert.ok(byKind.includes('测试基层法律服务工作者'));
  });

  it('keeps public lawyers with a 17-digit certificate number and a derived state', async () => {
    const body = {
      name: '测试公职律师',
      certificateNumber: '1370820202123456',
      orgUnitId: zrzyUnit,
      post: '法制科科长',
      certificateIssuedOn: '2022-03-01',
    };
    const bad = await fzb.post(`${base}/public-lawyers`, body);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'certificateNumber');
    assert.match(bad.body.errors[0].message, /17位数字/);
    const noExpiry = await fzb.post(`${base}/public-lawyers`, { ...body, certificateNumber: '13708202021234567', assessmentYear: 2021, assessmentResult: 'competent' });
    assert.equal(noExpiry.status, 400);
    assert.deepEqual(noExpiry.body.errors, [{ path: 'assessmentYear', message: '年度考核年度不能早于发证年度' }]);
    const ok = await fzb.post(`${base}/public-lawyers`, { ...body, certificateNumber: '13708202021234567' });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.state, 'assessmentDue', 'a certificate issued in 2022 owes last year’s 年度考核; it has no expiry date');
    const assessed = await fzb.patch(`${base}/public-lawyers/${ok.body.id}`, { version: ok.body.version, assessmentYear: dueAssessmentYear(h.today), assessmentResult: 'competent' });
    assert.equal(assessed.body.state, 'valid');
    const unfit = await fzb.patch(`${base}/public-lawyers/${ok.body.id}`, { version: assessed.body.version, assessmentResult: 'incompetent' });
    assert.equal(unfit.body.state, 'incompetent');
    ok.body.version = unfit.body.version;
    const left = await fzb.patch(`${base}/public-lawyers/${ok.body.id}`, { version: ok.body.version, leftOn: h.today });
    assert.equal(left.body.state, 'left');
    const zrzy = await h.login('zrzy');
    assert.equal((await zrzy.get(`${base}/public-lawyers/${ok.body.id}`)).status, 200);
    assert.equal((await zrzy.patch(`${base}/public-lawyers/${ok.body.id}`, { version: left.body.version, post: '科员' })).status, 200, 'legal staff update their unit’s roster');
    assert.equal((await donghu.get(`${base}/public-lawyers/${ok.body.id}`)).status, 404, 'another unit’s public lawyer is out of scope');
  });

  it('logs services quickly: defaults, providers serving the unit first, and the rules of the log', async () => {
    const providers = await donghu.get(`${base}/providers?orgUnitId=${eastCommunity}`);
    assert.equal(providers.status, 200);
    const advisers = providers.body.advisers as { id: string; name: string; servesUnit: boolean }[];
    const first = advisers.find((a) => a.name === '山东正衡律师事务所')!;
    assert.equal(first.servesUnit, true);
    const serving = advisers.map((a) => a.servesUnit);
    assert.deepEqual(
      serving,
      [...serving].sort((x, y) => Number(y) - Number(x)),
      'advisers serving the unit come first',
    );
    assert.equal((await donghu.get(`${base}/providers?orgUnitId=${zrzyUnit}`)).status, 403, 'no log entries for units out of scope');

    const entry = { kind: 'consultation', servedOn: h.today, orgUnitId: eastCommunity, adviserId: first.id, subject: '土地承包纠纷咨询', hours: 1.5 };
    const created = await donghu.post(`${base}/services`, entry);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.providerName, '山东正衡律师事务所');
    assert.equal(created.body.adviser.id, first.id);
    const defaults = (await donghu.get(`${base}/services/defaults`)).body;
    assert.deepEqual(defaults, { servedOn: defaults.servedOn, kind: 'consultation', orgUnitId: eastCommunity, adviserId: first.id, publicLawyerId: null, hours: 1 });
    assert.match(defaults.servedOn, /^\d{4}-\d\d-\d\d$/);

    for (const [over, path] of [
      [{ hours: 1.25 }, 'hours'],
      [{ hours: 0 }, 'hours'],
      [{ adviserId: undefined }, 'adviserId'],
      [{ adviserId: randomUUID() }, 'adviserId'],
      [{ reviewRequestId: randomUUID() }, 'reviewRequestId'],
    ] as const) {
      const res = await donghu.post(`${base}/services`, { ...entry, ...over });
      assert.equal(res.status, 400, JSON.stringify(over));
      assert.ok(
        res.body.errors.some((e: { path: string }) => e.path === path),
        `${JSON.stringify(over)} → ${JSON.stringify(res.body.errors)}`,
      );
    }
  });

  it('refuses a legal opinion linked to a review request that does not exist, naming the field and writing nothing', async () => {
    const [servicesBefore] = await h.db.select({ n: count() }).from(legalServices);
    const [auditBefore] = await h.db.select({ n: count() }).from(auditLog);
    const adviserId = (await donghu.get(`${base}/providers?orgUnitId=${east}`)).body.advisers[0].id;
    const res = await donghu.post(`${base}/services`, {
      kind: 'legalOpinion',
      servedOn: h.today,
      orgUnitId: east,
      adviserId,
      subject: '关于征收补偿方案的法律意见',
      hours: 3,
      reviewRequestId: randomUUID(),
    });
    assert.equal(res.status, 400);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual(res.body.errors, [{ path: 'reviewRequestId', message: '所选合法性审核申请不存在' }]);
    const [servicesAfter] = await h.db.select({ n: count() }).from(legalServices);
    const [auditAfter] = await h.db.select({ n: count() }).from(auditLog);
    assert.equal(servicesAfter!.n, servicesBefore!.n);
    assert.equal(auditAfter!.n, auditBefore!.n);
  });

  it('links a legal opinion to an existing review request and shows the way to it', async () => {
    const review = await fzb.post('/api/legal-review/requests', {
      subjectKind: 'contract',
      title: '东湖街道物业服务合同审查',
      counterparty: '示范物业公司',
      orgUnitId: east,
      receivedOn: h.today,
      materials: ['requestLetter', 'contractText', 'counterpartyQualification'],
    });
    assert.equal(review.status, 201, JSON.stringify(review.body));
    const adviserId = (await donghu.get(`${base}/providers?orgUnitId=${east}`)).body.advisers[0].id;
    const opinion = { kind: 'legalOpinion', servedOn: h.today, orgUnitId: east, adviserId, subject: '物业服务合同法律意见', hours: 2, reviewRequestId: review.body.id };
    const made = await donghu.post(`${base}/services`, opinion);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.reviewRequestTitle, '东湖街道物业服务合同审查');
    assert.equal(made.body.reviewRequestPath, `/legal-review/requests/${review.body.id}`);
    const consultation = await donghu.post(`${base}/services`, { ...opinion, kind: 'consultation' });
    assert.equal(consultation.status, 400, 'only a legal opinion links a review');
    assert.equal(consultation.body.errors[0].path, 'reviewRequestId');
  });

  it('an adviser’s own account logs as that adviser, and the adviser’s page lists its log', async () => {
    const adviser = await h.login('adviser');
    const defaults = (await adviser.get(`${base}/services/defaults`)).body;
    const own = (await adviser.get(`${base}/advisers/${defaults.adviserId}`)).body;
    assert.equal(own.name, '吴志远');
    assert.equal(own.linkedUser.displayName, '吴律师（法律顾问）');
    const before = (await adviser.get(`${base}/advisers/${own.id}/services?pageSize=1`)).body.total;
    assert.equal(own.serviceTotals.entries, before);
    const made = await adviser.post(`${base}/services`, {
      kind: 'lecture',
      servedOn: h.today,
      orgUnitId: defaults.orgUnitId,
      adviserId: own.id,
      subject: '领导干部学法讲座',
      hours: 2,
      outcome: '参加干部45人',
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const log = (await adviser.get(`${base}/advisers/${own.id}/services?pageSize=200`)).body;
    assert.equal(log.total, before + 1);
    assert.ok(log.items.every((s: { adviserId: string }) => s.adviserId === own.id));
    assert.equal((await adviser.patch(`${base}/services/${made.body.id}`, { version: made.body.version, hours: 3 })).status, 403, 'advisers log; they do not edit');
  });

  it('an adviser keeps no roster: adding advisers, 公职律师 or 一月一主题 is refused and writes nothing, and the menu offers no 新增', async () => {
    const adviser = await h.login('adviser');
    const before = (await fzb.get(`${base}/advisers?pageSize=1`)).body.total;
    const refused = await adviser.post(`${base}/advisers`, newAdviser({ name: '越权顾问', contractNumber: '示法顾〔2026〕977号' }));
    assert.equal(refused.status, 403);
    assert.equal(refused.headers['content-type']?.toString().startsWith('application/problem+json'), true);
    assert.equal((await fzb.get(`${base}/advisers?pageSize=1`)).body.total, before);
    assert.equal((await adviser.post(`${base}/public-lawyers`, { name: '越权律师' })).status, 403);
    assert.equal((await adviser.get(`${base}/advisers/import-template.xlsx`)).status, 403);
    const me = (await adviser.get('/api/auth/me')).body;
    assert.deepEqual(me.permissions['legalAdvisers.adviser'], ['read']);
    assert.ok(me.permissions.legalAdvisers.includes('create'), 'the service log stays open to the adviser');
    assert.equal((await fzb.get('/api/auth/me')).body.permissions['legalAdvisers.adviser'].includes('create'), true);
  });

  it('every figure equals its drill-down, hours included, and the breakdowns add up', async () => {
    const period = `from=${h.today.slice(0, 4)}-01-01&to=${h.today}`;
    const ids = [
      ...['legalOpinions', 'consultations', 'contractsReviewed', 'litigationMatters', 'lectures', 'services', 'advisersInForce', 'publicLawyersInPost', 'unitsWithPublicLawyers'],
      ...['villagePublicServices', 'villageLectures', 'villageGovernanceOpinions', 'villageContracts', 'villageDisputes', 'villageDecisions', 'themeActivities'],
      ...['parkEnterprisesServed', 'parkNegotiations', 'parkOpinions', 'parkRiskResolutions', 'communities'],
    ];
    for (const id of ids) {
      const v = (await fzb.get(`/api/indicators/values?ids=legalAdvisers.${id}&${period}`)).body.values[0];
      const rec = (await fzb.get(`/api/indicators/legalAdvisers.${id}/records?${period}&pageSize=200`)).body;
      assert.equal(rec.total, v.value, id);
      assert.ok(v.value > 0, `${id} has demo data`);
    }
    const hours = (await fzb.get(`/api/indicators/values?ids=legalAdvisers.serviceHours&${period}`)).body.values[0];
    let listed = 0;
    for (let page = 1; ; page++) {
      const rec = (await fzb.get(`/api/indicators/legalAdvisers.serviceHours/records?${period}&pageSize=200&page=${page}`)).body;
      listed += rec.items.reduce((s: number, r: { hours: number }) => s + r.hours, 0);
      if (page * 200 >= rec.total) break;
    }
    assert.equal(listed, hours.value);
    assert.equal(hours.value % 0.5, 0);
    const byKind = (await fzb.get(`/api/indicators/legalAdvisers.serviceHours/breakdown?by=kind&${period}`)).body;
    assert.equal(
      byKind.reduce((s: number, b: { value: number }) => s + b.value, 0),
      hours.value,
    );
    const byUnit = (await fzb.get(`/api/indicators/legalAdvisers.serviceHours/breakdown?by=orgUnit&${period}`)).body;
    assert.equal(
      byUnit.reduce((s: number, b: { value: number }) => s + b.value, 0),
      hours.value,
    );
    const services = (await fzb.get(`/api/indicators/values?ids=legalAdvisers.services&${period}`)).body.values[0].value;
    assert.ok(services >= 900 && services <= 1300, `~1,100 demo entries, got ${services}`);
    const byGroup = (await fzb.get(`/api/indicators/legalAdvisers.services/breakdown?by=servedGroup&${period}`)).body as { key: string; value: number }[];
    assert.equal(
      byGroup.reduce((s, b) => s + b.value, 0),
      services,
    );
    assert.deepEqual(byGroup.map((b) => b.key).sort(), ['community', 'government', 'park']);
  });

  it('村(社区) coverage: every community at today, three 街道 of four before the 南苑 contract started', async () => {
    const year = h.today.slice(0, 4);
    const all = h.seeded.org.communities.length;
    const now = (await fzb.get(`/api/indicators/values?ids=legalAdvisers.communityCoverage&from=${year}-01-01&to=${h.today}`)).body.values[0];
    assert.deepEqual([now.numerator, now.denominator, now.display], [all, all, '100%']);
    // 南苑's old contract ended last 31 December and the new one starts on 1 March.
    const feb = (await fzb.get(`/api/indicators/values?ids=legalAdvisers.communityCoverage&from=${year}-01-01&to=${year}-02-15`)).body.values[0];
    assert.deepEqual([feb.numerator, feb.denominator, feb.display], [75, all, '75%']);
    const uncovered = (await fzb.get(`/api/indicators/legalAdvisers.communityCoverage/records?from=${year}-01-01&to=${year}-02-15&part=numerator&pageSize=200`)).body;
    assert.equal(uncovered.total, 75);
    assert.ok(uncovered.items.every((c: { parent: string }) => c.parent !== '南苑街道'));
    // A 街道's own figure counts its own communities.
    const south = h.seeded.org.subdistricts.get('南苑街道')!;
    const southFeb = (await fzb.get(`/api/indicators/values?ids=legalAdvisers.communityCoverage&org=${south}&from=${year}-01-01&to=${year}-02-15`)).body.values[0];
    assert.deepEqual([southFeb.numerator, southFeb.denominator], [0, 25]);
  });

  it('seeds one contract and one certificate ending within 30 days, and the coordinator’s roster shows them', async () => {
    const expiring = (await fzb.get(`${base}/advisers?f.state=expiring`)).body.items.map((a: { name: string }) => a.name);
    assert.ok(expiring.includes('陈静'), expiring.join());
    const lawyers = (await fzb.get(`${base}/public-lawyers?f.state=revoked`)).body;
    assert.ok(lawyers.total >= 2, 'the demo has lawyers whose certificates were 注销');
    const expired = (await fzb.get(`${base}/advisers?f.state=expired`)).body.items.map((a: { name: string }) => a.name);
    assert.ok(expired.includes('山东鲁法律师事务所'));
  });
  it('the demo shows a 法学专家 and 基层法律服务工作者 with their 法律服务所, in force and with a log of their own', async () => {
    const ofKind = async (kind: string) =>
      (await fzb.get(`${base}/advisers?f.kind=${kind}&pageSize=200`)).body.items.filter((a: { name: string }) => !a.name.startsWith('测试')) as {
        id: string;
        name: string;
        lawFirm: string | null;
        state: string;
      }[];
    const scholars = await ofKind('scholar');
    assert.deepEqual(
      scholars.map((a) => [a.name, a.lawFirm, a.state]),
      [['孟庆华', null, 'inForce']],
    );
    const workers = await ofKind('grassrootsWorker');
    assert.deepEqual(workers.map((a) => a.name).sort(), ['庞立新', '邢春梅'].sort());
    for (const w of workers) {
      assert.match(w.lawFirm ?? '', /街道法律服务所$/);
      assert.equal(w.state, 'inForce');
    }
    for (const a of [...scholars, ...workers]) {
      const log = (await fzb.get(`${base}/advisers/${a.id}/services?pageSize=200`)).body;
      assert.ok(log.total > 0, `${a.name} has services logged`);
      const groups = new Set(log.items.map((s: { servedGroup: string }) => s.servedGroup));
      assert.deepEqual([...groups], [a === scholars[0] ? 'government' : 'community']);
    }
    // They are counted among the advisers in force (名), apart from the firms (家).
    const byKind = (await fzb.get(`/api/indicators/legalAdvisers.advisersInForce/breakdown?by=kind&from=${h.today.slice(0, 4)}-01-01&to=${h.today}`)).body as { key: string; value: number }[];
    assert.ok(byKind.some((b) => b.key === 'scholar' && b.value >= 1));
    assert.ok(byKind.some((b) => b.key === 'grassrootsWorker' && b.value >= 2));
  });
  // Last: the scan runs on dates in 2027 and moves the derived states on.
  it('raises the contract reminders 30 days before expiry and the alerts after it, the 公职律师 年度考核 reminder and the 注销 alert, once each', async () => {
    const end = '2027-03-31';
    const adviser = (
      await fzb.post(
        `${base}/advisers`,
        newAdviser({ name: '到期提醒测试所', kind: 'lawFirm', lawFirm: undefined, licenseNumber: undefined, contractNumber: '示法顾〔2026〕990号', contractEndOn: end }),
      )
    ).body;
    const lawyer = (
      await fzb.post(`${base}/public-lawyers`, {
        name: '考核提醒律师',
        certificateNumber: '13708202021239999',
        orgUnitId: zrzyUnit,
        post: '科员',
        certificateIssuedOn: '2022-04-01',
        assessmentYear: 2025,
        assessmentResult: 'competent',
      })
    ).body;
    const mine = async () =>
      (await h.db.select().from(notifications).where(like(notifications.key, 'legalAdvisers.%')))
        .filter((n) => n.key.includes(adviser.id) || n.key.includes(lawyer.id))
        .map((n) => `${n.level}:${n.key.split(':')[0]}`)
        .sort();
    const runOn = (day: string) => runDueJobs(h.app.services, legalAdvisersJobs, new Date(`${day}T01:00:00Z`));
    await runOn('2027-02-28');
    assert.deepEqual(await mine(), [], '31 days before: nothing yet; the 2026 考核 is not due before 31 March');
    await runOn('2027-03-01');
    assert.deepEqual(await mine(), ['reminder:legalAdvisers.contract']);
    await runOn('2027-03-31');
    assert.equal((await mine()).length, 1, 'the last day raises nothing new');
    await runOn('2027-04-01');
    assert.deepEqual(await mine(), ['alert:legalAdvisers.contract', 'reminder:legalAdvisers.assessment', 'reminder:legalAdvisers.contract']);
    await runOn('2027-04-02');
    assert.equal((await mine()).length, 3, 'each raised once');
    // The scan also moved the derived states on; the coordinator sees the reminder.
    assert.equal((await fzb.get(`${base}/advisers/${adviser.id}`)).body.state, 'expired');
    const now = (await fzb.get(`${base}/public-lawyers/${lawyer.id}`)).body;
    assert.equal(now.state, 'assessmentDue');
    // Leaving the unit calls for 注销: an alert until it is recorded.
    await fzb.patch(`${base}/public-lawyers/${lawyer.id}`, { version: now.version, leftOn: '2027-04-02', assessmentYear: 2026, assessmentResult: 'competent' });
    await runOn('2027-04-03');
    assert.ok((await mine()).includes('alert:legalAdvisers.revoke'));
    assert.equal((await fzb.get(`${base}/public-lawyers/${lawyer.id}`)).body.state, 'left');
    const notes = (await fzb.get('/api/notifications')).body as { link: string }[];
    assert.ok(notes.some((n) => n.link === `/legal-advisers/advisers/${adviser.id}`));
  });
});
