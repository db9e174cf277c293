import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { withIdCheckCharacter } from '@fazhi/core';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../../platform/audit/tables.js';
import { litigationCases } from './tables.js';

const idNo = withIdCheckCharacter('37089919850312123');
const badIdNo = idNo.slice(0, 17) + (idNo[17] === '1' ? '2' : '1');

describe('行政应诉 through the API', () => {
  let h: Harness;
  let fzb: Awaited<ReturnType<Harness['login']>>;
  let zrzyUnit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
  });
  after(() => h.close());

  const newCase = (over: Record<string, unknown> = {}) => ({
    caseNumber: '（2026）鲁0899行初901号',
    court: '示范市任城区人民法院',
    instance: 'first',
    orgUnitId: zrzyUnit,
    cause: '不服集体土地征收拆迁补偿决定',
    disputeArea: 'landAcquisition',
    complaintReceivedOn: '2026-09-20',
    plaintiffs: [{ kind: 'person', name: '测试原告甲', idNumber: idNo }],
    ...over,
  });

  it('registers a case with a computed defence deadline that skips the National Day holiday', async () => {
    const res = await fzb.post('/api/litigation/cases', newCase());
    assert.equal(res.status, 201);
    // 15 days after 2026-09-20 is 2026-10-05, inside the holiday: the deadline moves to the next working day.
    assert.equal(res.body.defenceDueOn, '2026-10-08');
    assert.equal(res.body.state, 'received');
    assert.equal(res.body.plaintiffs[0].idNumberMasked, `370899********${idNo.slice(-4)}`);
    assert.equal(JSON.stringify(res.body).includes(idNo), false, 'the full ID number never leaves the server unasked');
  });

  it('finds cases by a two-character Chinese word and by a plaintiff name', async () => {
    const res = await fzb.get(`/api/litigation/cases?q=${encodeURIComponent('拆迁')}&pageSize=200`);
    assert.equal(res.status, 200);
    assert.ok(res.body.total > 0);
    assert.ok(res.body.items.every((c: { cause: string; disputeArea: string }) => c.cause.includes('拆迁') || c.disputeArea === 'landAcquisition'));
    const byName = await fzb.get(`/api/litigation/cases?q=${encodeURIComponent('测试原告甲')}`);
    assert.equal(byName.body.total, 1);
  });

  it('filters, sorts and pages with a total', async () => {
    const res = await fzb.get(`/api/litigation/cases?f.orgUnitId=${zrzyUnit}&sort=caseNumber&order=asc&page=1&pageSize=3`);
    assert.equal(res.status, 200);
    assert.equal(res.body.items.length, 3);
    assert.ok(res.body.total >= 3);
    assert.ok(res.body.items.every((c: { orgUnitName: string }) => c.orgUnitName === '区自然资源和规划局'));
    const numbers = res.body.items.map((c: { caseNumber: string }) => c.caseNumber);
    assert.deepEqual(numbers, [...numbers].sort());
    const bad = await fzb.get('/api/litigation/cases?f.state=nonsense&sort=cause');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'query.f.state');
  });

  it('refuses bad input with field paths and Chinese messages, writing nothing', async () => {
    const [before] = await h.db.select({ n: count() }).from(litigationCases);
    const [auditBefore] = await h.db.select({ n: count() }).from(auditLog);
    const res = await fzb.post('/api/litigation/cases', newCase({ caseNumber: '', complaintReceivedOn: '2026-02-30', plaintiffs: [{ kind: 'person', name: '乙', idNumber: badIdNo }] }));
    assert.equal(res.status, 400);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    assert.ok(paths.includes('caseNumber'));
    assert.ok(paths.includes('complaintReceivedOn'));
    assert.ok(paths.includes('plaintiffs.0.idNumber'));
    assert.match(res.body.errors.find((e: { path: string }) => e.path === 'plaintiffs.0.idNumber').message, /身份号码/);
    const [after] = await h.db.select({ n: count() }).from(litigationCases);
    const [auditAfter] = await h.db.select({ n: count() }).from(auditLog);
    assert.equal(after!.n, before!.n);
    assert.equal(auditAfter!.n, auditBefore!.n);
  });

  it('walks the lifecycle 收案 → 答辩 → 审理 → 结案 → 上诉 → 结案 → 归档 with guards', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初902号', complaintReceivedOn: '2026-11-02' }))).body;
    const fire = (name: string, body: Record<string, unknown>) => fzb.post(`/api/litigation/cases/${created.id}/transitions/${name}`, body);
    let v = created.version;
    const wrong = await fire('archive', { version: v });
    assert.equal(wrong.status, 409);
    assert.match(wrong.body.detail, /收案/);
    let r = await fire('startDefence', { version: v });
    assert.equal(r.body.state, 'defending');
    v = r.body.version;
    r = await fire('submitDefence', { version: v, defenceSubmittedOn: '2026-11-20' });
    assert.equal(r.body.state, 'trial');
    assert.equal(r.body.defenceLate, true, '2026-11-20 is after the 2026-11-17 deadline');
    v = r.body.version;
    const hearing = await fzb.post(`/api/litigation/cases/${created.id}/hearings`, { heldOn: '2026-11-25', leaderAppeared: false });
    assert.equal(hearing.status, 400, 'a hearing without the head must say who appeared and why');
    assert.equal(
      (await fzb.post(`/api/litigation/cases/${created.id}/hearings`, { heldOn: '2026-11-25', leaderAppeared: true, leaderName: '张明', leaderPost: '局长', leaderType: 'principal' })).status,
      201,
    );
    v = (await fzb.get(`/api/litigation/cases/${created.id}`)).body.version;
    const noOutcome = await fire('close', { version: v, closedOn: '2026-11-26' });
    assert.equal(noOutcome.status, 400);
    assert.ok(noOutcome.body.errors.some((e: { path: string }) => e.path === 'outcome'));
    const wrongKind = await fire('close', { version: v, closedOn: '2026-11-26', outcome: 'appealDismissed' });
    assert.equal(wrongKind.status, 409, 'a 第89条 outcome cannot close a first instance');
    r = await fire('close', { version: v, closedOn: '2026-11-26', servedOn: '2026-11-30', outcome: 'revoked' });
    assert.equal(r.body.state, 'closed');
    assert.equal(r.body.lost, true);
    // 判决书 served 2026-11-30: the 15-day window of 第85条 ends on 2026-12-15.
    assert.equal(r.body.appealDueOn, '2026-12-15');
    const badNumber = await fire('appeal', { version: r.body.version, appealedOn: '2026-12-05', appellant: 'defendant', caseNumber: '（2026）鲁08行初33号', court: '示范市中级人民法院' });
    assert.equal(badNumber.status, 400);
    assert.equal(badNumber.body.errors[0].message, '该审级的案号类型应为“行终”，所填为“行初”');
    r = await fire('appeal', { version: r.body.version, appealedOn: '2026-12-05', appellant: 'defendant', caseNumber: '（2026）鲁08行终33号', court: '示范市中级人民法院' });
    assert.equal(r.body.state, 'appealed');
    assert.equal(r.body.instance, 'second');
    assert.equal(r.body.caseNumber, '（2026）鲁08行终33号');
    // The appeal adds a record for the 二审: the first instance keeps its own 案号, court, judgment and dates.
    assert.deepEqual(
      r.body.proceedings.map((p: Record<string, unknown>) => [p.instance, p.caseNumber, p.court, p.outcome, p.decidedOn, p.servedOn, p.appealDueOn]),
      [
        ['first', '（2026）鲁0899行初902号', '示范市任城区人民法院', 'revoked', '2026-11-26', '2026-11-30', '2026-12-15'],
        ['second', '（2026）鲁08行终33号', '示范市中级人民法院', null, null, null, null],
      ],
    );
    // 驳回上诉、维持原判 (第89条第1款第1项): the 一审's 撤销 stays in force, so the case is still lost.
    r = await fire('close', { version: r.body.version, closedOn: '2027-01-20', servedOn: '2027-01-22', outcome: 'appealDismissed' });
    assert.equal(r.body.effectiveOutcome, 'revoked');
    assert.equal(r.body.lost, true);
    assert.equal(r.body.appealDueOn, null, 'a second-instance judgment is final');
    assert.equal(r.body.proceedings[0].outcome, 'revoked');
    assert.equal(r.body.proceedings[1].outcome, 'appealDismissed');
    r = await fire('archive', { version: r.body.version });
    assert.equal(r.body.state, 'archived');
    assert.deepEqual(
      r.body.transitions.filter((t: { allowed: boolean }) => t.allowed),
      [],
    );
    const history = (await fzb.get(`/api/litigation/cases/${created.id}/history`)).body;
    assert.ok(history.some((e: { action: string }) => e.action === 'transition.close'));
  });

  it('改判 replaces the outcome in force; 发回重审 opens a new 行初 record and the case is tried again', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初911号', complaintReceivedOn: '2026-03-02' }))).body;
    const fire = (name: string, body: Record<string, unknown>) => fzb.post(`/api/litigation/cases/${created.id}/transitions/${name}`, body);
    let r = await fire('submitDefence', { version: created.version, defenceSubmittedOn: '2026-03-10' });
    r = await fire('close', { version: r.body.version, closedOn: '2026-06-01', servedOn: '2026-06-03', outcome: 'dismissed' });
    assert.equal(r.body.lost, false);
    r = await fire('appeal', {
      version: r.body.version,
      appealedOn: '2026-06-10',
      appellant: 'plaintiff',
      appealCopyReceivedOn: '2026-06-12',
      caseNumber: '（2026）鲁08行终911号',
      court: '示范市中级人民法院',
    });
    const noTarget = await fire('close', { version: r.body.version, closedOn: '2026-09-01', outcome: 'amended' });
    assert.equal(noTarget.status, 400);
    assert.equal(noTarget.body.errors[0].path, 'amendedOutcome');
    const amended = await fire('close', { version: r.body.version, closedOn: '2026-09-01', outcome: 'amended', amendedOutcome: 'confirmedIllegal' });
    assert.equal(amended.body.effectiveOutcome, 'confirmedIllegal');
    assert.equal(amended.body.lost, true, '改判确认违法 is a 败诉');

    const other = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初912号', complaintReceivedOn: '2026-03-02' }))).body;
    const fire2 = (name: string, body: Record<string, unknown>) => fzb.post(`/api/litigation/cases/${other.id}/transitions/${name}`, body);
    r = await fire2('submitDefence', { version: other.version, defenceSubmittedOn: '2026-03-10' });
    r = await fire2('close', { version: r.body.version, closedOn: '2026-06-01', outcome: 'revoked' });
    r = await fire2('appeal', { version: r.body.version, appealedOn: '2026-06-10', appellant: 'defendant', caseNumber: '（2026）鲁08行终912号', court: '示范市中级人民法院' });
    r = await fire2('close', { version: r.body.version, closedOn: '2026-09-01', outcome: 'remanded' });
    assert.equal(r.body.lost, false, 'nothing is in force after 发回重审');
    assert.ok(r.body.transitions.some((t: { name: string; allowed: boolean; reasons?: string[] }) => t.name === 'archive' && !t.allowed && t.reasons?.[0]?.includes('发回重审')));
    r = await fire2('retry', { version: r.body.version, caseNumber: '（2026）鲁0899行初1912号', court: '示范市任城区人民法院', retrialFiledOn: '2026-09-20' });
    assert.equal(r.body.state, 'trial');
    assert.equal(r.body.instance, 'first');
    assert.deepEqual(
      r.body.proceedings.map((p: { instance: string; caseNumber: string; outcome: string | null }) => [p.instance, p.caseNumber, p.outcome]),
      [
        ['first', '（2026）鲁0899行初912号', 'revoked'],
        ['second', '（2026）鲁08行终912号', 'remanded'],
        ['first', '（2026）鲁0899行初1912号', null],
      ],
    );
    r = await fire2('close', { version: r.body.version, closedOn: '2026-11-02', servedOn: '2026-11-04', outcome: 'suitDismissed' });
    // A 裁定 (驳回起诉) is appealable within 10 days of service.
    assert.equal(r.body.appealDueOn, '2026-11-16');
    assert.equal(r.body.lost, false);
  });

  it('validates the 案号 and records the organ’s 诉讼地位', async () => {
    const bad = await fzb.post('/api/litigation/cases', newCase({ caseNumber: '鲁0899行初913号' }));
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors, [{ path: 'caseNumber', message: '案号格式应为“（2024）鲁0891行初12号”（年度、法院代字、行初/行终/行申/行再、序号）' }]);
    const ok = await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初913号', litigationRole: 'thirdParty' }));
    assert.equal(ok.status, 201);
    assert.equal(ok.body.litigationRole, 'thirdParty');
    const wrong = await fzb.patch(`/api/litigation/cases/${ok.body.id}`, { version: ok.body.version, instance: 'second' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors[0].path, 'caseNumber');
  });

  it('adding or removing a hearing moves the case version on, so a stale edit is refused', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初914号' }))).body;
    const hearing = { heldOn: '2026-10-20', leaderAppeared: true, leaderName: '李强', leaderPost: '副局长', leaderType: 'deputy' };
    const added = await fzb.post(`/api/litigation/cases/${created.id}/hearings`, { ...hearing, version: created.version });
    assert.equal(added.status, 201);
    const afterAdd = (await fzb.get(`/api/litigation/cases/${created.id}`)).body;
    assert.equal(afterAdd.version, created.version + 1);
    const stale = await fzb.patch(`/api/litigation/cases/${created.id}`, { version: created.version, court: '别的法院' });
    assert.equal(stale.status, 409);
    assert.equal((await fzb.post(`/api/litigation/cases/${created.id}/hearings`, { ...hearing, version: created.version })).status, 409, 'a hearing sent on a stale case is refused');
    assert.equal((await fzb.delete(`/api/litigation/cases/${created.id}/hearings/${added.body.id}?version=${created.version}`)).status, 409);
    assert.equal((await fzb.delete(`/api/litigation/cases/${created.id}/hearings/${added.body.id}?version=${afterAdd.version}`)).status, 200);
    assert.equal((await fzb.get(`/api/litigation/cases/${created.id}`)).body.version, afterAdd.version + 1);
  });

  it('counts 负责人出庭应诉率 per case heard, and stops counting the hearings of a deleted case', async () => {
    // A year of its own, so that only these cases count.
    const period = 'from=2031-01-01&to=2031-12-31';
    const figures = async () => {
      const values = (await fzb.get(`/api/indicators/values?ids=litigation.hearingsHeld,litigation.casesHeard,litigation.leaderAppearanceRate&${period}`)).body.values;
      return values.map((v: { display: string }) => v.display);
    };
    const head = { leaderAppeared: true, leaderName: '张明', leaderPost: '局长', leaderType: 'principal' };
    const staff = { leaderAppeared: false, substituteName: '王五', substitutePost: '法制科科长', absenceReasonKind: 'officialDuty', absenceReason: '参加全区重要会议' };
    const a = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2031）鲁0899行初1号', complaintReceivedOn: '2031-01-05' }))).body;
    const b = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2031）鲁0899行初2号', complaintReceivedOn: '2031-01-06' }))).body;
    // Case a: two hearings, the head at the second; case b: one hearing, the head absent.
    await fzb.post(`/api/litigation/cases/${a.id}/hearings`, { heldOn: '2031-03-01', ...staff });
    await fzb.post(`/api/litigation/cases/${a.id}/hearings`, { heldOn: '2031-04-01', ...head });
    await fzb.post(`/api/litigation/cases/${b.id}/hearings`, { heldOn: '2031-03-15', ...staff });
    assert.deepEqual(await figures(), ['3次', '2件', '50%']);
    const bNow = (await fzb.get(`/api/litigation/cases/${b.id}`)).body;
    assert.equal((await fzb.delete(`/api/litigation/cases/${b.id}?version=${bNow.version}`)).status, 200);
    assert.deepEqual(await figures(), ['2次', '1件', '100%']);
    const drill = (await fzb.get(`/api/indicators/litigation.hearingsHeld/records?${period}`)).body;
    assert.equal(drill.total, 2);
  });

  it('registers 司法建议 and 检察建议 with a computed reply deadline and lateness', async () => {
    const body = { kind: 'procuratorial', issuer: '示范市任城区人民检察院', docNumber: '任检行公建〔2026〕91号', orgUnitId: zrzyUnit, receivedOn: '2026-03-02', content: '督促依法履行土地监管职责' };
    const urgent = await fzb.post('/api/litigation/suggestions', { ...body, urgent: true });
    assert.equal(urgent.status, 201);
    assert.equal(urgent.body.replyDueOn, '2026-03-17', '15 days when urgent');
    const normal = await fzb.post('/api/litigation/suggestions', { ...body, docNumber: '任检行公建〔2026〕92号' });
    assert.equal(normal.body.replyDueOn, '2026-05-06', 'two months; 2026-05-02 falls in the Labour Day holiday');
    const late = await fzb.patch(`/api/litigation/suggestions/${urgent.body.id}`, { version: urgent.body.version, repliedOn: '2026-03-20', replySummary: '已整改并书面回复' });
    assert.equal(late.status, 200);
    assert.equal(late.body.replyLate, true);
    const early = await fzb.patch(`/api/litigation/suggestions/${normal.body.id}`, { version: normal.body.version, repliedOn: '2026-03-01' });
    assert.equal(early.status, 400);
    assert.equal(early.body.errors[0].path, 'repliedOn');
    assert.equal(early.body.errors[0].message, '回复日期不能早于收到日期');
  });

  it('refuses an update naming a stale version with 409 and keeps the newer data', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初903号' }))).body;
    const first = await fzb.patch(`/api/litigation/cases/${created.id}`, { version: created.version, court: '示范市中级人民法院' });
    assert.equal(first.status, 200);
    assert.equal(first.body.version, created.version + 1);
    const stale = await fzb.patch(`/api/litigation/cases/${created.id}`, { version: created.version, court: '别的法院' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'staleVersion');
    assert.equal((await fzb.get(`/api/litigation/cases/${created.id}`)).body.court, '示范市中级人民法院');
    const history = (await fzb.get(`/api/litigation/cases/${created.id}/history`)).body;
    assert.deepEqual(history[0].changes, [{ field: 'court', from: '示范市任城区人民法院', to: '示范市中级人民法院' }]);
  });

  it('reveals a full ID number only with a reason, and logs it', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初904号' }))).body;
    const pid = created.plaintiffs[0].id;
    assert.equal((await fzb.post(`/api/litigation/cases/${created.id}/plaintiffs/${pid}/reveal`, { reason: '' })).status, 400);
    const ok = await fzb.post(`/api/litigation/cases/${created.id}/plaintiffs/${pid}/reveal`, { reason: '核对答辩材料' });
    assert.equal(ok.body.idNumber, idNo);
    const leader = await h.login('leader');
    assert.equal((await leader.post(`/api/litigation/cases/${created.id}/plaintiffs/${pid}/reveal`, { reason: '看看' })).status, 403);
    const history = (await fzb.get(`/api/litigation/cases/${created.id}/history`)).body;
    assert.ok(history.some((e: { action: string; summary: string }) => e.action === 'reveal' && e.summary.includes('核对答辩材料')));
  });

  it('lists cases near or past their defence deadline on the to-do list', async () => {
    const todo = (await fzb.get('/api/litigation/todo')).body as { daysLeft: number; overdue: boolean }[];
    assert.ok(todo.length >= 2);
    assert.ok(todo.every((t) => t.daysLeft <= 3));
    assert.ok(todo.some((t) => t.overdue));
  });

  it('exports the current filter as an .xlsx with Chinese headers and labels', async () => {
    const res = await fzb.get(`/api/litigation/cases/export.xlsx?f.orgUnitId=${zrzyUnit}`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(1).value, '案号');
    const list = await fzb.get(`/api/litigation/cases?f.orgUnitId=${zrzyUnit}&pageSize=1`);
    assert.equal(ws.rowCount - 1, list.body.total);
    const unitCol = ws.getRow(1).values as string[];
    assert.equal(ws.getRow(2).getCell(unitCol.indexOf('被告单位')).value, '区自然资源和规划局');
  });

  it('soft-deletes: the record leaves lists but its history stays', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初905号' }))).body;
    assert.equal((await fzb.delete(`/api/litigation/cases/${created.id}?version=${created.version}`)).status, 200);
    assert.equal((await fzb.get(`/api/litigation/cases/${created.id}`)).status, 404);
    const rows = await h.db.select().from(auditLog);
    assert.ok(rows.some((r) => r.entityId === created.id && r.action === 'delete'));
  });

  it('records 旁听庭审 sessions through the generic register', async () => {
    const res = await fzb.post('/api/litigation/observations', { heldOn: '2026-11-20', orgUnitId: zrzyUnit, title: '局班子成员旁听庭审', participants: 18 });
    assert.equal(res.status, 201);
    const bad = await fzb.post('/api/litigation/observations', { heldOn: '2026-11-20', orgUnitId: zrzyUnit, title: '旁听', participants: 0 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'participants');
  });

  it('produces the monthly bulletin by unit, its totals matching the indicators', async () => {
    const res = await fzb.get('/api/litigation/bulletin?month=2026-06');
    assert.equal(res.status, 200);
    assert.equal(res.body.title, '2026年6月行政应诉工作通报');
    const received = (await fzb.get('/api/indicators/values?ids=litigation.casesReceived&from=2026-06-01&to=2026-06-30')).body.values[0];
    assert.equal(res.body.totals['litigation.casesReceived'], received.display);
    const sum = res.body.rows.reduce((s: number, r: { figures: Record<string, string> }) => s + parseInt(r.figures['litigation.casesReceived'] ?? '0', 10), 0);
    assert.equal(sum, received.value);
    assert.equal((await fzb.get('/api/litigation/bulletin?month=2026-13')).status, 400);
  });

  it('keeps a plaintiff’s stored ID number when the plaintiffs are edited without retyping it', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初906号' }))).body;
    const p = created.plaintiffs[0];
    const res = await fzb.patch(`/api/litigation/cases/${created.id}`, {
      version: created.version,
      plaintiffs: [
        { id: p.id, kind: 'person', name: '测试原告甲（更正）' },
        { kind: 'organization', name: '新增原告公司' },
      ],
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.plaintiffs[0].name, '测试原告甲（更正）');
    assert.equal(res.body.plaintiffs[0].idNumberMasked, p.idNumberMasked);
    const shown = await fzb.post(`/api/litigation/cases/${created.id}/plaintiffs/${p.id}/reveal`, { reason: '核对' });
    assert.equal(shown.body.idNumber, idNo);
  });

  it('attaches files to a case: upload, list, download the same bytes, remove; read-only users only download', async () => {
    const created = (await fzb.post('/api/litigation/cases', newCase({ caseNumber: '（2026）鲁0899行初907号' }))).body;
    const boundary = 'fazhiBoundary7MA4YWxk';
    const bytes = Buffer.from('%PDF-1.4\n答辩状（测试）\n%%EOF', 'utf8');
    const multipart = (content: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="答辩状.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const up = await fzb.raw('POST', `/api/litigation/cases/${created.id}/attachments`, multipart(bytes), headers);
    assert.equal(up.status, 201);
    const detail = (await fzb.get(`/api/litigation/cases/${created.id}`)).body;
    assert.deepEqual(
      detail.attachments.map((a: { filename: string; size: number }) => [a.filename, a.size]),
      [['答辩状.pdf', bytes.length]],
    );
    const leader = await h.login('leader');
    const down = await leader.get(`/api/litigation/cases/${created.id}/attachments/${up.body.id}`);
    assert.equal(down.status, 200);
    assert.deepEqual(Buffer.from(down.body), bytes);
    assert.equal((await leader.raw('POST', `/api/litigation/cases/${created.id}/attachments`, multipart(bytes), headers)).status, 403);
    // A file over the 20 MB limit from someone who may not change the case: refused for access, not for its size.
    const oversized = await leader.raw('POST', `/api/litigation/cases/${created.id}/attachments`, multipart(Buffer.alloc(21 * 1024 * 1024, 1)), headers);
    assert.equal(oversized.status, 403);
    assert.equal((await fzb.raw('POST', `/api/litigation/cases/${created.id}/attachments`, multipart(Buffer.alloc(0)), headers)).status, 400);
    assert.equal((await fzb.delete(`/api/litigation/cases/${created.id}/attachments/${up.body.id}`)).status, 200);
    assert.deepEqual((await fzb.get(`/api/litigation/cases/${created.id}`)).body.attachments, []);
    const history = (await fzb.get(`/api/litigation/cases/${created.id}/history`)).body.map((e: { action: string }) => e.action);
    assert.ok(history.includes('attachment.add') && history.includes('attachment.remove'));
  });
});
