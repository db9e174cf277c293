import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import { and, eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../../platform/audit/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import { alertMissingHandovers } from './jobs.js';
import { resettlementPersons } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/resettlement';
const year = '&from=2026-01-01&to=2026-12-31';

describe('安置帮教 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let donghu: Client;
  let xiling: Client;
  let leader: Client;
  let donghuOffice: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    donghu = await h.login('donghu');
    xiling = await h.login('xiling');
    leader = await h.login('leader');
    const [office] = await h.db
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.kind, 'judicialOffice'), eq(orgUnits.name, '东湖司法所')));
    donghuOffice = office!.id;
  });
  after(() => h.close());

  const idNumber = withIdCheckCharacter('37089919850612123');
  const person = (over: Record<string, unknown> = {}) => ({
    name: '测试帮教对象',
    gender: 'male',
    idNumber,
    phone: '13912345678',
    orgUnitId: donghuOffice,
    householdAddress: '东湖街道柳园社区3号',
    residenceAddress: '东湖街道柳园社区3号',
    crime: '盗窃罪',
    sentence: '有期徒刑一年',
    prison: '山东省任城监狱',
    releasedOn: '2026-11-02',
    noticeReceivedOn: '2026-10-01',
    keyPerson: true,
    riskLevel: 'high',
    ...over,
  });

  it("keeps a released person in the 司法所's own register, masked, with the full ID number only for a stated reason", async () => {
    const res = await donghu.post(`${base}/persons`, person());
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.helpEndOn, '2031-11-01', '帮教期: five years from release');
    assert.ok(!JSON.stringify(res.body).includes(idNumber) && !JSON.stringify(res.body).includes('13912345678'));
    assert.match(res.body.idNumberMasked, /\*/);
    const [row] = await h.db.select().from(resettlementPersons).where(eq(resettlementPersons.id, res.body.id));
    assert.ok(row && !row.idNumberEnc.includes(idNumber));
    // Another 街道's 司法所 neither reads nor finds it.
    assert.equal((await xiling.get(`${base}/persons/${res.body.id}`)).status, 404);
    assert.ok(!(await xiling.get(`${base}/persons?pageSize=200`)).body.items.some((p: { id: string }) => p.id === res.body.id));
    // The full number: for the 司法所 with a reason (audited), not for the leader who reads masked records.
    assert.equal((await donghu.post(`${base}/persons/${res.body.id}/reveal`, { field: 'idNumber', reason: '' })).status, 400);
    const shown = await donghu.post(`${base}/persons/${res.body.id}/reveal`, { field: 'idNumber', reason: '核对户籍信息' });
    assert.equal(shown.status, 200, JSON.stringify(shown.body));
    assert.equal(shown.body.value, idNumber);
    const audits = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, res.body.id), eq(auditLog.action, 'reveal')));
    assert.ok(audits.some((a) => String(a.summary).includes('核对户籍信息')));
    assert.equal((await leader.get(`${base}/persons/${res.body.id}`)).status, 200);
    assert.equal((await leader.post(`${base}/persons/${res.body.id}/reveal`, { field: 'idNumber', reason: '查看' })).status, 403);
    assert.equal((await xiling.post(`${base}/persons/${res.body.id}/reveal`, { field: 'idNumber', reason: '查看' })).status, 404);
  });

  it('refuses a 帮教记录 on a person the 司法所 may not read, without echoing the person', async () => {
    const own = await donghu.post(`${base}/persons`, person({ name: '测试越权对象', releasedOn: '2026-06-01' }));
    assert.equal(own.status, 201, JSON.stringify(own.body));
    const xilingOffice = (await xiling.get('/api/org/units')).body.find((u: { name: string }) => u.name === '西岭司法所').id;
    const foreign = await xiling.post(`${base}/activities`, { orgUnitId: xilingOffice, personId: own.body.id, occurredOn: '2026-07-01', kind: 'visit', content: '越权走访' });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.errors[0].path, 'personId');
    assert.ok(!JSON.stringify(foreign.body).includes('测试越权对象'));
    const early = await donghu.post(`${base}/activities`, { orgUnitId: donghuOffice, personId: own.body.id, occurredOn: '2026-05-01', kind: 'visit', content: '释放前走访' });
    assert.equal(early.status, 400);
    const ok = await donghu.post(`${base}/activities`, { orgUnitId: donghuOffice, personId: own.body.id, occurredOn: '2026-07-01', kind: 'visit', content: '入户走访' });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.personName, '测试越权对象');
  });

  it('moves 衔接率 with the records, alerts the 司法所 of a person not yet received, and fills the report', async () => {
    const rate = async (id: string) => ((await fzb.get(`/api/indicators/values?ids=resettlement.${id}${year}`)).body.values as { id: string; value: number | null }[])[0]!.value;
    const before = await rate('handoverRate');
    const waiting = await fzb.post(`${base}/persons`, person({ name: '测试待衔接对象', releasedOn: '2026-11-10', keyPerson: false, riskLevel: 'medium' }));
    assert.equal(waiting.status, 201, JSON.stringify(waiting.body));
    const gap = await rate('handoverRate');
    assert.ok(gap !== null && gap < 100 && (before === null || gap <= before), `a person not received shows as a gap (${before} → ${gap})`);
    const notices = await alertMissingHandovers(h.db, '2026-12-04');
    assert.ok(notices >= 1);
    const drill = (await fzb.get(`/api/indicators/resettlement.handoverRate/records?part=denominator&${year.slice(1)}&pageSize=200`)).body;
    assert.ok(drill.items.some((r: { name: string }) => r.name === '测试待衔接对象'));
    const handed = await fzb.patch(`${base}/persons/${waiting.body.id}`, { version: waiting.body.version, handoverOn: '2026-11-11', handoverMode: 'reported' });
    assert.equal(handed.status, 200, JSON.stringify(handed.body));
    assert.ok((await rate('handoverRate'))! > gap!);
    // 必接必送 must be the day of release.
    const late = await fzb.patch(`${base}/persons/${waiting.body.id}`, { version: handed.body.version, handoverMode: 'escorted' });
    assert.equal(late.status, 400);

    const reports = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items;
    const report = reports.find((x: { orgUnitId: string }) => x.orgUnitId === h.seeded.org.districtId);
    const text = String((await fzb.get(`/api/reports/annual/${report.id}/preview`)).body).replace(/<[^>]+>/g, '');
    const para = text.slice(text.indexOf('强化特殊人群管控'), text.indexOf('存在的问题'));
    assert.match(para, /全年新接收刑满释放人员\d+名，在册安置帮教对象\d+名，衔接率[\d.]+%/, para);
    assert.ok(para.includes(`安置率`) && para.includes('帮教率') && !para.includes('【'), para);
  });
});
