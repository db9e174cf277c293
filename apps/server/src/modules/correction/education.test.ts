import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addCalendarDays, toIsoDate, withIdCheckCharacter } from '@fazhi/core';
import { eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { notifications } from '../../platform/notify/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import { refreshFindings } from './jobs.js';
import { correctionSubjects } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/correction';

describe('社区矫正 教育帮扶 and 检察监督 through the API', () => {
  let h: Harness;
  let sqjz: Client;
  let dhjz: Client;
  let xljz: Client;
  let fzb: Client;
  let inspector: Client;
  let jzdx: Client;
  let donghu: string;
  let xiling: string;
  let bureau: string;
  let subjectId: string;
  before(async () => {
    h = await startHarness();
    sqjz = await h.login('sqjz');
    dhjz = await h.login('dhjz');
    xljz = await h.login('xljz');
    fzb = await h.login('fzb');
    inspector = await h.login('inspector');
    jzdx = await h.login('jzdx');
    const units = await h.db.select().from(orgUnits);
    donghu = units.find((o) => o.name === '东湖司法所')!.id;
    xiling = units.find((o) => o.name === '西岭司法所')!.id;
    bureau = units.find((o) => o.name === '区司法局（区委依法治区办）')!.id;
    subjectId = (await dhjz.post(`${base}/subjects`, subject('教育对象'))).body.id;
  });
  after(() => h.close());

  const subject = (name: string) => ({
    name,
    gender: 'male',
    idNumber: withIdCheckCharacter('37089919900101123'),
    phone: '13912345678',
    address: '示范高新区东湖街道柳园社区8号楼',
    orgUnitId: donghu,
    category: 'probation',
    crime: '危险驾驶罪',
    sentence: '拘役三个月，缓刑六个月',
    judgmentEffectiveOn: '2026-03-01',
    termStartOn: '2026-03-01',
    termMonths: 12,
    reportedOn: '2026-03-05',
  });
  const education = (over: Record<string, unknown> = {}) => ({
    subjectId,
    orgUnitId: donghu,
    kind: 'service',
    on: '2026-06-18',
    content: '敬老院志愿服务',
    place: '东湖敬老院',
    hours: 4,
    ...over,
  });

  it('registers 教育学习 and 公益活动 per subject, with the place a 公益活动 needs and an hours bound', async () => {
    const made = await dhjz.post(`${base}/educations`, education());
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.subjectName, '教育对象');
    assert.equal(made.body.source, 'staff');
    const noPlace = await dhjz.post(`${base}/educations`, education({ place: undefined, content: '社区清扫' }));
    assert.equal(noPlace.status, 400);
    assert.equal(noPlace.body.errors[0].path, 'place');
    assert.equal((await dhjz.post(`${base}/educations`, education({ hours: 13, content: '超长' }))).status, 400);
    assert.equal((await dhjz.post(`${base}/educations`, education({ kind: 'study', place: undefined, content: '集中法治教育', on: '2026-06-10', hours: 3 }))).status, 201);
    // Listed per subject, summed per month.
    const list = (await dhjz.get(`${base}/educations?f.subjectId=${subjectId}&pageSize=50`)).body;
    assert.equal(list.total, 2);
    const hours = await dhjz.get(`${base}/subjects/${subjectId}/education-hours`);
    assert.equal(hours.status, 200);
    assert.equal(hours.body.months.length, 12);
    assert.equal(hours.body.target, 8);
  });

  it('keeps a subject’s 教育帮扶 records to its 司法所 and the 司法局', async () => {
    const made = (await dhjz.post(`${base}/educations`, education({ on: '2026-07-18' }))).body;
    assert.equal((await sqjz.get(`${base}/educations/${made.id}`)).status, 200);
    assert.equal((await xljz.get(`${base}/educations/${made.id}`)).status, 404, 'another 司法所');
    assert.equal((await fzb.get(`${base}/educations/${made.id}`)).status, 404, 'the coordinator');
    assert.ok(((await xljz.get(`${base}/educations?pageSize=200`)).body.items as { orgUnitId: string }[]).every((i) => i.orgUnitId === xiling));
    assert.equal((await xljz.get(`${base}/subjects/${subjectId}/education-hours`)).status, 404);
    // A record naming another 司法所's subject is refused without telling anything about it.
    const foreign = await xljz.post(`${base}/educations`, education({ orgUnitId: xiling }));
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.errors[0].path, 'subjectId');
  });

  it('lets a subject record study on the phone once per material and day, and see only their own hours', async () => {
    // A 公益活动 this month, so that the month's study hours could be confused with it.
    const [own] = await h.db.select().from(correctionSubjects).where(eq(correctionSubjects.accountUsername, 'jzdx'));
    const today = toIsoDate(new Date());
    const service = await dhjz.post(`${base}/educations`, education({ subjectId: own!.id, orgUnitId: own!.orgUnitId, on: today, content: '社区公益劳动' }));
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const before = (await jzdx.get(`${base}/me/study`)).body;
    assert.ok(before.serviceHours >= 4);
    assert.equal(before.month, toIsoDate(new Date()).slice(0, 7));
    assert.ok(before.materials.length >= 3);
    const material = before.materials.find((m: { doneToday: boolean }) => !m.doneToday);
    const done = await jzdx.post(`${base}/me/study`, { materialId: material.id });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    assert.equal(done.body.monthHours, before.studyHours + material.hours, "the month's study hours, without 公益活动");
    assert.equal((await jzdx.post(`${base}/me/study`, { materialId: material.id })).status, 409, 'once a day');
    assert.equal((await jzdx.post(`${base}/me/study`, { materialId: 'not-a-material' })).status, 400);
    const after = (await jzdx.get(`${base}/me/study`)).body;
    assert.equal(after.studyHours, before.studyHours + material.hours);
    assert.ok(after.materials.find((m: { id: string }) => m.id === material.id).doneToday);
    // The 司法所 sees it in the register, marked as the subject's own.
    const staffView = (await dhjz.get(`${base}/educations/${done.body.id}`)).body;
    assert.equal(staffView.subjectId, own!.id);
    assert.equal(staffView.source, 'self');
    // Another subject sees none of it: their own page only, and no register.
    const other = (await dhjz.post(`${base}/subjects`, subject('另一对象'))).body;
    const issued = (await dhjz.post(`${base}/subjects/${other.id}/account`)).body;
    const phone = await h.login(issued.username, issued.initialPassword);
    assert.equal((await phone.post('/api/auth/password', { oldPassword: issued.initialPassword, newPassword: 'Another#Pass2026' })).status, 200);
    const theirs = (await phone.get(`${base}/me/study`)).body;
    assert.equal(theirs.studyHours, 0);
    assert.deepEqual(theirs.records, []);
    assert.equal((await phone.get(`${base}/educations/${done.body.id}`)).status, 404);
    assert.equal((await phone.get(`${base}/educations?pageSize=5`)).body.total, 0);
    assert.equal((await phone.get(`${base}/subjects/${own!.id}/education-hours`)).status, 404);
    assert.equal((await dhjz.get(`${base}/me/study`)).status, 403, 'staff have no study page');
  });

  it('counts 教育学习 and 公益活动 人次 and hours, with drill-down for the 司法局 and not the coordinator', async () => {
    const ids = ['studySessions', 'studyHours', 'serviceSessions', 'serviceHours'].map((i) => `correction.${i}`).join(',');
    const year = `from=${toIsoDate(new Date()).slice(0, 4)}-01-01&to=${toIsoDate(new Date()).slice(0, 4)}-12-31`;
    const [sessions, hours, services] = (await sqjz.get(`/api/indicators/values?ids=${ids}&${year}`)).body.values as { value: number }[];
    assert.ok(sessions!.value > 100, 'the seeded year');
    assert.ok(hours!.value >= sessions!.value);
    assert.ok(services!.value > 50);
    const drill = (await sqjz.get(`/api/indicators/correction.studySessions/records?${year}&pageSize=5`)).body;
    assert.equal(drill.total, sessions!.value);
    const east = (await dhjz.get(`/api/indicators/values?ids=correction.studySessions&${year}`)).body.values[0].value as number;
    assert.ok(east > 0 && east < sessions!.value, 'a 司法所 counts its own');
    assert.ok([403, 404].includes((await fzb.get(`/api/indicators/correction.studySessions/records?${year}`)).status));
  });

  const finding = (over: Record<string, unknown> = {}) => ({
    orgUnitId: donghu,
    kind: 'inspection',
    foundOn: '2026-09-01',
    procuratorate: '区人民检察院第五检察部',
    content: '部分对象报告记录不完整',
    replyDueOn: '2026-10-01',
    ...over,
  });

  it('records a 检察院 finding to a 司法所 or the 社区矫正机构, and its 整改', async () => {
    const made = await sqjz.post(`${base}/findings`, finding());
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal((await sqjz.post(`${base}/findings`, finding({ orgUnitId: h.seeded.org.subdistricts.get('东湖街道'), content: '街道' }))).status, 400);
    assert.equal((await sqjz.post(`${base}/findings`, finding({ orgUnitId: bureau, kind: 'suggestion', content: '建议' }))).status, 201);
    assert.equal((await sqjz.post(`${base}/findings`, finding({ replyDueOn: '2026-08-01', content: '倒序' }))).body.errors[0].path, 'replyDueOn');
    // The addressee answers with measures; done without measures is refused.
    const noMeasures = await dhjz.patch(`${base}/findings/${made.body.id}`, { version: made.body.version, rectifiedOn: '2026-09-20' });
    assert.equal(noMeasures.status, 400);
    const done = await dhjz.patch(`${base}/findings/${made.body.id}`, { version: made.body.version, rectifiedOn: '2026-09-20', measures: '补齐报告记录，落实专人核对' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.state, 'rectified');
  });

  it('shows a finding to its addressee and the 司法局, to an inspector by assignment only, and raises overdue 整改 once', async () => {
    const made = (await sqjz.post(`${base}/findings`, finding({ content: '逾期问题', foundOn: '2026-01-05', replyDueOn: '2026-02-05' }))).body;
    assert.equal((await dhjz.get(`${base}/findings/${made.id}`)).status, 200);
    assert.equal((await xljz.get(`${base}/findings/${made.id}`)).status, 404, 'another 司法所');
    assert.equal((await fzb.get(`${base}/findings/${made.id}`)).status, 404, 'the coordinator');
    const toBureau = (await sqjz.post(`${base}/findings`, finding({ orgUnitId: bureau, content: '机构问题' }))).body;
    assert.equal((await dhjz.get(`${base}/findings/${toBureau.id}`)).status, 404, 'a 司法所 does not see what is addressed to the 司法局');
    assert.equal((await inspector.get(`${base}/findings/${made.id}`)).status, 404);
    assert.equal((await sqjz.post(`${base}/findings/${made.id}/assignees`, { userId: h.seeded.users.get('inspector'), role: 'reviewer' })).status, 200);
    assert.equal((await inspector.get(`${base}/findings/${made.id}`)).status, 200);
    assert.ok([403, 404].includes((await inspector.patch(`${base}/findings/${made.id}`, { version: made.version, note: '改' })).status));
    const today = toIsoDate(new Date());
    await refreshFindings(h.db, today);
    await refreshFindings(h.db, addCalendarDays(today, 1));
    const raised = await h.db
      .select()
      .from(notifications)
      .where(eq(notifications.key, `correction.findingOverdue:${made.id}`));
    assert.equal(raised.length, 1);
    assert.equal(raised[0]!.orgUnitId, donghu);
    assert.equal((await dhjz.get(`${base}/findings/${made.id}`)).body.state, 'overdue');
    assert.ok(((await dhjz.get('/api/notifications')).body as { title: string }[]).some((n) => n.title.includes('2026-02-05')));
    assert.ok(
      ((await inspector.get('/api/notifications')).body as { title: string }[]).some((n) => n.title.includes('2026-02-05')),
      'the assigned inspector too',
    );
    assert.ok(!((await xljz.get('/api/notifications')).body as { title: string }[]).some((n) => n.title.includes('2026-02-05')));
  });
});
