import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { after, before, describe, it } from 'node:test';
import { requiredMaterials } from '@fazhi/core/legal-review';
import { startHarness, type Harness } from '../../../test/harness.js';
import { legalReviewJobs } from './jobs.js';
import { registerReviewSubject, reviewSubjectLookup } from './subjects.js';

type Client = Awaited<ReturnType<Harness['login']>>;

describe('合法性审核 through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let adviser: Client;
  let zrzyUnit: string;
  let donghuUnit: string;
  const documentId = crypto.randomUUID();
  const decisionId = crypto.randomUUID();

  before(async () => {
    h = await startHarness();
    [fzb, zrzy, adviser] = await Promise.all([h.login('fzb'), h.login('zrzy'), h.login('adviser')]);
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    donghuUnit = h.seeded.org.subdistricts.get('东湖街道')!;
    // Stand-ins for one document and one decision; the subject modules' own records still resolve through their lookups.
    for (const [kind, id, title, path] of [
      ['normativeDocument', documentId, '示范高新区国有土地上房屋征收补偿办法', '/normative-docs/documents/'],
      ['majorDecision', decisionId, '东湖片区老旧小区改造实施方案', '/decisions/decisions/'],
    ] as const) {
      const own = reviewSubjectLookup(kind);
      registerReviewSubject(kind, async (db, wanted) => (wanted === id ? { title, orgUnitId: zrzyUnit, path: `${path}${id}` } : (own?.(db, wanted) ?? null)));
    }
  });
  after(() => h.close());

  const contract = (over: Record<string, unknown> = {}) => ({
    subjectKind: 'contract',
    title: '自然资源局2026年度不动产登记档案数字化加工服务采购合同',
    counterparty: '山东华信数据科技有限公司',
    orgUnitId: zrzyUnit,
    receivedOn: '2026-09-21',
    materials: requiredMaterials('contract'),
    ...over,
  });
  const docMaterials = requiredMaterials('normativeDocument');
  const fire = (c: Client, id: string, name: string, body: Record<string, unknown>) => c.post(`/api/legal-review/requests/${id}/transitions/${name}`, body);
  type Option = { name: string; allowed: boolean; refusedBy?: string; reasons: string[] };
  const allowed = (detail: { transitions: Option[] }) => detail.transitions.filter((o) => o.allowed).map((o) => o.name);

  it('walks 受理 → 审核 → 补充材料 (clock paused across 国庆) → 出具意见 → 采纳, with guards in Chinese', async () => {
    const created = await zrzy.post('/api/legal-review/requests', contract());
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // 5 working days from Mon 2026-09-21; 中秋 (Fri 09-25) is a holiday.
    assert.equal(created.body.dueOn, '2026-09-29');
    assert.equal(created.body.state, 'received');
    const id = created.body.id;

    const early = await fire(fzb, id, 'conclude', { version: created.body.version, opinion: 'lawful', opinionText: '同意', concludedOn: '2026-09-23' });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /尚未开始审核/);

    let r = await fire(fzb, id, 'startReview', { version: created.body.version });
    assert.equal(r.body.state, 'reviewing');
    r = await fire(fzb, id, 'requestMaterials', { version: r.body.version, supplementRequestedOn: '2026-09-28', supplementNote: '请补充相对方资质证明' });
    assert.equal(r.body.state, 'supplementing');
    assert.equal(r.body.daysLeft, null, 'the clock stands still while materials are awaited');
    const waiting = await fire(fzb, id, 'conclude', { version: r.body.version, opinion: 'lawful', opinionText: '同意', concludedOn: '2026-10-09' });
    assert.equal(waiting.status, 409);
    assert.match(waiting.body.detail, /补充材料尚未补齐/);

    // Paused 09-29, 09-30, 10-08, 10-09 (10-01..07 is the holiday): four working days; 10-10 (Sat) is a 调休 working day.
    r = await fire(fzb, id, 'resumeReview', { version: r.body.version, suppliedOn: '2026-10-09' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.pausedWorkingDays, 4);
    assert.equal(r.body.dueOn, '2026-10-10');

    const noOpinion = await fire(fzb, id, 'conclude', { version: r.body.version, opinionText: '原则同意', concludedOn: '2026-10-12' });
    assert.equal(noOpinion.status, 400);
    assert.ok(noOpinion.body.errors.some((e: { path: string; message: string }) => e.path === 'opinion' && /审核意见/.test(e.message)));

    const extendContract = await fire(fzb, id, 'extend', { version: r.body.version, extendedDueOn: '2026-10-15', extensionReason: '案情复杂' });
    assert.equal(extendContract.status, 409);
    assert.match(extendContract.body.detail, /只有行政规范性文件/);

    const adoptTooEarly = await fire(zrzy, id, 'recordAdoption', { version: r.body.version, adopted: true });
    assert.equal(adoptTooEarly.status, 409);
    assert.match(adoptTooEarly.body.detail, /尚未出具审核意见/);

    r = await fire(fzb, id, 'conclude', { version: r.body.version, opinion: 'lawfulAfterChanges', opinionText: '补充争议解决条款后可签订', concludedOn: '2026-10-12' });
    assert.equal(r.body.state, 'concluded');
    assert.equal(r.body.concludedLate, true, '10-12 is after the moved due date 10-10');
    assert.deepEqual(allowed(r.body), ['recordAdoption'], 'only the adoption is left');

    // The submitting unit records adoption; a refusal to adopt needs a reason.
    const unexplained = await fire(zrzy, id, 'recordAdoption', { version: r.body.version, adopted: false });
    assert.equal(unexplained.status, 400);
    assert.equal(unexplained.body.errors[0].path, 'adoptionNote');
    r = await fire(zrzy, id, 'recordAdoption', { version: r.body.version, adopted: true, adoptionNote: '已补充争议解决条款' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.adopted, true);
    assert.deepEqual(r.body.transitions.find((o: Option) => o.name === 'recordAdoption').reasons, ['采纳情况已登记'], 'the detail says why adoption is no longer offered');
    const again = await fire(zrzy, id, 'recordAdoption', { version: r.body.version, adopted: false, adoptionNote: '改了主意' });
    assert.equal(again.status, 409);
    const renamed = await zrzy.patch(`/api/legal-review/requests/${id}`, { version: r.body.version, title: '改名后的合同' });
    assert.equal(renamed.status, 409);
    assert.match(renamed.body.detail, /只能修改备注/);
    const noted = await zrzy.patch(`/api/legal-review/requests/${id}`, { version: r.body.version, note: '合同已于10月15日签订' });
    assert.equal(noted.status, 200);
    const stale = await fire(zrzy, id, 'withdraw', { version: created.body.version, withdrawnOn: '2026-10-13', withdrawalReason: '不再签订' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'staleVersion');

    const history = (await fzb.get(`/api/legal-review/requests/${id}/history`)).body.map((e: { action: string }) => e.action);
    for (const step of ['create', 'transition.startReview', 'transition.requestMaterials', 'transition.resumeReview', 'transition.conclude', 'transition.recordAdoption'])
      assert.ok(history.includes(step), step);
  });

  it('withdraws a request before the opinion, by the submitting unit only', async () => {
    const created = (await zrzy.post('/api/legal-review/requests', contract({ title: '执法大队临时办公场所租赁合同' }))).body;
    const byOther = await (await h.login('scjg')).post(`/api/legal-review/requests/${created.id}/transitions/withdraw`, {
      version: created.version,
      withdrawnOn: '2026-09-22',
      withdrawalReason: '撤回',
    });
    assert.ok([403, 404].includes(byOther.status));
    const r = await fire(zrzy, created.id, 'withdraw', { version: created.version, withdrawnOn: '2026-09-22', withdrawalReason: '合同相对方放弃签约' });
    assert.equal(r.body.state, 'withdrawn');
    assert.deepEqual(allowed(r.body), []);
  });

  it('links documents and decisions through their module, defaulting the title; extends a document review up to 15 working days', async () => {
    const missing = await zrzy.post('/api/legal-review/requests', { subjectKind: 'normativeDocument', orgUnitId: zrzyUnit, receivedOn: '2026-11-02', materials: docMaterials });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.errors[0].path, 'subjectId');
    const unknown = await zrzy.post('/api/legal-review/requests', {
      subjectKind: 'normativeDocument',
      subjectId: crypto.randomUUID(),
      orgUnitId: zrzyUnit,
      receivedOn: '2026-11-02',
      materials: docMaterials,
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.errors[0].path, 'subjectId');

    const doc = await zrzy.post('/api/legal-review/requests', { subjectKind: 'normativeDocument', subjectId: documentId, orgUnitId: zrzyUnit, receivedOn: '2026-11-02', materials: docMaterials });
    assert.equal(doc.status, 201, JSON.stringify(doc.body));
    assert.equal(doc.body.title, '示范高新区国有土地上房屋征收补偿办法');
    assert.equal(doc.body.subject.path, `/normative-docs/documents/${documentId}`);
    // The district's setting (10 working days) inside the 5–15 window of 国办发〔2018〕115号.
    assert.equal(doc.body.dueOn, '2026-11-16');
    // 15 working days from 2026-11-02 is 2026-11-23.
    const tooLong = await fire(fzb, doc.body.id, 'extend', { version: doc.body.version, extendedDueOn: '2026-11-24', extensionReason: '涉及面广，需征求有关部门意见' });
    assert.equal(tooLong.status, 409);
    assert.match(tooLong.body.detail, /最长不超过15个工作日.*2026-11-23/);
    const ok = await fire(fzb, doc.body.id, 'extend', { version: doc.body.version, extendedDueOn: '2026-11-23', extensionReason: '涉及面广，需征求有关部门意见' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.dueOn, '2026-11-23');
    assert.equal(ok.body.state, 'received');
    const leader = await h.login('leader');
    assert.deepEqual(allowed((await leader.get(`/api/legal-review/requests/${doc.body.id}`)).body), [], 'read-only users may take no step');
  });

  it('keeps 7 working days as the floor of a decision review, and requires an adviser to take part', async () => {
    const base = { subjectKind: 'majorDecision', subjectId: decisionId, orgUnitId: zrzyUnit, receivedOn: '2026-09-28', materials: requiredMaterials('majorDecision') };
    // 09-29, 09-30, 10-08, 10-09, 10-10 (调休), 10-12, 10-13.
    const early = await zrzy.post('/api/legal-review/requests', { ...base, dueOn: '2026-10-12' });
    assert.equal(early.status, 400);
    assert.equal(early.body.errors[0].path, 'dueOn');
    assert.match(early.body.errors[0].message, /不少于7个工作日.*2026-10-13/);
    const plain = await zrzy.post('/api/legal-review/requests', base);
    // The 7 days are what the 承办单位 must allow, not the reviewer's deadline: the default is the district's 10.
    assert.equal(plain.body.dueOn, '2026-10-16');
    const later = await zrzy.post('/api/legal-review/requests', { ...base, dueOn: '2026-10-20' });
    assert.equal(later.status, 201);
    assert.equal(later.body.dueOn, '2026-10-20');
    const contractDue = await zrzy.post('/api/legal-review/requests', contract({ dueOn: '2026-12-30' }));
    assert.equal(contractDue.status, 400);
    assert.equal(contractDue.body.errors[0].path, 'dueOn');

    const id = later.body.id;
    let r = await fire(fzb, id, 'startReview', { version: later.body.version });
    const alone = await fire(fzb, id, 'conclude', { version: r.body.version, opinion: 'lawful', opinionText: '同意', concludedOn: '2026-10-15' });
    assert.equal(alone.status, 409);
    assert.match(alone.body.detail, /须有法律顾问或公职律师参与/);
    assert.equal((await fzb.post(`/api/legal-review/requests/${id}/assignees`, { userId: h.seeded.users.get('adviser'), role: 'adviser' })).status, 200);
    r = await fire(fzb, id, 'conclude', { version: r.body.version, opinion: 'lawful', opinionText: '同意', concludedOn: '2026-10-15' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.adviserTookPart, true);
    assert.match(r.body.adviserNames, /吴/);
  });

  it('sets a document’s due date inside 5–15 working days, counts a review concluded on day 8 as on time, and returns one without an opinion', async () => {
    const base = { subjectKind: 'normativeDocument', subjectId: documentId, orgUnitId: zrzyUnit, receivedOn: '2026-11-02', materials: docMaterials };
    const short = await zrzy.post('/api/legal-review/requests', { ...base, dueOn: '2026-11-06' });
    assert.equal(short.status, 400);
    assert.equal(short.body.errors[0].path, 'dueOn');
    assert.match(short.body.errors[0].message, /不少于5个工作日/);
    const long = await zrzy.post('/api/legal-review/requests', { ...base, dueOn: '2026-11-24' });
    assert.equal(long.status, 400);
    const set = await zrzy.post('/api/legal-review/requests', { ...base, dueOn: '2026-11-20' });
    assert.equal(set.status, 201, JSON.stringify(set.body));
    assert.equal(set.body.dueOn, '2026-11-20');
    // Concluded on the 8th working day: past the 5-day floor but inside the deadline, so not late. A document is first
    // determined to be one (认定), which starts the review.
    const skipped = await fire(fzb, set.body.id, 'startReview', { version: set.body.version });
    assert.equal(skipped.status, 409);
    assert.match(skipped.body.detail, /须先认定是否属于规范性文件/);
    let r = await fire(fzb, set.body.id, 'determine', { version: set.body.version, determinedOn: '2026-11-03', isNormativeDocument: true });
    assert.equal(r.body.state, 'reviewing', JSON.stringify(r.body));
    r = await fire(fzb, set.body.id, 'conclude', { version: r.body.version, opinion: 'lawful', opinionText: '同意', concludedOn: '2026-11-12' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.concludedLate, false);

    const other = await zrzy.post('/api/legal-review/requests', contract({ title: '不属于审核范围的事项', receivedOn: '2026-11-02' }));
    const back = await fire(fzb, other.body.id, 'returnRequest', { version: other.body.version, returnKind: 'notReviewable', returnedOn: '2026-11-03', returnReason: '属于一般工作方案，不予审核' });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.state, 'returned');
    assert.equal(back.body.returnKind, 'notReviewable');
    assert.equal(back.body.opinion, null);
    assert.deepEqual(allowed(back.body), []);
  });

  it('lets an assigned adviser outside the unit’s scope read and conclude, but not an unassigned one, nor take the unit’s steps', async () => {
    const created = (await (await h.login('donghu')).post('/api/legal-review/requests', contract({ title: '东湖街道便民服务中心办公用房租赁合同', orgUnitId: donghuUnit, receivedOn: '2026-11-20' })))
      .body;
    const id = created.id;
    assert.equal((await adviser.get(`/api/legal-review/requests/${id}`)).status, 404);
    const unassigned = await fire(adviser, id, 'startReview', { version: created.version });
    assert.ok([403, 404].includes(unassigned.status), `got ${unassigned.status}`);
    const handler = await fzb.post(`/api/legal-review/requests/${id}/assignees`, { userId: h.seeded.users.get('adviser'), role: 'handler' });
    assert.equal(handler.status, 200);
    assert.equal((await fire(adviser, id, 'startReview', { version: created.version })).status, 403, 'a handler assignment lets the adviser read, not review');
    assert.equal((await fzb.post(`/api/legal-review/requests/${id}/assignees`, { userId: h.seeded.users.get('adviser'), role: 'adviser' })).status, 200);

    const seen = await adviser.get(`/api/legal-review/requests/${id}`);
    assert.equal(seen.status, 200);
    assert.deepEqual(allowed(seen.body), ['startReview', 'returnRequest'], 'reviewer steps only: withdrawal stays with the unit');
    const options = new Map((seen.body.transitions as Option[]).map((o) => [o.name, o]));
    assert.equal(options.get('withdraw')?.refusedBy, 'permission');
    assert.deepEqual(options.get('extend')?.reasons, ['只有行政规范性文件的合法性审核可以延长审核期限'], 'a contract’s review cannot be extended, and the detail says so');
    let r = await fire(adviser, id, 'startReview', { version: seen.body.version });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    r = await fire(adviser, id, 'conclude', { version: r.body.version, opinion: 'lawfulAfterChanges', opinionText: '建议明确租金支付方式及违约责任', concludedOn: '2026-11-24' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.adviserTookPart, true);
    assert.equal(r.body.concludedLate, false);
    const adoption = await fire(adviser, id, 'recordAdoption', { version: r.body.version, adopted: true });
    assert.ok([403, 404].includes(adoption.status), 'adoption is the submitting unit’s step');
    assert.equal((await adviser.patch(`/api/legal-review/requests/${id}`, { version: r.body.version, note: '顾问改备注' })).status, 403);
    const list = (await adviser.get('/api/legal-review/requests?pageSize=200')).body;
    assert.ok(list.items.some((x: { id: string }) => x.id === id));
  });

  it('puts overdue and near-due reviews on the reviewers’ to-do lists, and the daily job raises each notice once', async () => {
    const todo = (await fzb.get('/api/legal-review/todo')).body as { id: string; daysLeft: number; overdue: boolean; state: string }[];
    assert.ok(todo.length >= 3);
    assert.ok(todo.every((t) => t.daysLeft <= 3 && t.state !== 'supplementing'));
    assert.ok(todo.some((t) => t.overdue && t.daysLeft < 0));
    const mine = (await adviser.get('/api/legal-review/todo')).body as { id: string }[];
    assert.ok(mine.length >= 1, 'the demo adviser has assigned reviews near or past due');
    for (const t of mine) assert.equal((await adviser.get(`/api/legal-review/requests/${t.id}`)).status, 200);
    const zrzyTodo = (await zrzy.get('/api/legal-review/todo')).body as { id: string }[];
    assert.ok(zrzyTodo.every((t) => todo.some((x) => x.id === t.id)));

    const job = legalReviewJobs[0]!;
    const services = { db: h.db } as Parameters<typeof job.run>[0]['services'];
    await job.run({ services, payload: { today: h.today }, now: new Date(`${h.today}T09:00:00+08:00`) } as Parameters<typeof job.run>[0]);
    const first = (await fzb.get('/api/notifications')).body.filter((n: { link: string }) => n.link?.startsWith('/legal-review/'));
    assert.ok(first.some((n: { level: string }) => n.level === 'alert'));
    await job.run({ services, payload: { today: h.today }, now: new Date(`${h.today}T10:00:00+08:00`) } as Parameters<typeof job.run>[0]);
    const second = (await fzb.get('/api/notifications')).body.filter((n: { link: string }) => n.link?.startsWith('/legal-review/'));
    assert.equal(second.length, first.length);
    // The adviser holds no grant over these units: it sees the notices of the reviews assigned to it, and only those.
    const adviserNotices = (await adviser.get('/api/notifications')).body.filter((n: { link: string }) => n.link?.startsWith('/legal-review/')) as { link: string }[];
    assert.ok(adviserNotices.length >= 1, 'an assigned adviser is reminded');
    for (const n of adviserNotices)
      assert.ok(mine.some((t) => n.link === `/legal-review/requests/${t.id}`) || (await adviser.get(n.link.replace('/legal-review/', '/api/legal-review/'))).status === 200, n.link);
    assert.ok(adviserNotices.length < first.length, 'not every review of the district');
  });

  it('refuses a submission without the kind’s required materials, keeps the amount to contracts and within bounds, and takes the adviser from the roster', async () => {
    const incomplete = await zrzy.post('/api/legal-review/requests', contract({ materials: ['requestLetter', 'contractText'] }));
    assert.equal(incomplete.status, 400);
    assert.deepEqual(
      incomplete.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
      [['materials', '送审材料不齐全，缺少：合同相对方主体资格证明']],
    );
    const huge = await zrzy.post('/api/legal-review/requests', contract({ contractAmount: 20_000_000_000 }));
    assert.equal(huge.status, 400);
    assert.equal(huge.body.errors[0].path, 'contractAmount');
    const notContract = await zrzy.post('/api/legal-review/requests', { ...contract({ subjectKind: 'other', materials: requiredMaterials('other'), contractAmount: 5000 }), counterparty: undefined });
    assert.equal(notContract.status, 400);
    assert.equal(notContract.body.errors[0].path, 'contractAmount');

    const roster = (await fzb.get('/api/legal-advisers/advisers?pageSize=1')).body.items[0] as { id: string; name: string };
    const strange = await zrzy.post('/api/legal-review/requests', contract({ adviserId: crypto.randomUUID() }));
    assert.equal(strange.status, 400, 'an id that is not in the roster the actor may read');
    assert.equal(strange.body.errors[0].path, 'adviserId');
    const made = await fzb.post('/api/legal-review/requests', contract({ title: '区自然资源局测绘服务合同', contractAmount: 1_286_500.5, adviserId: roster.id, adviserRequested: true }));
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.contractAmount, 1_286_500.5);
    assert.equal(made.body.adviserNames, roster.name);
    assert.equal(made.body.adviserTookPart, true);
    assert.equal(made.body.adviserRequested, true);
    assert.deepEqual(made.body.materials, requiredMaterials('contract'));
    const dropped = await zrzy.patch(`/api/legal-review/requests/${made.body.id}`, { version: made.body.version, materials: ['requestLetter'] });
    assert.equal(dropped.status, 400);
    assert.equal(dropped.body.errors[0].path, 'materials');
  });

  it('ends a draft found not to be a 规范性文件 at the first step, without an opinion or a number', async () => {
    const doc = await zrzy.post('/api/legal-review/requests', { subjectKind: 'normativeDocument', subjectId: documentId, orgUnitId: zrzyUnit, receivedOn: '2026-11-09', materials: docMaterials });
    const unexplained = await fire(fzb, doc.body.id, 'determine', { version: doc.body.version, determinedOn: '2026-11-10', isNormativeDocument: false });
    assert.equal(unexplained.status, 400);
    assert.equal(unexplained.body.errors[0].path, 'determinationNote');
    const r = await fire(fzb, doc.body.id, 'determine', {
      version: doc.body.version,
      determinedOn: '2026-11-10',
      isNormativeDocument: false,
      determinationNote: '属于内部工作制度，不涉及公民、法人权利义务',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.state, 'notNormative');
    assert.equal(r.body.opinion, null);
    assert.equal(r.body.opinionNumber, null);
    assert.deepEqual(allowed(r.body), []);
    assert.equal((await fzb.get(`/api/legal-review/requests/${doc.body.id}/opinion.docx`)).status, 409);
    const notDoc = await fire(fzb, (await zrzy.post('/api/legal-review/requests', contract({ title: '认定测试合同' }))).body.id, 'determine', {
      version: 1,
      determinedOn: '2026-11-10',
      isNormativeDocument: true,
    });
    assert.equal(notDoc.status, 409);
  });

  it('lets only the reviewing organ assign and remove reviewers and advisers, and only people who hold that duty', async () => {
    const asked = await zrzy.post('/api/legal-review/requests', contract({ title: '申请法律顾问参与的合同', adviserRequested: true }));
    assert.equal(asked.status, 201);
    const id = asked.body.id;
    assert.equal((await zrzy.get(`/api/legal-review/requests/${id}`)).body.canAssign, false, 'the submitter asks; it does not assign');
    assert.equal((await fzb.get(`/api/legal-review/requests/${id}`)).body.canAssign, true);
    const users = h.seeded.users;
    assert.equal((await zrzy.post(`/api/legal-review/requests/${id}/assignees`, { userId: users.get('adviser'), role: 'adviser' })).status, 403);
    const leader = await fzb.post(`/api/legal-review/requests/${id}/assignees`, { userId: users.get('leader'), role: 'reviewer' });
    assert.equal(leader.status, 400);
    assert.deepEqual(leader.body.errors, [{ path: 'userId', message: '所选人员不具有合法性审核职责，不能指派为审核人员' }]);
    assert.equal((await fzb.post(`/api/legal-review/requests/${id}/assignees`, { userId: users.get('zjj'), role: 'adviser' })).status, 400);
    const given = await fzb.post(`/api/legal-review/requests/${id}/assignees`, { userId: users.get('adviser'), role: 'adviser' });
    assert.equal(given.status, 200, JSON.stringify(given.body));
    const a = given.body.assignees.find((x: { role: string }) => x.role === 'adviser');
    // The department may not take away what it could not give.
    assert.equal((await zrzy.delete(`/api/legal-review/requests/${id}/assignees/${a.id}`)).status, 403);
    assert.ok(
      (await zrzy.get(`/api/legal-review/requests/${id}`)).body.assignees.some((x: { id: string }) => x.id === a.id),
      'still assigned',
    );
    assert.equal((await fzb.delete(`/api/legal-review/requests/${id}/assignees/${a.id}`)).status, 200);

    const reviewers = (await fzb.get('/api/legal-review/assignable-users?role=reviewer')).body as { id: string }[];
    assert.ok(reviewers.some((u) => u.id === users.get('fzb')));
    assert.ok(!reviewers.some((u) => u.id === users.get('leader') || u.id === users.get('adviser')), 'the picker offers only people who review');
    const advisers = (await fzb.get('/api/legal-review/assignable-users?role=adviser')).body as { id: string }[];
    assert.deepEqual(
      advisers.map((u) => u.id),
      [users.get('adviser')],
    );
    assert.equal((await zrzy.get('/api/legal-review/assignable-users?role=reviewer')).status, 403);
    // A 司法所 assigns for its own 街道's matters.
    const donghu = await h.login('donghu');
    const own = await donghu.post('/api/legal-review/requests', contract({ title: '东湖街道保洁服务合同', orgUnitId: donghuUnit }));
    assert.equal((await donghu.post(`/api/legal-review/requests/${own.body.id}/assignees`, { userId: users.get('adviser'), role: 'adviser' })).status, 200);
  });

  it('numbers each opinion once per reviewing organ and year, and prints a 合法性审核意见书 with the number and the opinion', async () => {
    const conclude = async (title: string, orgUnitId: string, text: string) => {
      const made = await zrzy.post('/api/legal-review/requests', contract({ title, orgUnitId, receivedOn: '2026-11-16', contractAmount: 350000 }));
      const started = await fire(fzb, made.body.id, 'startReview', { version: made.body.version });
      return fire(fzb, made.body.id, 'conclude', { version: started.body.version, opinion: 'lawfulAfterChanges', opinionText: text, concludedOn: '2026-11-18' });
    };
    const first = await conclude('意见书编号测试合同一', zrzyUnit, '建议补充违约责任条款');
    const second = await conclude('意见书编号测试合同二', zrzyUnit, '建议明确付款节点');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const seq = (n: string) => Number(/^〔2026〕第(\d+)号$/.exec(n)![1]);
    assert.equal(seq(second.body.opinionNumber), seq(first.body.opinionNumber) + 1, 'consecutive within the district and year');
    const adopted = await fire(zrzy, first.body.id, 'recordAdoption', { version: first.body.version, adopted: true });
    assert.equal(adopted.body.opinionNumber, first.body.opinionNumber, 'given once, kept afterwards');

    const file = await zrzy.get(`/api/legal-review/requests/${first.body.id}/opinion.docx`);
    assert.equal(file.status, 200);
    assert.match(String(file.headers['content-type']), /wordprocessingml/);
    const zip = await JSZip.loadAsync(file.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const part of ['合法性审核意见书', first.body.opinionNumber, '修改后合法', '建议补充违约责任条款', '350,000.00元', '示范高新区']) assert.ok(text.includes(part), part);
    const scjg = await h.login('scjg');
    assert.equal((await scjg.get(`/api/legal-review/requests/${first.body.id}/opinion.docx`)).status, 404, 'read access as for the detail');
  });

  it('computes the section 二 indicators from the records, each equal to its drill-down', async () => {
    const period = 'from=2026-01-01&to=2026-11-27';
    const ids = ['legalReview.requestsReceived', 'legalReview.requestsConcluded', 'legalReview.onTimeRate', 'legalReview.adoptionRate', 'legalReview.adviserShare'];
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.join(',')}&${period}`)).body.values as { id: string; value: number; numerator?: number; denominator?: number }[];
    assert.equal(values.length, ids.length);
    const received = values.find((v) => v.id === 'legalReview.requestsReceived')!;
    assert.ok(received.value >= 120, `a year of demo reviews, got ${received.value}`);
    for (const v of values) {
      if (v.numerator === undefined) {
        assert.equal((await fzb.get(`/api/indicators/${v.id}/records?${period}&pageSize=1`)).body.total, v.value, v.id);
      } else {
        assert.equal((await fzb.get(`/api/indicators/${v.id}/records?${period}&pageSize=1&part=numerator`)).body.total, v.numerator, v.id);
        assert.equal((await fzb.get(`/api/indicators/${v.id}/records?${period}&pageSize=1&part=denominator`)).body.total, v.denominator, v.id);
        assert.ok(v.value > 0 && v.value <= 100, `${v.id} = ${v.value}`);
      }
    }
    const byKind = (await fzb.get(`/api/indicators/legalReview.requestsReceived/breakdown?by=subjectKind&${period}`)).body;
    const items = (Array.isArray(byKind) ? byKind : byKind.items) as { label: string; value: number }[];
    assert.equal(
      items.reduce((s, x) => s + x.value, 0),
      received.value,
    );
    assert.ok(items.some((x) => x.label === '合同协议（含行政协议）' && x.value >= 50));
  });
});
