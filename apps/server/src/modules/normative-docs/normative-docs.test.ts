import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requiredMaterials } from '@fazhi/core/legal-review';
import { documentWorkflow } from '@fazhi/core/normative-docs';
import { and, eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { upload } from '../../../test/reliability/policy/kit.js';
import { auditLog } from '../../platform/audit/tables.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { notifications } from '../../platform/notify/tables.js';
import { seedReview } from '../legal-review/subjects-seed.js';
import { normativeDocsJobs } from './jobs.js';
import { allocateSequence } from './numbering.js';
import { normativeDocNumberCounters, normativeDocuments } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;

describe('行政规范性文件 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let leader: Client;
  let zrzyUnit: string;
  let scjgUnit: string;
  before(async () => {
    h = await startHarness();
    [fzb, zrzy, leader] = await Promise.all([h.login('fzb'), h.login('zrzy'), h.login('leader')]);
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    scjgUnit = h.seeded.org.departments.get('区市场监督管理局')!;
  });
  after(() => h.close());

  const newDocument = (over: Record<string, unknown> = {}) => ({
    title: '示范高新区农村宅基地审批管理办法',
    orgUnitId: zrzyUnit,
    numberPrefix: '示范高新自然资规',
    proposedOn: '2026-08-03',
    proposalReason: '落实宅基地审批制度改革要求',
    fullText: '第一条 为规范农村宅基地审批管理，根据有关法律法规，制定本办法。',
    ...over,
  });

  /** Fires a transition with the version the client last read; returns the response. */
  async function step(c: Client, doc: { id: string; version: number }, name: string, input: Record<string, unknown> = {}) {
    return c.post(`/api/normative-docs/documents/${doc.id}/transitions/${name}`, { version: doc.version, ...input });
  }
  async function ok(c: Client, doc: { id: string; version: number }, name: string, input: Record<string, unknown> = {}) {
    const res = await step(c, doc, name, input);
    assert.equal(res.status, 200, `${name}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
  const isProvisionalTitle = (title: string) => /暂行|试行/.test(title);
  const addDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const passReview = (documentId: string, orgUnitId: string, opinion: 'lawful' | 'unlawful' = 'lawful') =>
    seedReview(h.db, { subjectKind: 'normativeDocument', subjectId: documentId, title: '合法性审核', orgUnitId, receivedOn: '2026-10-16', concludedOn: '2026-10-21', opinion });

  it('seeds a demo year whose numbers, links, cleanup and figures hold together', async () => {
    const docs = await h.db.select().from(normativeDocuments);
    const inForce = docs.filter((x) => x.state === 'inForce');
    assert.ok(inForce.length >= 9 && inForce.length <= 12, `in force: ${inForce.length}`);
    assert.ok(inForce.some((x) => /暂行/.test(x.title)));
    // Numbers as the counter hands them out: 1…n per organ and year, and the counter at n.
    const counters = await h.db.select().from(normativeDocNumberCounters);
    for (const c of counters) {
      const seqs = docs
        .filter((x) => x.orgUnitId === c.orgUnitId && x.numberPrefix === c.numberPrefix && x.numberYear === c.year)
        .map((x) => x.numberSeq)
        .sort((a, b) => a! - b!);
      assert.deepEqual(
        seqs,
        Array.from({ length: c.lastSeq }, (_, k) => k + 1),
      );
    }
    const amended = docs.find((x) => x.state === 'amended')!;
    const successor = (await fzb.get(`/api/normative-docs/documents/${amended.newVersionId}`)).body;
    assert.equal(successor.previousVersions[0].id, amended.id);
    // Every document past review has a passed one; the one under review has a pending one.
    for (const x of docs.filter((d) => ['deliberated', 'signed', 'inForce', 'published'].includes(d.state))) {
      assert.equal((await fzb.get(`/api/normative-docs/documents/${x.id}`)).body.review?.status, 'passed', x.title);
    }
    const cleanup = (await h.anonymous.get('/api/public/normative-documents/cleanups')).body[0];
    const counts = Object.fromEntries(cleanup.lists.map((l: { conclusion: string; documents: unknown[] }) => [l.conclusion, l.documents.length]));
    assert.ok(counts.valid > 0 && counts.repeal === 1 && counts.expire === 1, JSON.stringify(counts));
    const values = (
      await fzb.get(
        `/api/indicators/values?ids=normativeDocs.inForce,normativeDocs.filingTimelyRate,normativeDocs.reviewedBeforeIssueRate,normativeDocs.cleanedUp&from=${h.today.slice(0, 4)}-01-01&to=${h.today}`,
      )
    ).body.values;
    assert.equal(values[0].value, inForce.length);
    assert.ok(values[1].value > 0 && values[1].value < 100, `filing timeliness ${values[1].display}`);
    // 合法性审核率 over the 备案审查 intake: the two documents issued outside the platform without review are the gap.
    const rate = values[2];
    assert.ok(rate.value > 0 && rate.value < 100, `合法性审核率 ${rate.display}`);
    assert.equal(rate.denominator - rate.numerator, 2);
    const base = (await fzb.get(`/api/indicators/normativeDocs.reviewedBeforeIssueRate/records?from=${h.today.slice(0, 4)}-01-01&to=${h.today}&part=denominator&pageSize=200`)).body;
    assert.equal(base.total, rate.denominator);
    const gaps = base.items.filter((x: { reviewed: boolean }) => x.reviewed === false).map((x: { title: string }) => x.title);
    assert.ok(gaps.includes('关于规范城区户外广告设施设置管理的通知'), JSON.stringify(gaps));
    // 清理 counts what the cleanup ended (废止, 宣布失效); 继续有效 is not counted, 修改 is counted apart.
    assert.equal(values[3].value, counts.repeal + counts.expire);
    const byConclusion = (await fzb.get(`/api/indicators/normativeDocs.cleanedUp/breakdown?by=conclusion&from=${h.today.slice(0, 4)}-01-01&to=${h.today}`)).body;
    assert.ok(
      byConclusion.some((b: { key: string; value: number }) => b.key === 'repeal' && b.value === 1),
      JSON.stringify(byConclusion),
    );
    // Two old documents expire within six months: the daily job reminds of their evaluation.
    await runDueJobs(h.app.services, normativeDocsJobs, new Date(`${h.today}T02:00:00Z`));
    const reminders = await h.db.select().from(notifications);
    assert.ok(reminders.filter((n) => n.key.startsWith('normativeDocs.evaluate:')).length >= 2);
    assert.ok(
      reminders.some((n) => n.key.startsWith('normativeDocs.filing:')),
      'the published, unfiled document is near its filing deadline',
    );
  });

  it('takes a document from 立项 to 施行, each step guarded, and shows it on the public page', async () => {
    let doc = (await zrzy.post('/api/normative-docs/documents', newDocument())).body;
    assert.equal(doc.state, 'proposed');
    assert.equal(doc.validity, 'inProgress');
    doc = await ok(zrzy, doc, 'startDrafting', { draftingUnitName: '区自然资源和规划局耕地保护科', draftingNotes: '起草说明' });

    // 7 工作日 from 2026-09-28 run past the National Day holiday to 10-13.
    const short = await step(zrzy, doc, 'startPublicComment', { publicCommentStartsOn: '2026-09-28', publicCommentEndsOn: '2026-10-12' });
    assert.equal(short.status, 409);
    assert.equal(short.body.code, 'guardFailed');
    assert.match(short.body.detail, /7个工作日.*2026-10-13/);
    doc = await ok(zrzy, doc, 'startPublicComment', { publicCommentStartsOn: '2026-09-28', publicCommentEndsOn: '2026-10-13' });

    doc = (
      await zrzy.post(`/api/normative-docs/documents/${doc.id}/comments`, { version: doc.version, commenter: '柳园村村民委员会', receivedOn: '2026-10-09', content: '建议明确超面积宅基地的处理方式' })
    ).body;
    assert.equal(doc.comments.length, 1);
    const unhandled = await step(zrzy, doc, 'submitForReview');
    assert.equal(unhandled.status, 409);
    assert.match(unhandled.body.detail, /1条征求意见未登记采纳情况/);
    const noReason = await zrzy.post(`/api/normative-docs/documents/${doc.id}/comments/${doc.comments[0].id}/handling`, { version: doc.version, handling: 'notAdopted' });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.errors[0].path, 'handlingReason');
    doc = (
      await zrzy.post(`/api/normative-docs/documents/${doc.id}/comments/${doc.comments[0].id}/handling`, {
        version: doc.version,
        handling: 'partlyAdopted',
        handlingReason: '超面积部分按省规定处理，本办法作衔接性规定',
      })
    ).body;
    assert.equal(doc.comments[0].handling, 'partlyAdopted');
    doc = await ok(zrzy, doc, 'submitForReview');
    assert.equal(doc.state, 'underReview');

    const noReview = await step(zrzy, doc, 'deliberate', { meetingName: '区管委会第12次主任办公会', meetingOn: '2026-10-23', deliberationDecision: 'approved' });
    assert.equal(noReview.status, 409);
    assert.equal(noReview.body.code, 'guardFailed');
    assert.equal(noReview.body.detail, '尚未通过合法性审核，不能提交集体讨论');
    await passReview(doc.id, zrzyUnit);
    doc = (await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).body;
    assert.equal(doc.review.status, 'passed');
    const unsigned = await step(leader, doc, 'sign', { signedOn: '2026-10-26', signerName: '孙区长' });
    assert.equal(unsigned.status, 409);
    assert.equal(unsigned.body.detail, '尚未经集体讨论，不能签发');
    assert.equal(doc.review.opinion, 'lawful');
    doc = await ok(zrzy, doc, 'deliberate', { meetingName: '区管委会第12次主任办公会', meetingOn: '2026-10-23', deliberationDecision: 'approved' });

    // 签发 is the leader's: neither the drafting unit nor the coordinator holds `approve`.
    const allowed = (d: { transitions: { name: string; allowed: boolean }[] }) => d.transitions.filter((o) => o.allowed).map((o) => o.name);
    assert.equal(doc.transitions.find((o: { name: string }) => o.name === 'sign').refusedBy, 'permission');
    assert.equal((await step(zrzy, doc, 'sign', { signedOn: '2026-10-26', signerName: '孙区长' })).status, 403);
    assert.equal((await step(fzb, doc, 'sign', { signedOn: '2026-10-26', signerName: '孙区长' })).status, 403);
    const forLeader = (await leader.get(`/api/normative-docs/documents/${doc.id}`)).body;
    assert.deepEqual(allowed(forLeader), ['sign']);
    const beforeMeeting = await step(leader, doc, 'sign', { signedOn: '2026-10-22', signerName: '孙区长' });
    assert.equal(beforeMeeting.status, 409);
    assert.equal(beforeMeeting.body.detail, '签发日期不能早于集体讨论日期（2026-10-23）');
    doc = await ok(leader, doc, 'sign', { signedOn: '2026-10-26', signerName: '孙区长' });
    assert.equal(doc.validity, 'unregistered', 'signed but not registered is shown as invalid');
    const list = await fzb.get(`/api/normative-docs/documents?f.validity=unregistered&q=${encodeURIComponent('宅基地审批')}`);
    assert.equal(list.body.total, 1);
    const byYear = await fzb.get(`/api/normative-docs/documents?f.numberYear=2026&f.orgUnitId=${zrzyUnit}&pageSize=100`);
    assert.equal(byYear.status, 200);
    assert.ok(byYear.body.items.every((d: { docNumber: string }) => d.docNumber.includes('〔2026〕')));

    const early = await step(fzb, doc, 'publish', { publishedOn: '2026-10-28', publicationChannel: 'website' });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /尚未统一登记，不能公布/);
    doc = await ok(fzb, doc, 'register', { registrationNumber: 'SFGXDJ-2026-018', registeredOn: '2026-10-27' });
    doc = await ok(fzb, doc, 'issue', { issuedOn: '2026-10-27' });
    assert.match(doc.docNumber, /^示范高新自然资规〔2026〕\d+号$/);
    doc = await ok(fzb, doc, 'publish', { publishedOn: '2026-10-28', publicationChannel: 'website' });
    assert.equal(doc.filingDueOn, '2026-11-27');
    assert.equal((await h.anonymous.get(`/api/public/normative-documents/${doc.id}`)).status, 404, 'published but not yet in force');
    doc = await ok(fzb, doc, 'file', { filedOn: '2026-11-20', filedWith: '示范市人民政府' });
    assert.equal(doc.filedLate, false);
    const future = await step(fzb, doc, 'enterIntoForce', { effectiveOn: '2099-12-01' });
    assert.equal(future.status, 409);
    assert.match(future.body.detail, /施行日期2099-12-01尚未到来/);
    doc = await ok(fzb, doc, 'enterIntoForce', { effectiveOn: '2026-11-01' });
    assert.equal(doc.state, 'inForce');
    assert.equal(doc.expiresOn, '2031-10-31');
    assert.equal(doc.validity, 'valid');

    const pub = await h.anonymous.get(`/api/public/normative-documents?q=${encodeURIComponent('宅基地')}`);
    assert.equal(pub.status, 200);
    const shown = pub.body.items.find((i: { id: string }) => i.id === doc.id);
    assert.equal(shown.docNumber, doc.docNumber);
    assert.equal(shown.orgUnitName, '区自然资源和规划局');
    const file = await upload(zrzy, `/api/normative-docs/documents/${doc.id}/attachments`, Buffer.from('宅基地审批管理办法全文'));
    assert.equal(file.status, 201);
    // An upload stays internal until someone who may write the document publishes it.
    const before = await h.anonymous.get(`/api/public/normative-documents/${doc.id}`);
    assert.deepEqual(before.body.attachments, []);
    assert.equal((await h.anonymous.get(`/api/public/normative-documents/${doc.id}/attachments/${file.body.id}`)).status, 404);
    assert.equal((await zrzy.post(`/api/normative-docs/documents/${doc.id}/attachments/${file.body.id}/publish`)).status, 200);
    const detail = await h.anonymous.get(`/api/public/normative-documents/${doc.id}`);
    assert.match(detail.body.fullText, /宅基地审批管理/);
    assert.equal(detail.body.attachments[0].filename, '附件.txt');
    const download = await h.anonymous.get(`/api/public/normative-documents/${doc.id}/attachments/${file.body.id}`);
    assert.equal(download.status, 200);
    assert.equal(download.headers['content-type'], 'application/octet-stream');
    assert.equal(Buffer.from(download.body).toString(), '宅基地审批管理办法全文');

    const history = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'normativeDocs.document'), eq(auditLog.entityId, doc.id)));
    assert.ok(['transition.sign', 'transition.issue', 'comment.handle', 'attachment.publish'].every((a) => history.some((x) => x.action === a)));
  });

  it('refuses publication of a draft with a 409 naming 合法性审核, and a stale version with 409', async () => {
    const doc = (await zrzy.post('/api/normative-docs/documents', newDocument({ title: '示范高新区测绘成果管理暂行规定' }))).body;
    const res = await step(fzb, doc, 'publish', { publishedOn: '2026-11-20', publicationChannel: 'website' });
    assert.equal(res.status, 409);
    assert.match(res.headers['content-type'] as string, /problem\+json/);
    assert.match(res.body.detail, /尚未通过合法性审核，不能公布/);
    assert.match(res.body.detail, /尚未经集体讨论/);
    const registerDraft = await step(fzb, doc, 'register', { registrationNumber: 'X-1', registeredOn: '2026-11-20' });
    assert.match(registerDraft.body.detail, /合法性审核/);
    const stale = await zrzy.patch(`/api/normative-docs/documents/${doc.id}`, { version: doc.version + 5, title: '改名' });
    assert.equal(stale.status, 409);
    // A passed review of a draft that then went back for changes no longer counts.
    await h.db.update(normativeDocuments).set({ state: 'underReview' }).where(eq(normativeDocuments.id, doc.id));
    await passReview(doc.id, zrzyUnit);
    let current = (await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).body;
    assert.equal(current.review.status, 'passed');
    current = await ok(zrzy, current, 'returnToDrafting', { returnReason: '审核意见要求调整适用范围' });
    assert.equal(current.review.status, 'none');
    await h.db.update(normativeDocuments).set({ state: 'underReview' }).where(eq(normativeDocuments.id, doc.id));
    current = (await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).body;
    const afterReturn = await step(zrzy, current, 'deliberate', { meetingName: '主任办公会', meetingOn: '2026-11-20', deliberationDecision: 'approved' });
    assert.equal(afterReturn.status, 409);
    assert.equal(afterReturn.body.detail, '尚未通过合法性审核，不能提交集体讨论');
    // An unlawful opinion stops the document before deliberation.
    await h.db.update(normativeDocuments).set({ state: 'underReview', returnedOn: null }).where(eq(normativeDocuments.id, doc.id));
    await seedReview(h.db, { subjectKind: 'normativeDocument', subjectId: doc.id, title: '合法性审核', orgUnitId: zrzyUnit, receivedOn: '2026-11-02', concludedOn: '2026-11-06', opinion: 'unlawful' });
    const fresh = (await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).body;
    const refused = await step(zrzy, fresh, 'deliberate', { meetingName: '主任办公会', meetingOn: '2026-11-20', deliberationDecision: 'approved' });
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /不合法/);
  });

  it('asks 30 calendar days of comment when the document concerns market entities', async () => {
    const scjg = await h.login('scjg');
    let doc = (
      await scjg.post('/api/normative-docs/documents', newDocument({ title: '示范高新区个体工商户登记便利化措施', orgUnitId: scjgUnit, numberPrefix: '示范高新市监规', concernsMarketEntities: true }))
    ).body;
    doc = await ok(scjg, doc, 'startDrafting', { draftingUnitName: '区市场监督管理局登记注册科' });
    const short = await step(scjg, doc, 'startPublicComment', { publicCommentStartsOn: '2026-11-02', publicCommentEndsOn: '2026-11-30' });
    assert.equal(short.status, 409);
    assert.match(short.body.detail, /30日/);
    doc = await ok(scjg, doc, 'startPublicComment', { publicCommentStartsOn: '2026-11-02', publicCommentEndsOn: '2026-12-02' });
    // The period has not run out yet (today is 2026-11-27 or later in the harness's real clock).
    const tooSoon = await step(scjg, doc, 'submitForReview');
    if (new Date().toISOString().slice(0, 10) <= '2026-12-02') {
      assert.equal(tooSoon.status, 409);
      assert.match(tooSoon.body.detail, /征求意见期至2026-12-02届满/);
    }
  });

  async function registeredDocument(title: string, orgUnitId: string, prefix: string) {
    const [row] = await h.db
      .insert(normativeDocuments)
      .values({
        orgUnitId,
        title,
        numberPrefix: prefix,
        proposedOn: '2026-06-01',
        state: 'registered',
        validity: 'notInForce',
        deliberationDecision: 'approved',
        meetingOn: '2026-07-01',
        signedOn: '2026-07-02',
        registrationNumber: `REG-${title}`,
        registeredOn: '2026-07-03',
      })
      .returning();
    await passReview(row!.id, orgUnitId);
    return row!;
  }

  it('never gives two documents of one organ and year the same number, and leaves no gap', async () => {
    const [a, b] = await Promise.all([registeredDocument('甲', scjgUnit, '示范高新市监规'), registeredDocument('乙', scjgUnit, '示范高新市监规')]);
    const [ra, rb] = await Promise.all([step(fzb, a, 'issue', { issuedOn: '2026-07-10' }), step(fzb, b, 'issue', { issuedOn: '2026-07-10' })]);
    assert.equal(ra.status, 200, JSON.stringify(ra.body));
    assert.equal(rb.status, 200, JSON.stringify(rb.body));
    assert.notEqual(ra.body.docNumber, rb.body.docNumber);
    const seqs = [ra.body.numberSeq, rb.body.numberSeq].sort((x, y) => x - y);
    assert.equal(seqs[1] - seqs[0], 1, 'consecutive');
    const [counter] = await h.db
      .select()
      .from(normativeDocNumberCounters)
      .where(and(eq(normativeDocNumberCounters.orgUnitId, scjgUnit), eq(normativeDocNumberCounters.numberPrefix, '示范高新市监规'), eq(normativeDocNumberCounters.year, 2026)));
    assert.equal(counter!.lastSeq, seqs[1], 'the counter stands at the last number given');

    // A transaction that fails after taking a number gives it back.
    await assert.rejects(
      h.db.transaction(async (tx) => {
        await allocateSequence(tx, { orgUnitId: scjgUnit, prefix: '示范高新市监规', year: 2026 });
        throw new Error('印发失败');
      }),
    );
    const c = await registeredDocument('丙', scjgUnit, '示范高新市监规');
    const rc = await step(fzb, c, 'issue', { issuedOn: '2026-07-11' });
    assert.equal(rc.body.numberSeq, seqs[1] + 1);
    assert.equal(rc.body.docNumber, `示范高新市监规〔2026〕${seqs[1] + 1}号`);
    // Another year starts again at 1.
    const d = await registeredDocument('丁', scjgUnit, '示范高新市监规');
    assert.equal((await step(fzb, d, 'issue', { issuedOn: '2027-01-05' })).body.docNumber, '示范高新市监规〔2027〕1号');
  });

  it('numbers per organ and 代字, offers the next number as a default, takes one given by the OA system, and refuses a number in use', async () => {
    const a = await registeredDocument('戊', scjgUnit, '示范高新市监发');
    const next = (await fzb.get(`/api/normative-docs/documents/${a.id}/next-number?year=2028`)).body;
    assert.deepEqual(next, { prefix: '示范高新市监发', year: 2028, seq: 1, docNumber: '示范高新市监发〔2028〕1号' });
    // The OA system already gave 1–14 to other 公文 of this 代字: the user types 15.
    const ra = await step(fzb, a, 'issue', { issuedOn: '2028-03-02', numberSeq: 15 });
    assert.equal(ra.status, 200, JSON.stringify(ra.body));
    assert.equal(ra.body.docNumber, '示范高新市监发〔2028〕15号');
    const b = await registeredDocument('己', scjgUnit, '示范高新市监发');
    const taken = await step(fzb, b, 'issue', { issuedOn: '2028-03-05', numberSeq: 15 });
    assert.equal(taken.status, 409);
    assert.match(taken.body.detail, /文号“示范高新市监发〔2028〕15号”已用于《戊》/);
    assert.equal((await fzb.get(`/api/normative-docs/documents/${b.id}/next-number?year=2028`)).body.seq, 16, 'the default follows the highest number used');
    assert.equal((await step(fzb, b, 'issue', { issuedOn: '2028-03-05' })).body.docNumber, '示范高新市监发〔2028〕16号');
    // Another 代字 of the same organ keeps its own sequence.
    const c = await registeredDocument('庚', scjgUnit, '示范高新市监规');
    assert.equal((await step(fzb, c, 'issue', { issuedOn: '2028-03-06' })).body.docNumber, '示范高新市监规〔2028〕1号');
  });

  it('takes a draft the review found not to be a 规范性文件 off the track, and no further', async () => {
    const made = await fzb.post('/api/normative-docs/documents', newDocument({ title: '区自然资源局内部公文处理办法' }));
    const doc = await h.db.update(normativeDocuments).set({ state: 'underReview' }).where(eq(normativeDocuments.id, made.body.id)).returning();
    const notYet = await step(fzb, doc[0]!, 'leaveTrack');
    assert.equal(notYet.status, 409);
    assert.match(notYet.body.detail, /只有经合法性审核认定不属于规范性文件的/);
    const request = await zrzy.post('/api/legal-review/requests', {
      subjectKind: 'normativeDocument',
      subjectId: made.body.id,
      orgUnitId: zrzyUnit,
      receivedOn: '2026-11-02',
      materials: requiredMaterials('normativeDocument'),
    });
    assert.equal(request.status, 201, JSON.stringify(request.body));
    const determined = await fzb.post(`/api/legal-review/requests/${request.body.id}/transitions/determine`, {
      version: request.body.version,
      determinedOn: '2026-11-03',
      isNormativeDocument: false,
      determinationNote: '属于机关内部管理制度',
    });
    assert.equal(determined.body.state, 'notNormative');
    const detail = (await fzb.get(`/api/normative-docs/documents/${made.body.id}`)).body;
    const deliberate = detail.transitions.find((o: { name: string }) => o.name === 'deliberate');
    assert.deepEqual(deliberate.reasons, ['经合法性审核认定不属于行政规范性文件，不能按规范性文件提交集体讨论']);
    const left = await step(fzb, detail, 'leaveTrack');
    assert.equal(left.status, 200, JSON.stringify(left.body));
    assert.equal(left.body.state, 'notNormative');
    assert.equal(left.body.validity, 'notNormative');
    assert.deepEqual(
      left.body.transitions.filter((o: { allowed: boolean }) => o.allowed),
      [],
    );
    // 转入合法性审核环节 (the document's step) and 提请合法性审核 (the review request) are told apart.
    assert.notEqual(documentWorkflow.steps.submitForReview.label, '提请合法性审核');
  });

  it('expires documents past their validity by the daily job, as the system, and reminds of evaluation and filing', async () => {
    const base = {
      orgUnitId: zrzyUnit,
      numberPrefix: '示范高新自然资规',
      proposedOn: '2020-01-01',
      state: 'inForce',
      validity: 'valid',
      registrationNumber: 'R',
      docNumber: 'N',
      publishedOn: '2021-01-01',
      filedOn: '2021-01-10',
      effectiveOn: '2021-01-01',
    };
    const [old, soon, unfiled] = await h.db
      .insert(normativeDocuments)
      .values([
        { ...base, title: '到期文件', expiresOn: '2026-12-09' },
        { ...base, title: '半年内到期文件', expiresOn: '2027-03-31' },
        { ...base, title: '未备案文件', expiresOn: '2031-10-31', publishedOn: '2026-12-01', filedOn: null, filingDueOn: '2026-12-31' },
      ])
      .returning();
    await runDueJobs(h.app.services, normativeDocsJobs, new Date('2026-12-10T02:00:00Z'));
    const [expired] = await h.db.select().from(normativeDocuments).where(eq(normativeDocuments.id, old!.id));
    assert.equal(expired!.state, 'expired');
    assert.equal(expired!.validity, 'expired');
    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, old!.id), eq(auditLog.action, 'validity.expire')));
    assert.equal(entry!.actorName, '系统');
    const notes = await h.db.select().from(notifications);
    assert.ok(notes.some((n) => n.key === `normativeDocs.evaluate:${soon!.id}:2027-03-31`));
    assert.ok(!notes.some((n) => n.key.startsWith(`normativeDocs.evaluate:${old!.id}`)), 'an expired document is not to be evaluated');
    assert.ok(!notes.some((n) => n.key.startsWith(`normativeDocs.filing:${unfiled!.id}`)), 'filing not yet near');
    await runDueJobs(h.app.services, normativeDocsJobs, new Date('2027-01-02T02:00:00Z'));
    const later = await h.db
      .select()
      .from(notifications)
      .where(eq(notifications.key, `normativeDocs.filing:${unfiled!.id}:overdue`));
    assert.equal(later[0]?.level, 'alert');
  });

  it('runs a 清理 campaign: conclusions apply to the documents on closing, results public once published', async () => {
    const base = {
      orgUnitId: zrzyUnit,
      numberPrefix: '示范高新自然资规',
      proposedOn: '2022-01-01',
      state: 'inForce',
      validity: 'valid',
      publishedOn: '2022-03-01',
      effectiveOn: '2022-03-01',
      expiresOn: '2027-02-28',
    };
    const docs = await h.db
      .insert(normativeDocuments)
      .values(['清理甲', '清理乙', '清理丙'].map((title, i) => ({ ...base, title, registrationNumber: `QL-${i}`, docNumber: `示范高新自然资规〔2022〕${i + 1}号`, searchText: title })))
      .returning();
    const made = await fzb.post('/api/normative-docs/campaigns', {
      name: '2026年度规范性文件集中清理',
      orgUnitId: h.seeded.org.districtId,
      issuingUnitIds: [zrzyUnit],
      scopeFrom: '2022-01-01',
      scopeTo: '2022-12-31',
      startedOn: '2026-11-01',
      endsOn: '2026-12-15',
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    let campaign = made.body;
    assert.deepEqual(new Set(campaign.items.map((i: { documentId: string }) => i.documentId)), new Set(docs.map((x) => x.id)));
    const shown = (await fzb.get(`/api/normative-docs/campaigns/${campaign.id}`)).body;
    assert.deepEqual(shown.transitions.find((o: { name: string }) => o.name === 'close').reasons, ['尚有3件文件未作出清理结论，不能完成清理']);
    const early = await fzb.post(`/api/normative-docs/campaigns/${campaign.id}/transitions/close`, { version: campaign.version, closedOn: '2026-11-30' });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /3件文件未作出清理结论/);
    const item = (docId: string) => campaign.items.find((i: { documentId: string }) => i.documentId === docId).id;
    const conclusions = [
      ['valid', '仍符合上位法规定'],
      ['repeal', '上位法已废止'],
      ['expire', '调整对象已消失'],
    ] as const;
    for (const [k, [conclusion, reason]] of conclusions.entries()) {
      const res = await fzb.post(`/api/normative-docs/campaigns/${campaign.id}/items/${item(docs[k]!.id)}`, { version: campaign.version, conclusion, reason });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      campaign = res.body;
    }
    assert.equal(
      (await h.anonymous.get('/api/public/normative-documents/cleanups')).body.some((c: { id: string }) => c.id === campaign.id),
      false,
      'not public before publication',
    );
    campaign = (await fzb.post(`/api/normative-docs/campaigns/${campaign.id}/transitions/close`, { version: campaign.version, closedOn: '2026-11-30' })).body;
    assert.equal(campaign.state, 'closed');
    const after = await h.db.select().from(normativeDocuments).where(eq(normativeDocuments.numberPrefix, '示范高新自然资规'));
    const byId = new Map(after.map((x) => [x.id, x]));
    assert.equal(byId.get(docs[0]!.id)!.state, 'inForce');
    assert.equal(byId.get(docs[0]!.id)!.evaluatedOn, '2026-11-30');
    // 继续有效 is 重新公布: a new five-year period from the day the conclusions took effect.
    assert.equal(byId.get(docs[0]!.id)!.republishedOn, '2026-11-30');
    assert.equal(byId.get(docs[0]!.id)!.expiresOn, '2031-11-29');
    assert.equal(byId.get(docs[1]!.id)!.state, 'repealed');
    assert.equal(byId.get(docs[2]!.id)!.validity, 'expired');
    campaign = (await fzb.post(`/api/normative-docs/campaigns/${campaign.id}/transitions/publish`, { version: campaign.version, publishedOn: '2026-12-02' })).body;
    const pub = (await h.anonymous.get('/api/public/normative-documents/cleanups')).body.find((c: { id: string }) => c.id === campaign.id);
    const listOf = (k: string) => pub.lists.find((l: { conclusion: string }) => l.conclusion === k).documents.map((x: { title: string }) => x.title);
    assert.deepEqual(listOf('valid'), ['清理甲']);
    assert.deepEqual(listOf('repeal'), ['清理乙']);
    assert.deepEqual(listOf('expire'), ['清理丙']);
  });

  it('counts a review concluded the same day as the return, and ignores a review returned without an opinion', async () => {
    let doc = (await zrzy.post('/api/normative-docs/documents', newDocument({ title: '示范高新区同日复审测试办法' }))).body;
    await h.db.update(normativeDocuments).set({ state: 'underReview' }).where(eq(normativeDocuments.id, doc.id));
    await passReview(doc.id, zrzyUnit);
    doc = (await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).body;
    doc = await ok(zrzy, doc, 'returnToDrafting', { returnReason: '审核意见要求调整适用范围' });
    assert.equal(doc.review.status, 'none', 'the review of the returned draft no longer counts');
    await h.db.update(normativeDocuments).set({ state: 'underReview' }).where(eq(normativeDocuments.id, doc.id));
    // Re-reviewed and found lawful on the very day of the return (the old rule `concludedOn <= returnedOn` kept it stuck).
    const sameDay = String(doc.returnedOn);
    await seedReview(h.db, { subjectKind: 'normativeDocument', subjectId: doc.id, title: '合法性审核（修改稿）', orgUnitId: zrzyUnit, receivedOn: sameDay, concludedOn: sameDay, opinion: 'lawful' });
    doc = (await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).body;
    assert.equal(doc.review.status, 'passed');
    assert.ok(doc.transitions.some((o: { name: string; allowed: boolean }) => o.name === 'deliberate' && o.allowed));
  });

  it('renews the validity of a document evaluated 继续有效, files it once, and refuses to delete it while in force', async () => {
    const [seeded] = await h.db
      .select()
      .from(normativeDocuments)
      .where(and(eq(normativeDocuments.state, 'inForce'), eq(normativeDocuments.orgUnitId, zrzyUnit)));
    assert.ok(seeded, 'a document in force of the 自然资源局');
    let doc = (await zrzy.get(`/api/normative-docs/documents/${seeded.id}`)).body;
    const oldExpiry = String(doc.expiresOn);
    doc = await ok(fzb, doc, 'evaluate', { evaluatedOn: '2026-11-02', evaluationNote: '评估认为仍适应管理需要，继续有效', republishedOn: '2026-11-05' });
    assert.equal(doc.republishedOn, '2026-11-05');
    assert.equal(doc.expiresOn, isProvisionalTitle(doc.title) || doc.provisional ? '2028-11-04' : '2031-11-04');
    assert.notEqual(doc.expiresOn, oldExpiry);
    // The daily job no longer expires it on the old date.
    const { expireDocuments } = await import('./jobs.js');
    await expireDocuments(h.db, addDay(oldExpiry));
    assert.equal((await zrzy.get(`/api/normative-docs/documents/${seeded.id}`)).body.state, 'inForce');

    doc = (await zrzy.get(`/api/normative-docs/documents/${seeded.id}`)).body;
    if (!doc.filedOn) doc = await ok(fzb, doc, 'file', { filedOn: String(doc.publishedOn), filedWith: '示范市人民政府' });
    const twice = await step(fzb, doc, 'file', { filedOn: '2026-11-20', filedWith: '示范市人民政府' });
    assert.equal(twice.status, 409);
    assert.match(twice.body.detail, /已于.*报送备案，不能重复报送/);

    const del = await fzb.delete(`/api/normative-docs/documents/${doc.id}?version=${doc.version}`);
    assert.equal(del.status, 409, JSON.stringify(del.body));
    assert.match(del.body.detail, /不能删除.*废止、宣布失效或修改/);
    assert.equal((await zrzy.get(`/api/normative-docs/documents/${doc.id}`)).status, 200);
    const draft = (await zrzy.post('/api/normative-docs/documents', newDocument({ title: '可删除的草稿办法' }))).body;
    assert.equal((await fzb.delete(`/api/normative-docs/documents/${draft.id}?version=${draft.version}`)).status, 200);
  });

  it('divides 报备及时率 by the documents that had to be filed, and adds 报备率', async () => {
    const period = `from=${h.today.slice(0, 4)}-01-01&to=${h.today}`;
    const values = (await fzb.get(`/api/indicators/values?ids=normativeDocs.filingTimelyRate,normativeDocs.filingRate&${period}`)).body.values as {
      id: string;
      numerator: number;
      denominator: number;
    }[];
    const docs = await h.db.select().from(normativeDocuments);
    const from = `${h.today.slice(0, 4)}-01-01`;
    const due = docs.filter((x) => !x.deletedAt && x.filingDueOn && x.filingDueOn >= from && x.filingDueOn <= h.today);
    for (const v of values) assert.equal(v.denominator, due.length, `${v.id}: every document whose filing fell due, filed or not`);
    assert.equal(values[0]!.numerator, due.filter((x) => x.filedOn && !x.filedLate).length);
    assert.equal(values[1]!.numerator, due.filter((x) => x.filedOn).length);
  });

  it('shows nothing unpublished on the public API', async () => {
    const draft = (await zrzy.post('/api/normative-docs/documents', newDocument({ title: '内部草稿不得公开的办法' }))).body;
    const signed = await registeredDocument('已登记未公布的规定', zrzyUnit, '示范高新自然资规');
    const all = await h.anonymous.get('/api/public/normative-documents?pageSize=100');
    assert.equal(all.status, 200);
    const ids = new Set(all.body.items.map((i: { id: string }) => i.id));
    assert.ok(!ids.has(draft.id) && !ids.has(signed.id));
    assert.equal((await h.anonymous.get(`/api/public/normative-documents?q=${encodeURIComponent('内部草稿')}`)).body.total, 0);
    assert.equal((await h.anonymous.get(`/api/public/normative-documents/${draft.id}`)).status, 404);
    const inForce = await h.db.select({ id: normativeDocuments.id, state: normativeDocuments.state }).from(normativeDocuments);
    const states = new Map(inForce.map((x) => [x.id, x.state]));
    assert.ok(all.body.items.every((i: { id: string }) => states.get(i.id) === 'inForce'));
    assert.equal((await h.anonymous.get('/api/normative-docs/documents')).status, 401);
  });
});
