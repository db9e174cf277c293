import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { campaignWorkflow, commentPeriodProblem, documentExpiry, documentWorkflow, evaluationDueOn, isProvisional, validityOf, type DocumentFacts } from './index.js';

const facts = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
  state: 'drafting',
  review: 'none',
  concernsMarketEntities: false,
  deliberationDecision: null,
  meetingOn: null,
  signedOn: null,
  registrationNumber: null,
  registeredOn: null,
  docNumber: null,
  issuedOn: null,
  publishedOn: null,
  unhandledComments: 0,
  publicCommentEndsOn: null,
  today: '2026-11-27',
  ...over,
});

describe('规范性文件 rules', () => {
  it('counts the 7-working-day comment floor across the National Day holiday', () => {
    // 2026-09-28 + 7 calendar-style weekdays would be 10-07, inside the holiday; working days run to 10-13.
    assert.match(commentPeriodProblem('2026-09-28', '2026-10-12', false) ?? '', /7个工作日.*2026-10-13/);
    assert.equal(commentPeriodProblem('2026-09-28', '2026-10-13', false), null);
  });

  it('asks 30 days of documents that concern market entities', () => {
    assert.match(commentPeriodProblem('2026-11-02', '2026-11-30', true) ?? '', /30日/);
    assert.equal(commentPeriodProblem('2026-11-02', '2026-12-02', true), null);
    assert.equal(commentPeriodProblem('2026-11-02', '2026-11-11', false), null);
  });

  it('gives five years of validity, two for 暂行/试行', () => {
    assert.equal(documentExpiry('2026-03-01', false), '2031-02-28');
    assert.equal(documentExpiry('2024-02-29', false), '2029-02-28');
    assert.equal(documentExpiry('2026-03-01', true), '2028-02-29');
    assert.ok(isProvisional('示范高新区企业研发费用补助暂行办法', false));
    assert.ok(!isProvisional('示范高新区企业研发费用补助办法', false));
    assert.equal(evaluationDueOn('2027-08-31'), '2027-02-28');
  });

  it('names the missing step when a step is skipped', () => {
    const publish = documentWorkflow.refusal('publish', facts());
    assert.equal(publish?.kind, 'guard');
    assert.ok(publish.reasons.some((p) => p.includes('合法性审核')));
    assert.ok(publish.reasons.some((p) => p.includes('集体讨论')));
    assert.ok(publish.reasons.some((p) => p.includes('统一登记')));
    assert.deepEqual(documentWorkflow.refusal('deliberate', facts({ state: 'underReview', review: 'pending' }))?.reasons, ['合法性审核尚未办结，不能提交集体讨论']);
    assert.deepEqual(documentWorkflow.refusal('sign', facts({ state: 'deliberated', review: 'passed', deliberationDecision: 'rejected' }))?.reasons, ['集体讨论未通过，不能签发']);
    assert.equal(documentWorkflow.refusal('sign', facts({ state: 'deliberated', review: 'passed', deliberationDecision: 'approved' })), null);
    assert.equal(documentWorkflow.refusal('startDrafting', facts({ state: 'inForce' }))?.kind, 'state');
  });

  it('refuses a date before the earlier step and a comment period below the floor, once the input is known', () => {
    const signable = facts({ state: 'deliberated', review: 'passed', deliberationDecision: 'approved', meetingOn: '2026-10-22' });
    assert.deepEqual(documentWorkflow.refusal('sign', signable, { signedOn: '2026-10-21', signerName: '孙区长' })?.reasons, ['签发日期不能早于集体讨论日期（2026-10-22）']);
    assert.equal(documentWorkflow.refusal('sign', signable, { signedOn: '2026-10-22', signerName: '孙区长' }), null);
    const period = { publicCommentStartsOn: '2026-11-02', publicCommentEndsOn: '2026-11-20' };
    assert.equal(documentWorkflow.refusal('startPublicComment', facts(), period), null);
    assert.match(documentWorkflow.refusal('startPublicComment', facts({ concernsMarketEntities: true }), period)?.reasons[0] ?? '', /30日/);
    const published = facts({ state: 'published', publishedOn: '2026-11-20' });
    assert.match(documentWorkflow.refusal('enterIntoForce', published, { effectiveOn: '2026-11-28' })?.reasons[0] ?? '', /尚未到来/);
  });

  it('leaves a document in force when it is filed late, and moves a published one to 备案', () => {
    const input = { filedOn: '2026-11-27', filedWith: '区人大常委会' };
    assert.equal(documentWorkflow.next('file', facts({ state: 'inForce' }), input), 'inForce');
    assert.equal(documentWorkflow.next('file', facts({ state: 'published' }), input), 'filed');
    assert.equal(documentWorkflow.next('evaluate', facts({ state: 'inForce' }), { evaluatedOn: '2026-11-27', evaluationNote: '继续有效', republishedOn: '2026-11-30' }), 'inForce');
  });

  it('files a document once, and republishes one evaluated 继续有效 no earlier than the evaluation', () => {
    const input = { filedOn: '2026-11-27', filedWith: '区人大常委会' };
    assert.equal(documentWorkflow.refusal('file', facts({ state: 'inForce', publishedOn: '2026-11-20' }), input), null);
    assert.deepEqual(documentWorkflow.refusal('file', facts({ state: 'inForce', publishedOn: '2026-11-20', filedOn: '2026-11-25' }), input)?.reasons, ['已于2026-11-25报送备案，不能重复报送']);
    assert.match(
      documentWorkflow.refusal('evaluate', facts({ state: 'inForce' }), { evaluatedOn: '2026-11-27', evaluationNote: '继续有效', republishedOn: '2026-11-26' })?.reasons[0] ?? '',
      /重新公布日期不能早于评估日期/,
    );
  });

  it('offers 签发 only to whoever holds approve, and holds back 完成清理 while a document has no conclusion', () => {
    const options = documentWorkflow.options(facts({ state: 'deliberated', review: 'passed', deliberationDecision: 'approved' }), (a) => a === 'transition');
    assert.equal(options.find((o) => o.name === 'sign')?.refusedBy, 'permission');
    assert.deepEqual(
      options.filter((o) => o.allowed).map((o) => o.name),
      ['returnToDrafting'],
    );
    assert.deepEqual(campaignWorkflow.refusal('close', { state: 'open', unconcluded: 2 })?.reasons, ['尚有2件文件未作出清理结论，不能完成清理']);
    assert.equal(campaignWorkflow.refusal('publish', { state: 'open', unconcluded: 0 })?.kind, 'state');
  });

  it('shows a signed but unregistered document as invalid', () => {
    assert.equal(validityOf({ state: 'signed', registrationNumber: null }), 'unregistered');
    assert.equal(validityOf({ state: 'inForce', registrationNumber: null }), 'unregistered');
    assert.equal(validityOf({ state: 'inForce', registrationNumber: 'SFGX-2026-001' }), 'valid');
    assert.equal(validityOf({ state: 'underReview', registrationNumber: null }), 'inProgress');
  });
});
