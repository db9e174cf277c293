import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, isNull } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { notifications } from '../../platform/notify/tables.js';
import { flagOverdueRectifications } from './jobs.js';
import { enforcementCases } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/enforcement';

describe('案卷评查 and 执法监督 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let zjj: Client;
  let fileId: string;
  let campaignId: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzy = await h.login('zrzy');
    zjj = await h.login('zjj');
  });
  after(() => h.close());

  it('the coordinator samples a 市场监管 case into a campaign and names reviewers from other units', async () => {
    const campaign = await fzb.post(`${base}/review-campaigns`, { name: '测试季度评查', year: 2026, quarter: 4, startedOn: '2026-11-01', endsOn: '2026-11-30', orgUnitId: h.seeded.org.districtId });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    assert.equal(campaign.body.scoreRule, 'mean', 'the mean is the default rule');
    campaignId = campaign.body.id;
    const scjgUnit = h.seeded.org.departments.get('区市场监督管理局')!;
    const [c] = await h.db
      .select({ id: enforcementCases.id })
      .from(enforcementCases)
      .where(and(eq(enforcementCases.orgUnitId, scjgUnit), isNull(enforcementCases.deletedAt)))
      .limit(1);
    const file = await fzb.post(`${base}/review-files`, { campaignId, caseId: c!.id, orgUnitId: h.seeded.org.districtId });
    assert.equal(file.status, 201, JSON.stringify(file.body));
    fileId = file.body.id;
    assert.equal(file.body.field, 'market');
    assert.equal((await fzb.post(`${base}/review-files`, { campaignId, caseId: c!.id, orgUnitId: h.seeded.org.districtId })).status, 400, 'a case once per campaign');
    const bad = await fzb.raw('PUT', `${base}/review-files/${fileId}/reviewers`, { userIds: [h.seeded.users.get('zrzy'), crypto.randomUUID()] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'userIds.1');
    const set = await fzb.raw('PUT', `${base}/review-files/${fileId}/reviewers`, { userIds: [h.seeded.users.get('zrzy'), h.seeded.users.get('zjj')] });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.match(set.body.reviewerNames, /李自然/);
  });

  it('a reviewer sees only the files assigned to them, and scores only those', async () => {
    const list = (await zrzy.get(`${base}/review-files?pageSize=200`)).body;
    assert.ok(list.items.some((f: { id: string }) => f.id === fileId));
    const scoresOfAll = await Promise.all(list.items.map((f: { id: string }) => zrzy.get(`${base}/review-files/${f.id}/scores`)));
    assert.ok(
      scoresOfAll.every((s) => s.body.assignedToMe),
      'every listed file is one of theirs',
    );
    const all = (await fzb.get(`${base}/review-files?pageSize=1`)).body;
    assert.ok(all.total > list.total, 'the coordinator sees every file');
    const other = (await fzb.get(`${base}/review-files?pageSize=200`)).body.items.find((f: { reviewerNames: string }) => !f.reviewerNames.includes('李自然'));
    assert.equal((await zrzy.get(`${base}/review-files/${other.id}`)).status, 404);
    const some = { scores: [{ itemId: crypto.randomUUID(), deduction: 0 }] };
    assert.equal((await zrzy.raw('PUT', `${base}/review-files/${other.id}/scores`, some)).status, 404);
    assert.equal((await fzb.raw('PUT', `${base}/review-files/${fileId}/scores`, some)).status, 403, 'the organiser is not a reviewer of the file');
  });

  it('scores per item per reviewer; the file’s score is the mean once both scored; the grade follows', async () => {
    const sheet = (await zrzy.get(`${base}/review-files/${fileId}/scores`)).body;
    const item = (code: string) => sheet.rubric.find((i: { code: string }) => i.code === code);
    const form = sheet.rubric.filter((i: { group: string }) => i.group === 'form').reduce((s: number, i: { maxDeduction: number }) => s + i.maxDeduction, 0);
    const substance = sheet.rubric.filter((i: { group: string }) => i.group === 'substance').reduce((s: number, i: { maxDeduction: number }) => s + i.maxDeduction, 0);
    assert.deepEqual([form, substance], [20, 80], 'the seeded rubric: 20 points form, 80 substance');
    const over = await zrzy.raw('PUT', `${base}/review-files/${fileId}/scores`, { scores: [{ itemId: item('B01').id, deduction: item('B01').maxDeduction + 1 }] });
    assert.equal(over.status, 400);
    assert.equal(over.body.errors[0].path, 'scores.0.deduction');
    const first = await zrzy.raw('PUT', `${base}/review-files/${fileId}/scores`, {
      scores: [
        { itemId: item('B02').id, deduction: 2 },
        { itemId: item('C02').id, deduction: 6, comment: '证据来源未注明' },
      ],
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.score, null, 'waiting for the second reviewer');
    const second = await zjj.raw('PUT', `${base}/review-files/${fileId}/scores`, { scores: [{ itemId: item('C02').id, deduction: 12 }] });
    assert.equal(second.body.score, (92 + 88) / 2);
    assert.equal(second.body.mine.length, 1, 'a reviewer sees their own scores');
    assert.deepEqual(second.body.reviewers, [], 'and not the other reviewer’s');
    const organiser = (await fzb.get(`${base}/review-files/${fileId}/scores`)).body;
    assert.deepEqual(organiser.reviewers.map((r: { score: number }) => r.score).sort(), [88, 92]);
    const file = (await fzb.get(`${base}/review-files/${fileId}`)).body;
    assert.equal(file.grade, 'excellent');
    const veto = await zjj.raw('PUT', `${base}/review-files/${fileId}/scores`, { scores: [{ itemId: item('A02').id, deduction: 0, vetoed: true }] });
    assert.equal(veto.body.score, 46, 'one veto of two counts as its 0 in the mean');
    assert.equal((await fzb.get(`${base}/review-files/${fileId}`)).body.grade, 'failed');
    const results = (await fzb.get(`${base}/review-campaigns/${campaignId}/results`)).body;
    assert.equal(results.length, 1);
    assert.equal(results[0].failed, 1);
  });

  it('a problem becomes a 整改通知 of the case’s unit, which records its result; overdue ones are alerted', async () => {
    const zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    const scjgUnit = h.seeded.org.departments.get('区市场监督管理局')!;
    const wrongUnit = await fzb.post(`${base}/rectifications`, {
      source: 'review',
      reviewFileId: fileId,
      noticeNumber: '测整〔2026〕1号',
      problem: '执法人员资格问题',
      issuedOn: '2026-11-20',
      dueOn: '2026-11-25',
      orgUnitId: zrzyUnit,
    });
    assert.equal(wrongUnit.status, 400);
    const notice = await fzb.post(`${base}/rectifications`, {
      source: 'review',
      reviewFileId: fileId,
      noticeNumber: '测整〔2026〕1号',
      problem: '执法人员资格问题',
      issuedOn: '2026-11-20',
      dueOn: '2026-11-25',
      orgUnitId: scjgUnit,
    });
    assert.equal(notice.status, 201, JSON.stringify(notice.body));
    assert.match(notice.body.sourceTitle, /测试季度评查/);
    await flagOverdueRectifications(h.db, '2026-11-26');
    const [alert] = await h.db
      .select()
      .from(notifications)
      .where(eq(notifications.key, `enforcement.rectification:${notice.body.id}:2026-11-25`));
    assert.equal(alert?.orgUnitId, scjgUnit);
    const scjg = await h.login('scjg');
    const done = await scjg.patch(`${base}/rectifications/${notice.body.id}`, { completedOn: '2026-11-27', version: notice.body.version });
    assert.equal(done.status, 400, 'a completion needs its result');
    assert.equal(done.body.errors[0].path, 'result');
    assert.equal((await scjg.patch(`${base}/rectifications/${notice.body.id}`, { completedOn: '2026-11-27', result: '已组织整改', version: notice.body.version })).status, 200);
    assert.equal((await zrzy.get(`${base}/rectifications/${notice.body.id}`)).status, 404);
  });

  it('the supervision paragraph states the plan, the quarterly reviews and 十佳 from the records', async () => {
    const ids = ['supervisionChecks', 'reviewedFields', 'reviewedFiles', 'nominatedFiles', 'rectifications'].map((i) => `enforcement.${i}`);
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `enforcement.${id}`)!.value;
    assert.ok(v('reviewedFields') >= 5 && v('reviewedFields') <= 12 && v('reviewedFiles') > v('reviewedFields'), JSON.stringify(values));
    assert.ok(v('nominatedFiles') >= 1 && v('supervisionChecks') > 0 && v('rectifications') > 0);
    const drill = (await fzb.get(`/api/indicators/enforcement.reviewedFields/records?from=2026-01-01&to=2026-12-31&pageSize=50`)).body;
    assert.equal(new Set(drill.items.map((f: { field: string }) => f.field)).size, v('reviewedFields'), 'one file per field');
  });
});
