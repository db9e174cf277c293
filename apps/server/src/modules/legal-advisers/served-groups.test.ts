import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withCreditCheckCharacter } from '@fazhi/core';
import { startHarness, type Harness } from '../../../test/harness.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/legal-advisers';
const creditCode = withCreditCheckCharacter('91370899MA3C4D5E6');

// 村(社区) and 园区 legal advisers (section 四 of the annual report) beside the government's (section 二).
describe('法律顾问服务对象：党政机关、村(社区)、园区及企业', () => {
  let h: Harness;
  let fzb: Client;
  let year: string;
  let village: string;
  let department: string;
  let parks: string[];
  let firm: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    year = h.today.slice(0, 4);
    village = h.seeded.org.communities[0]!;
    department = h.seeded.org.departments.get('区财政局')!;
    parks = h.seeded.org.parks;
    firm = (await fzb.get(`${base}/advisers?q=${encodeURIComponent('山东正衡律师事务所')}`)).body.items[0].id;
  });
  after(() => h.close());

  const period = () => `from=${year}-01-01&to=${h.today}`;
  const value = async (id: string) => (await fzb.get(`/api/indicators/values?ids=legalAdvisers.${id}&${period()}`)).body.values[0].value as number;
  const entry = (over: Record<string, unknown>) => ({ kind: 'consultation', servedOn: h.today, orgUnitId: village, adviserId: firm, subject: '测试咨询', hours: 1, ...over });

  it('counts a village consultation in 人次 for section 四 and leaves the government’s figures alone', async () => {
    const [persons, government] = [await value('villageConsultationPersons'), await value('consultations')];
    const res = await fzb.post(`${base}/services`, entry({ persons: 8 }));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.servedGroup, 'community');
    assert.equal(await value('villageConsultationPersons'), persons + 8);
    assert.equal(await value('consultations'), government);
    const dept = await fzb.post(`${base}/services`, entry({ orgUnitId: department }));
    assert.equal(dept.body.servedGroup, 'government');
    assert.equal(dept.body.persons, 1, 'one person unless said otherwise');
    assert.equal(await value('consultations'), government + 1);
  });

  it('refuses a village-only kind for a department and an enterprise of another park, writing nothing', async () => {
    const before = (await fzb.get(`${base}/services?pageSize=1`)).body.total;
    const kind = await fzb.post(`${base}/services`, entry({ orgUnitId: department, kind: 'governanceOpinion' }));
    assert.equal(kind.status, 400);
    assert.equal(kind.body.errors[0].path, 'kind');
    assert.match(kind.body.errors[0].message, /村\(社区\)/);
    const other = (await fzb.get(`${base}/enterprises?f.orgUnitId=${parks[1]}&pageSize=1`)).body.items[0];
    const wrongPark = await fzb.post(`${base}/services`, entry({ orgUnitId: parks[0], kind: 'enterpriseRulesReview', enterpriseId: other.id }));
    assert.equal(wrongPark.status, 400);
    assert.deepEqual(
      wrongPark.body.errors.map((e: { path: string }) => e.path),
      ['enterpriseId'],
    );
    assert.equal((await fzb.get(`${base}/services?pageSize=1`)).body.total, before);
  });

  it('counts each park enterprise once however often it was served', async () => {
    const created = await fzb.post(`${base}/enterprises`, { name: '示范测试科技有限公司', creditCode, orgUnitId: parks[0] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const enterprise = created.body;
    const served = await value('parkEnterprisesServed');
    for (const kind of ['enterpriseRulesReview', 'contractReview']) {
      const res = await fzb.post(`${base}/services`, entry({ orgUnitId: parks[0], kind, enterpriseId: enterprise.id, subject: '制度与合同审查' }));
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.enterpriseName, '示范测试科技有限公司');
    }
    assert.equal(await value('parkEnterprisesServed'), served + 1);
    const detail = (await fzb.get(`${base}/enterprises/${enterprise.id}`)).body;
    assert.equal(detail.serviceCount, 2);
    const notPark = await fzb.post(`${base}/enterprises`, { name: '示范另一有限公司', creditCode: withCreditCheckCharacter('91370899MA3C4D5E7'), orgUnitId: department });
    assert.equal(notPark.status, 400);
    assert.equal(notPark.body.errors[0].path, 'orgUnitId');
  });

  it('一月一主题: an activity must fall in the theme’s month, and the theme shows which villages held it', async () => {
    const month = Number(h.today.slice(5, 7));
    const theme = (await fzb.get(`${base}/themes?f.year=${year}&pageSize=50`)).body.items.find((t: { month: number }) => t.month === month);
    assert.ok(theme, 'the demo deployed this month’s theme');
    const lastMonth = `${year}-${String(month - 1).padStart(2, '0')}-15`;
    const late = await fzb.post(`${base}/services`, entry({ kind: 'lecture', themeId: theme.id, servedOn: lastMonth }));
    assert.equal(late.status, 400);
    assert.equal(late.body.errors[0].path, 'servedOn');
    const atDepartment = await fzb.post(`${base}/services`, entry({ kind: 'lecture', themeId: theme.id, orgUnitId: department }));
    assert.equal(atDepartment.status, 400);
    assert.equal(atDepartment.body.errors[0].path, 'themeId');
    const offered = (await fzb.get(`${base}/served-options?orgUnitId=${village}`)).body;
    assert.equal(offered.group, 'community');
    assert.ok(
      offered.themes.some((t: { id: string }) => t.id === theme.id),
      'the form offers the district’s theme to a village',
    );
    const park = (await fzb.get(`${base}/served-options?orgUnitId=${parks[0]}`)).body;
    assert.deepEqual([park.group, park.themes.length, park.enterprises.length > 0], ['park', 0, true]);
    const before = (await fzb.get(`${base}/themes/${theme.id}`)).body;
    assert.equal(before.communitiesTotal, h.seeded.org.communities.length);
    const villageBefore = before.communities.find((c: { id: string }) => c.id === village);
    const activities = await value('themeActivities');
    const ok = await fzb.post(`${base}/services`, entry({ kind: 'lecture', themeId: theme.id }));
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.themeTitle, theme.title);
    assert.equal(await value('themeActivities'), activities + 1);
    const after = (await fzb.get(`${base}/themes/${theme.id}`)).body;
    assert.equal(after.communities.find((c: { id: string }) => c.id === village).held, true);
    assert.equal(after.communitiesHeld, before.communitiesHeld + (villageBefore.held ? 0 : 1));
  });

  it('the portal lists each village’s adviser without login, names and firms only', async () => {
    const res = await h.anonymous.get('/api/public/village-advisers');
    assert.equal(res.status, 200);
    const communities = res.body.flatMap((s: { communities: { name: string; advisers: unknown[] }[] }) => s.communities);
    assert.equal(communities.length, h.seeded.org.communities.length);
    assert.ok(
      communities.every((c: { advisers: unknown[] }) => c.advisers.length > 0),
      'every village has an adviser in the demo',
    );
    assert.doesNotMatch(JSON.stringify(res.body), /1[3-9]\d{9}|phone/i, 'no phone number leaves the platform');
  });

  it('公职律师: new certificates and newly applying units this year, and every 街道 covered', async () => {
    const ids = ['publicLawyerCertificatesIssued', 'newPublicLawyerUnits', 'subdistrictPublicLawyerCoverage'].map((id) => `legalAdvisers.${id}`);
    const figures = async () => (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&${period()}`)).body.values as { value: number; numerator?: number; denominator?: number }[];
    const [issued, units, coverage] = await figures();
    assert.deepEqual([issued!.value, units!.value], [2, 2], 'the demo issued two certificates in two units new to it');
    assert.deepEqual([coverage!.numerator, coverage!.denominator], [4, 4]);
    // A second certificate in a unit that already has one is new, but the unit is not.
    const lawyer = (unit: string, n: string) => ({
      name: '测试公职律师',
      certificateNumber: `1370820260000${n}`,
      orgUnitId: unit,
      post: '科员',
      certificateIssuedOn: h.today,
    });
    assert.equal((await fzb.post(`${base}/public-lawyers`, lawyer(h.seeded.org.departments.get('区司法局（区委依法治区办）')!, '0901'))).status, 201);
    const [issued2, units2] = await figures();
    assert.deepEqual([issued2!.value, units2!.value], [3, 2]);
    const drill = (await fzb.get(`/api/indicators/legalAdvisers.newPublicLawyerUnits/records?${period()}`)).body;
    assert.equal(drill.total, 2);
  });

  it('公职律师 注销 stops counting: in post, the units with one and the 街道 coverage all drop, and the drill-down shows the gap', async () => {
    const ids = ['publicLawyersInPost', 'unitsWithPublicLawyers', 'subdistrictPublicLawyerCoverage'].map((id) => `legalAdvisers.${id}`);
    const figures = async () => ((await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&${period()}`)).body.values as { value: number; display: string }[]).map((v) => v.display);
    const street = [...h.seeded.org.subdistricts.values()][0]!;
    const list = (await fzb.get(`${base}/public-lawyers?f.orgUnitId=${street}&pageSize=50`)).body.items as { id: string; version: number; orgUnitId: string; state: string }[];
    const inPost = list.filter((l) => l.orgUnitId === street && l.state !== 'revoked' && l.state !== 'left');
    assert.equal(inPost.length, 1, 'the demo has one public lawyer in each 街道');
    const [before, units, coverage] = await figures();
    assert.equal(coverage, '100%');
    const refused = await fzb.patch(`${base}/public-lawyers/${inPost[0]!.id}`, { version: inPost[0]!.version, revokedOn: h.today });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.errors, [{ path: 'revokeReason', message: '注销公职律师证须选择注销原因' }]);
    const revoked = await fzb.patch(`${base}/public-lawyers/${inPost[0]!.id}`, { version: inPost[0]!.version, revokedOn: h.today, revokeReason: 'leftUnit' });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.equal(revoked.body.state, 'revoked');
    const [after, unitsAfter, coverageAfter] = await figures();
    assert.equal(Number.parseInt(after!, 10), Number.parseInt(before!, 10) - 1);
    assert.equal(Number.parseInt(unitsAfter!, 10), Number.parseInt(units!, 10) - 1);
    assert.notEqual(coverageAfter, '100%');
    const covered = (await fzb.get(`/api/indicators/legalAdvisers.subdistrictPublicLawyerCoverage/records?${period()}&part=denominator`)).body;
    assert.ok(covered.total >= 4);
    const numerator = (await fzb.get(`/api/indicators/legalAdvisers.subdistrictPublicLawyerCoverage/records?${period()}`)).body;
    assert.equal(numerator.total, covered.total - 1, 'the 街道 without a lawyer leaves the numerator, not the base');
    // Clearing the 注销 (entered in error) puts the lawyer back in every figure.
    const restored = await fzb.patch(`${base}/public-lawyers/${inPost[0]!.id}`, { version: revoked.body.version, revokedOn: null, revokeReason: null });
    assert.equal(restored.body.state === 'revoked', false);
    assert.deepEqual(await figures(), [before, units, coverage]);
  });

  it('refuses a link to another unit’s review request or public lawyer without echoing anything of it', async () => {
    const zrzy = await h.login('zrzy');
    const own = h.seeded.org.departments.get('区自然资源和规划局')!;
    const others = (await fzb.get('/api/legal-review/requests?pageSize=100')).body.items.filter((r: { orgUnitId: string }) => r.orgUnitId !== own);
    const lawyers = (await fzb.get(`${base}/public-lawyers?pageSize=100`)).body.items.filter((l: { orgUnitId: string }) => l.orgUnitId !== own && l.orgUnitId !== h.seeded.org.districtId);
    assert.ok(others.length && lawyers.length);
    const review = await zrzy.post(`${base}/services`, entry({ orgUnitId: own, kind: 'legalOpinion', adviserId: undefined, publicLawyerId: lawyers[0].id, reviewRequestId: others[0].id }));
    assert.equal(review.status, 400);
    const text = JSON.stringify(review.body);
    assert.ok(!text.includes(others[0].title) && !text.includes(lawyers[0].name), 'nothing of the other unit’s records comes back');
    assert.deepEqual(review.body.errors.map((e: { path: string }) => e.path).sort(), ['publicLawyerId']);
    // With the adviser who serves the unit, the other unit's review request alone is refused the same way.
    const chen = (await fzb.get(`${base}/advisers?q=${encodeURIComponent('陈静')}`)).body.items[0];
    const alone = await zrzy.post(`${base}/services`, entry({ orgUnitId: own, kind: 'legalOpinion', adviserId: chen.id, reviewRequestId: others[0].id }));
    assert.equal(alone.status, 400);
    assert.deepEqual([alone.body.errors[0].path, JSON.stringify(alone.body).includes(others[0].title)], ['reviewRequestId', false]);
    const ownReview = (await zrzy.get('/api/legal-review/requests?pageSize=1')).body.items[0];
    if (ownReview) assert.equal((await zrzy.post(`${base}/services`, entry({ orgUnitId: own, kind: 'legalOpinion', adviserId: chen.id, reviewRequestId: ownReview.id }))).status, 201);
  });
});
