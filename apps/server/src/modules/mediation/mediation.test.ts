import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addCalendarDays, toIsoDate, withIdCheckCharacter } from '@fazhi/core';
import { and, eq, like } from 'drizzle-orm';
import JSZip from 'jszip';
import { startHarness, type Harness } from '../../../test/harness.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notify/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import { mediationJobs } from './jobs.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/mediation';
const idNo = withIdCheckCharacter('37089919800101002');

describe('人民调解 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let donghu: Client;
  let mediator: Client;
  let village: string;
  let otherVillage: string;
  let westVillage: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    donghu = await h.login('donghu');
    mediator = await h.login('mediator');
    village = h.seeded.org.communities[0]!;
    otherVillage = h.seeded.org.communities[1]!;
    westVillage = h.seeded.org.communities[30]!;
  });
  after(() => h.close());

  const newDispute = (over: Record<string, unknown> = {}) => ({
    orgUnitId: village,
    receivedOn: '2026-11-02',
    disputeType: 'neighbour',
    source: 'application',
    summary: '因排水沟渠堵塞导致邻居院内积水',
    mediatorNames: '郑调解',
    parties: [
      { name: '测试甲', idNumber: idNo, phone: '13912345678' },
      { name: '测试乙', phone: '13887654321' },
    ],
    ...over,
  });
  const units = async (c: Client, query = '') => {
    const list = (await c.get(`${base}/disputes?pageSize=200${query}`)).body;
    return { total: list.total as number, units: new Set((list.items as { orgUnitId: string }[]).map((i) => i.orgUnitId)) };
  };

  it('scopes disputes: a 村 mediator sees only its committee, 司法所 staff their 街道, the coordinator all', async () => {
    const mine = await units(mediator);
    assert.ok(mine.total > 0);
    assert.deepEqual([...mine.units], [village]);
    const east = await units(donghu);
    const all = await units(fzb);
    assert.ok(east.total > mine.total && all.total > east.total, `${mine.total} < ${east.total} < ${all.total}`);
    const paths = await h.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits);
    const pathOf = new Map(paths.map((p) => [p.id, p.path]));
    const eastPath = pathOf.get(h.seeded.org.subdistricts.get('东湖街道')!)!;
    assert.ok(
      [...east.units].every((u) => pathOf.get(u)!.startsWith(eastPath)),
      'donghu sees only 东湖',
    );
    const westPath = pathOf.get(h.seeded.org.subdistricts.get('西岭街道')!)!;
    assert.ok(
      [...all.units].some((u) => pathOf.get(u)!.startsWith(westPath)),
      'fzb sees 西岭 too',
    );
    const westOne = (await fzb.get(`${base}/disputes?f.orgUnitId=${westVillage}&pageSize=1`)).body.items[0];
    assert.equal((await donghu.get(`${base}/disputes/${westOne.id}`)).status, 404);
    assert.equal((await mediator.get(`${base}/disputes/${westOne.id}`)).status, 404);
  });

  it('lets a mediator enter a dispute at the own committee only, numbering it and masking the parties', async () => {
    const res = await mediator.post(`${base}/disputes`, newDispute());
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.match(res.body.caseNumber, /^柳园社区调〔2026〕\d+号$/);
    assert.equal(res.body.state, 'received');
    assert.equal(res.body.parties[0].idNumberMasked, maskOf(idNo));
    assert.equal(res.body.parties[0].phoneMasked, '139****5678');
    assert.equal(JSON.stringify(res.body).includes(idNo), false);
    assert.equal(JSON.stringify(res.body).includes('13912345678'), false);
    assert.equal((await mediator.post(`${base}/disputes`, newDispute({ orgUnitId: otherVillage }))).status, 403);
    // A unit without a committee is refused naming the field.
    const bad = await fzb.post(`${base}/disputes`, newDispute({ orgUnitId: h.seeded.org.subdistricts.get('东湖街道') }));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'orgUnitId');
    // A district-wide 排查 campaign (organised by 区司法局) covers the village; an unknown one is refused.
    const campaign = (await fzb.get(`${base}/campaigns?pageSize=1`)).body.items[0];
    const linked = await mediator.post(`${base}/disputes`, newDispute({ campaignId: campaign.id, source: 'initiative' }));
    assert.equal(linked.status, 201, JSON.stringify(linked.body));
    assert.equal(linked.body.campaignTitle, campaign.title);
    const unknown = await mediator.post(`${base}/disputes`, newDispute({ campaignId: '00000000-0000-4000-8000-000000000000' }));
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.errors[0].path, 'campaignId');
    // A mediator may not reveal personal data; 司法所 staff may, with a reason, logged.
    const party = res.body.parties[0].id;
    assert.equal((await mediator.post(`${base}/disputes/${res.body.id}/parties/${party}/reveal`, { reason: '核对身份' })).status, 403);
    const shown = await donghu.post(`${base}/disputes/${res.body.id}/parties/${party}/reveal`, { reason: '核对身份' });
    assert.equal(shown.status, 200);
    assert.equal(shown.body.idNumber, idNo);
  });

  it('moves a dispute through mediation, agreement, 司法确认 within 30 days and 回访', async () => {
    let d = (await mediator.post(`${base}/disputes`, newDispute({ receivedOn: '2026-09-01' }))).body;
    const step = async (name: string, body: Record<string, unknown>, c: Client = mediator) => {
      const res = await c.post(`${base}/disputes/${d.id}/transitions/${name}`, { ...body, version: d.version });
      if (res.status === 200) d = res.body;
      return res;
    };
    assert.equal((await step('startMediation', { startedOn: '2026-09-02' })).status, 200);
    assert.equal((await step('recordSession', { heldOn: '2026-09-03', content: '分别听取双方陈述' })).status, 200);
    assert.equal(d.sessions.length, 1);
    assert.equal(d.state, 'mediating');
    const early = await step('succeed', { concludedOn: '2026-08-30', agreementForm: 'written', agreementContent: '疏通沟渠', agreementEffectiveOn: '2026-09-05' });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /调解结束日期不能早于受理日期/);
    assert.equal((await step('succeed', { concludedOn: '2026-09-05', agreementForm: 'written', agreementContent: '疏通沟渠并赔偿500元', agreementEffectiveOn: '2026-09-05' })).status, 200);
    assert.equal(d.state, 'succeeded');
    assert.equal(d.confirmationDueOn, '2026-10-05');
    const late = await step('applyConfirmation', { confirmationAppliedOn: '2026-10-06', confirmationCourt: '示范高新区人民法院' });
    assert.equal(late.status, 409);
    assert.match(late.body.detail, /三十日内（截至2026-10-05）/);
    assert.equal((await step('applyConfirmation', { confirmationAppliedOn: '2026-10-05', confirmationCourt: '示范高新区人民法院' })).status, 200);
    assert.equal(d.state, 'confirming');
    assert.equal((await step('recordConfirmation', { confirmationResult: 'confirmed', confirmationDecidedOn: '2026-10-10' })).status, 200);
    assert.equal(d.state, 'succeeded');
    const again = d.transitions.find((t: { name: string }) => t.name === 'applyConfirmation');
    assert.deepEqual(again.reasons, ['该调解协议已申请过司法确认']);
    assert.equal((await step('followUp', { followUpOn: '2026-10-20', performance: 'performed' })).status, 200);
    assert.equal(d.state, 'closed');
    assert.equal((await step('markTypical', { typicalTitle: '测试邻里纠纷调解案', typicalSelectedIn: '测试汇编', typicalSelectedOn: '2026-11-01', typicalWriteUp: '耐心疏导' }, donghu)).status, 200);
    assert.equal(d.typicalCase, true);
    const history = (await fzb.get(`${base}/disputes/${d.id}/history`)).body;
    assert.ok(history.some((e: { action: string }) => e.action === 'transition.applyConfirmation'));
  });

  it('checks a committee against 人民调解法 第8条 and keeps one committee per unit', async () => {
    const list = (await fzb.get(`${base}/committees?f.orgUnitId=${village}`)).body;
    const committee = (await fzb.get(`${base}/committees/${list.items[0].id}`)).body;
    assert.equal(committee.composition.memberCount, committee.members.length);
    assert.ok(committee.members.length >= 2);
    const dup = await fzb.post(`${base}/committees`, {
      name: '重复调委会',
      level: 'community',
      orgUnitId: village,
      address: '测试地址',
      officePhone: '0537-2345678',
      establishedOn: '2015-01-01',
      termStartOn: '2024-01-01',
    });
    assert.equal(dup.status, 400);
    assert.equal(dup.body.errors[0].path, 'orgUnitId');
    // An honour names a mediator on that committee's roster.
    const stranger = await donghu.post(`${base}/honours`, {
      orgUnitId: village,
      mediatorName: '不存在的人',
      kind: 'mediationExpert',
      level: 'district',
      year: 2026,
      awardedOn: '2026-05-01',
      awardedBy: '区司法局',
    });
    assert.equal(stranger.status, 400);
    assert.equal(stranger.body.errors[0].path, 'mediatorName');
  });

  it('publishes the committee directory without login, with office phones only', async () => {
    const res = await h.anonymous.get('/api/public/mediation-committees');
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 4);
    const all = res.body.flatMap((s: { committees: unknown[] }) => s.committees);
    assert.ok(all.length >= 104);
    assert.ok(
      all.every((c: { officePhone: string }) => /^0537-/.test(c.officePhone)),
      'office numbers, never a mobile',
    );
    assert.equal(JSON.stringify(res.body).includes('phoneMasked'), false);
  });

  it('computes the indicators from the records: success rate over all concluded, 智慧民调 differs from the total', async () => {
    const ids = [
      'disputesMediated',
      'disputesConcluded',
      'disputesSucceeded',
      'successRate',
      'smartSystemEntered',
      'courtReferrals',
      'cityMediationExperts',
      'cityAdvancedWorkers',
      'campaigns',
      'typicalCases',
      'communityCommitteeCompliance',
    ].map((i) => `mediation.${i}`);
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `mediation.${id}`)!.value;
    assert.ok(v('disputesMediated') > 600, String(v('disputesMediated')));
    assert.ok(v('smartSystemEntered') > 0 && v('smartSystemEntered') < v('disputesMediated'));
    assert.ok(v('disputesSucceeded') < v('disputesConcluded'));
    assert.equal(Math.round(v('successRate') * 10) / 10, Math.round((v('disputesSucceeded') / v('disputesConcluded')) * 1000) / 10);
    assert.equal(v('cityMediationExperts'), 2);
    assert.equal(v('cityAdvancedWorkers'), 1);
    assert.equal(v('campaigns'), 2);
    assert.ok(v('typicalCases') >= 1);
    assert.ok(v('communityCommitteeCompliance') > 50 && v('communityCommitteeCompliance') < 100);
  });

  it('fills the report paragraph from the records, with nothing left unfilled', async () => {
    const report = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    const v1 = await fzb.post(`/api/reports/annual/${report.id}/generate`);
    assert.equal(v1.status, 201);
    const zip = await JSZip.loadAsync((await fzb.get(`/api/reports/annual/${report.id}/versions/${v1.body.id}/docx`)).body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const n = (await fzb.get('/api/indicators/values?ids=mediation.disputesMediated,mediation.smartSystemEntered&from=2026-01-01&to=2026-12-31')).body.values as { value: number }[];
    assert.ok(text.includes(`全区共开展人民调解${n[0]!.value}次`), 'disputes mediated');
    assert.ok(text.includes(`录入山东省智慧民调系统${n[1]!.value}件`), '智慧民调');
    assert.ok(text.includes('荣获市级调解能手2人、调解先进工作者1人'));
    assert.ok(!text.includes('【'));
  });

  it('flags 司法确认 windows about to close and closed, once each', async () => {
    const today = toIsoDate(new Date());
    let d = (await fzb.post(`${base}/disputes`, newDispute({ receivedOn: addCalendarDays(today, -30) }))).body;
    d = (
      await fzb.post(`${base}/disputes/${d.id}/transitions/succeed`, {
        version: d.version,
        concludedOn: addCalendarDays(today, -26),
        agreementForm: 'written',
        agreementContent: '测试协议',
        agreementEffectiveOn: addCalendarDays(today, -26),
      })
    ).body;
    await runDueJobs(h.app.services, mediationJobs, new Date());
    const raised = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.module, 'mediation'), like(notifications.key, `mediation.confirmation:${d.id}:%`)));
    assert.equal(raised.length, 1);
    assert.equal(raised[0]!.level, 'reminder');
    assert.equal(raised[0]!.dueOn, addCalendarDays(today, 4));
  });
});

function maskOf(id: string) {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}
