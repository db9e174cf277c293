import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import { and, eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../../platform/audit/tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
const base = '/api/enforcement';
const idNumber = withIdCheckCharacter('37089919900202456');

describe('执法证件新申领: application → 考试 → 发证', () => {
  let h: Harness;
  let fzb: Client;
  let scjg: Client;
  let zrzy: Client;
  let scjgUnit: string;
  let bodyId: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    scjg = await h.login('scjg');
    zrzy = await h.login('zrzy');
    scjgUnit = h.seeded.org.departments.get('区市场监督管理局')!;
    const bodies = (await scjg.get(`${base}/bodies?pageSize=1`)).body;
    bodyId = bodies.items[0].id;
  });
  after(() => h.close());

  const apply = (client: Client, extra: Record<string, unknown> = {}) =>
    client.post(`${base}/applications`, { orgUnitId: scjgUnit, bodyId, name: '申领测试员', gender: 'female', idNumber, post: 'civilServant', kind: 'enforcement', appliedOn: '2026-09-01', ...extra });
  const newCertificates = async () => (await fzb.get('/api/indicators/values?ids=enforcement.newEnforcementCertificates&from=2026-01-01&to=2026-12-31')).body.values[0].value as number;
  const step = async (client: Client, id: string, name: string, input: Record<string, unknown>) => {
    const { version } = (await fzb.get(`${base}/applications/${id}`)).body;
    return client.post(`${base}/applications/${id}/transitions/${name}`, { version, ...input });
  };

  it('the unit files; 司法局 records a failed exam, a 补考 that passes, and issues: the officer and certificate appear and count', async () => {
    const filed = await apply(scjg);
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    const id = filed.body.id;
    assert.equal(filed.body.state, 'applied');
    assert.ok(!JSON.stringify(filed.body).includes(idNumber), 'the ID number never comes back');

    const detail = (await scjg.get(`${base}/applications/${id}`)).body;
    const options = Object.fromEntries(detail.transitions.map((t: { name: string; allowed: boolean; refusedBy?: string }) => [t.name, t]));
    assert.equal(options.exam.allowed, false, 'the department cannot grade its own applicant');
    assert.equal(options.exam.refusedBy, 'permission');
    assert.equal((await step(scjg, id, 'exam', { examOn: '2026-10-10', examScore: 80 })).status, 403);

    const early = await step(fzb, id, 'issue', { certificateNumber: '37089900123', issuedOn: '2026-10-20' });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /尚未录入考试成绩/);

    const outOfRange = await step(fzb, id, 'exam', { examOn: '2026-10-10', examScore: 120 });
    assert.equal(outOfRange.status, 400);
    assert.equal(outOfRange.body.errors[0].path, 'examScore');

    const failed = await step(fzb, id, 'exam', { examOn: '2026-10-10', examScore: 55 });
    assert.equal(failed.status, 200, JSON.stringify(failed.body));
    assert.equal(failed.body.state, 'failed');
    const cannot = await step(fzb, id, 'issue', { certificateNumber: '37089900123', issuedOn: '2026-10-20' });
    assert.equal(cannot.status, 409);
    assert.match(cannot.body.detail, /考试未通过/);

    const passed = await step(fzb, id, 'exam', { examOn: '2026-10-25', examScore: 60 });
    assert.equal(passed.body.state, 'passed', '60分 passes');

    const badNumber = await step(fzb, id, 'issue', { certificateNumber: '1234', issuedOn: '2026-11-02' });
    assert.equal(badNumber.status, 400);
    assert.equal(badNumber.body.errors[0].path, 'certificateNumber');
    const beforeExam = await step(fzb, id, 'issue', { certificateNumber: '37089900123', issuedOn: '2026-10-01' });
    assert.equal(beforeExam.status, 409);
    assert.match(beforeExam.body.detail, /发证日期不能早于考试日期/);

    const figureBefore = await newCertificates();
    const issued = await step(fzb, id, 'issue', { certificateNumber: '37089900123', issuedOn: '2026-11-02' });
    assert.equal(issued.status, 200, JSON.stringify(issued.body));
    assert.equal(issued.body.state, 'issued');
    assert.ok(issued.body.officerId && issued.body.certificateId);

    const cert = (await scjg.get(`${base}/certificates/${issued.body.certificateId}`)).body;
    assert.equal(cert.number, '37089900123');
    assert.equal(cert.officerName, '申领测试员');
    assert.equal(cert.status, 'valid');
    const officer = (await scjg.get(`${base}/officers/${issued.body.officerId}`)).body;
    assert.equal(officer.bodyId, bodyId);
    assert.equal((await scjg.post(`${base}/officers/${officer.id}/reveal`, { field: 'idNumber', reason: '核对发证' })).body.value, idNumber);
    const figureAfter = await newCertificates();
    assert.equal(figureAfter, figureBefore + 1, '新申领执法证件 counts the certificate issued');
    const check = await h.anonymous.get(`/api/public/enforcement/certificate-check?number=37089900123`);
    assert.equal(check.body.valid, true);

    const audited = await h.db
      .select({ summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'transition.issue')));
    assert.match(String(audited[0]?.summary), /发证：37089900123/);

    // A 听证主持人证 for the same person joins the officer already on the roll instead of adding a second one.
    const hearing = await apply(scjg, { kind: 'hearing', appliedOn: '2026-11-05' });
    assert.equal(hearing.status, 201, JSON.stringify(hearing.body));
    await step(fzb, hearing.body.id, 'exam', { examOn: '2026-11-10', examScore: 90 });
    const dup = await step(fzb, hearing.body.id, 'issue', { certificateNumber: '37089900123', issuedOn: '2026-11-20' });
    assert.equal(dup.status, 400, 'a number already registered is refused');
    assert.equal(dup.body.errors[0].path, 'certificateNumber');
    const second = await step(fzb, hearing.body.id, 'issue', { certificateNumber: 'TZ2026001', issuedOn: '2026-11-20' });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal(second.body.officerId, issued.body.officerId);
  });

  it('refusal needs a reason; another department neither sees the application nor files for a body not its own', async () => {
    const filed = await apply(scjg, { name: '不予发证测试', appliedOn: '2026-08-01' });
    const id = filed.body.id;
    const noReason = await step(fzb, id, 'refuse', { decidedOn: '2026-08-10' });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.errors[0].path, 'refuseReason');
    const refused = await step(fzb, id, 'refuse', { decidedOn: '2026-08-10', refuseReason: '不属于在编在岗人员' });
    assert.equal(refused.body.state, 'refused');
    assert.equal((await step(fzb, id, 'exam', { examOn: '2026-08-20', examScore: 90 })).status, 409);

    assert.equal((await zrzy.get(`${base}/applications/${id}`)).status, 404);
    const zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    const foreign = await apply(zrzy, { orgUnitId: zrzyUnit });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.errors[0].path, 'bodyId');
    const badId = await apply(scjg, { idNumber: '370899199002024561' });
    assert.equal(badId.status, 400);
    assert.equal(badId.body.errors[0].path, 'idNumber');
  });
});
