import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { like } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notify/tables.js';
import { litigationJobs } from './jobs.js';

/** 二审 答辩 when the other party appeals, 生效, 履行 (第94–96条) and the 出庭通知书 (法释〔2020〕3号 第4条). */
describe('行政应诉: answer to an appeal, 生效, 履行 and the notice to appear', () => {
  let h: Harness;
  let fzb: Awaited<ReturnType<Harness['login']>>;
  let unit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    unit = h.seeded.org.departments.get('区自然资源和规划局')!;
  });
  after(() => h.close());

  const open = async (n: number, receivedOn: string) => {
    const body = {
      caseNumber: `（2026）鲁0899行初${n}号`,
      court: '示范市任城区人民法院',
      instance: 'first',
      orgUnitId: unit,
      cause: '不服政府信息公开答复',
      disputeArea: 'informationDisclosure',
      complaintReceivedOn: receivedOn,
      plaintiffs: [{ kind: 'person', name: `测试原告${n}` }],
    };
    const created = await fzb.post('/api/litigation/cases', body);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const fire = async (name: string, input: Record<string, unknown>) => {
      const now = (await fzb.get(`/api/litigation/cases/${created.body.id}`)).body;
      return fzb.post(`/api/litigation/cases/${created.body.id}/transitions/${name}`, { version: now.version, ...input });
    };
    return { id: created.body.id as string, fire };
  };
  const notices = async (id: string) =>
    (
      await h.db
        .select()
        .from(notifications)
        .where(like(notifications.key, `litigation.%:${id}:%`))
    )
      .map((n) => `${n.level}:${n.key.split(':')[0]}`)
      .sort();
  const runOn = (day: string) =>
    runDueJobs(
      h.app.services,
      litigationJobs.filter((j) => j.kind === 'litigation.reminders'),
      new Date(`${day}T01:00:00Z`),
    );

  it('the other party’s appeal gives the organ 15 days from the copy to answer: shown, listed, alerted, and late when filed after', async () => {
    const c = await open(951, '2026-03-02');
    await c.fire('submitDefence', { defenceSubmittedOn: '2026-03-10' });
    let r = await c.fire('close', { outcome: 'revoked', closedOn: '2026-06-01', servedOn: '2026-06-03' });
    assert.equal(r.body.effectiveOn, '2026-06-19', 'served 06-03: the 15-day window ends 06-18, in force the day after unless appealed');
    const noCopy = await c.fire('appeal', { appealedOn: '2026-06-10', appellant: 'plaintiff', caseNumber: '（2026）鲁08行终951号', court: '示范市中级人民法院' });
    assert.equal(noCopy.status, 400);
    assert.equal(noCopy.body.errors[0].path, 'appealCopyReceivedOn');
    assert.match(noCopy.body.errors[0].message, /收到上诉状副本日期/);
    r = await c.fire('appeal', { appealedOn: '2026-06-10', appellant: 'plaintiff', appealCopyReceivedOn: '2026-06-15', caseNumber: '（2026）鲁08行终951号', court: '示范市中级人民法院' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.appealAnswerDueOn, '2026-06-30');
    assert.equal(r.body.effectiveOn, null, 'appealed: the 一审 judgment is not in force');
    const todo = (await fzb.get('/api/litigation/todo')).body as { id: string; kind: string; dueOn: string; overdue: boolean }[];
    assert.deepEqual(
      todo.filter((t) => t.id === c.id).map((t) => [t.kind, t.dueOn, t.overdue]),
      [['appealAnswer', '2026-06-30', true]],
    );
    await runOn('2026-06-27');
    assert.deepEqual(await notices(c.id), ['reminder:litigation.appealAnswer']);
    await runOn('2026-07-01');
    assert.deepEqual(await notices(c.id), ['alert:litigation.appealAnswer', 'reminder:litigation.appealAnswer']);
    r = await c.fire('submitAppealAnswer', { appealAnswerSubmittedOn: '2026-07-02' });
    assert.equal(r.body.state, 'appealed', 'filing the answer does not move the case');
    assert.equal(r.body.appealAnswerLate, true);
    assert.ok(!(await fzb.get('/api/litigation/todo')).body.some((t: { id: string }) => t.id === c.id));
    // 二审 is final: in force from its 送达.
    r = await c.fire('close', { outcome: 'appealDismissed', closedOn: '2026-09-01', servedOn: '2026-09-04' });
    assert.equal(r.body.effectiveOn, '2026-09-04');
    const own = await open(952, '2026-03-02');
    await own.fire('submitDefence', { defenceSubmittedOn: '2026-03-10' });
    await own.fire('close', { outcome: 'revoked', closedOn: '2026-06-01', servedOn: '2026-06-03' });
    r = await own.fire('appeal', { appealedOn: '2026-06-10', appellant: 'defendant', caseNumber: '（2026）鲁08行终952号', court: '示范市中级人民法院' });
    assert.equal(r.body.appealAnswerDueOn, null, 'the organ’s own appeal leaves it nothing to answer');
    const refused = await own.fire('submitAppealAnswer', { appealAnswerSubmittedOn: '2026-06-20' });
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /本机关为上诉人/);
  });

  it('履行 is recorded once the decision is in force; past the period the judgment set, an alert until it is; the court’s 第96条 measures are kept', async () => {
    const c = await open(953, '2026-01-05');
    await c.fire('submitDefence', { defenceSubmittedOn: '2026-01-12' });
    const early = await c.fire('perform', { performedOn: '2026-04-10', performanceMode: 'voluntary' });
    assert.equal(early.status, 409, 'nothing decided yet');
    let r = await c.fire('close', { outcome: 'orderedToPerform', closedOn: '2026-04-01', servedOn: '2026-04-03', performanceDueOn: '2026-06-30' });
    assert.equal(r.body.effectiveOn, '2026-04-21', 'served 04-03: the window ends 04-18, a Saturday, so 04-20; in force 04-21');
    assert.ok(r.body.transitions.some((t: { name: string; allowed: boolean }) => t.name === 'perform' && t.allowed));
    const beforeDecision = await c.fire('perform', { performedOn: '2026-03-20', performanceMode: 'voluntary' });
    assert.equal(beforeDecision.status, 409);
    assert.match(beforeDecision.body.detail, /不能早于裁判日期/);
    // Each daily scan runs once per day (its job key names the day): this test scans days the one above did not.
    await runOn('2026-06-30');
    assert.deepEqual(await notices(c.id), [], 'the last day of the period raises nothing');
    await runOn('2026-07-03');
    assert.deepEqual(await notices(c.id), ['alert:litigation.performance']);
    r = await c.fire('courtMeasure', { measure: 'announcement', measuredOn: '2026-07-10' });
    r = await c.fire('courtMeasure', { measure: 'dailyFine', measuredOn: '2026-07-20' });
    assert.equal(r.body.courtMeasures, '2026-07-10 公告拒绝履行的情况\n2026-07-20 对机关负责人按日处五十元至一百元罚款');
    r = await c.fire('perform', { performedOn: '2026-07-25', performanceMode: 'afterMeasures', performanceNote: '已重新作出答复' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual([r.body.performedOn, r.body.performanceMode, r.body.state], ['2026-07-25', 'afterMeasures', 'closed']);
    const history = (await fzb.get(`/api/litigation/cases/${c.id}/history`)).body as { action: string }[];
    assert.ok(history.some((e) => e.action === 'transition.perform'));
    // A performed case raises no further alert (a new period set would have a new key).
    const another = await open(954, '2026-01-05');
    await another.fire('submitDefence', { defenceSubmittedOn: '2026-01-12' });
    await another.fire('close', { outcome: 'orderedToPay', closedOn: '2026-04-01', servedOn: '2026-04-03', performanceDueOn: '2026-06-30' });
    await another.fire('perform', { performedOn: '2026-06-20', performanceMode: 'voluntary' });
    await runOn('2026-07-04');
    assert.deepEqual(await notices(another.id), []);
  });

  it('a hearing the court asked the head to attend, where no head came, is flagged and counted with a drill-down', async () => {
    const period = 'from=2032-01-01&to=2032-12-31';
    const value = async () => (await fzb.get(`/api/indicators/values?ids=litigation.noticedHeadAbsent&${period}`)).body.values[0].value as number;
    const c = await open(955, '2026-02-01');
    const staff = { leaderAppeared: false, substituteName: '王五', substitutePost: '法制科科长', absenceReasonKind: 'officialDuty', absenceReason: '参加全省会议' };
    const late = await fzb.post(`/api/litigation/cases/${c.id}/hearings`, { heldOn: '2032-03-01', noticeServedOn: '2032-03-02', ...staff });
    assert.equal(late.status, 400);
    assert.deepEqual(late.body.errors, [{ path: 'noticeServedOn', message: '出庭通知书送达日期不能晚于开庭日期' }]);
    const flagged = await fzb.post(`/api/litigation/cases/${c.id}/hearings`, { heldOn: '2032-03-01', noticeServedOn: '2032-02-20', ...staff });
    assert.equal(flagged.status, 201);
    assert.equal(flagged.body.noticeUnheeded, true);
    await fzb.post(`/api/litigation/cases/${c.id}/hearings`, {
      heldOn: '2032-04-01',
      noticeServedOn: '2032-03-25',
      leaderAppeared: true,
      leaderName: '张明',
      leaderPost: '局长',
      leaderType: 'principal',
    });
    await fzb.post(`/api/litigation/cases/${c.id}/hearings`, { heldOn: '2032-05-01', ...staff });
    const detail = (await fzb.get(`/api/litigation/cases/${c.id}`)).body;
    assert.deepEqual(
      detail.hearings.map((x: { heldOn: string; noticeUnheeded: boolean }) => [x.heldOn, x.noticeUnheeded]),
      [
        ['2032-03-01', true],
        ['2032-04-01', false],
        ['2032-05-01', false],
      ],
    );
    assert.equal(await value(), 1);
    const drill = (await fzb.get(`/api/indicators/litigation.noticedHeadAbsent/records?${period}`)).body;
    assert.deepEqual(
      drill.items.map((x: Record<string, unknown>) => [x.heldOn, x.noticeServedOn]),
      [['2032-03-01', '2032-02-20']],
    );
  });
});
