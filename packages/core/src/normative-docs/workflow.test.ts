import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentPeriodProblem, documentExpiry, documentTransitionProblems, evaluationDueOn, isProvisional, validityOf, type DocumentFacts } from './index.js';

const facts = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
  state: 'drafting',
  review: 'none',
  deliberationDecision: null,
  registrationNumber: null,
  docNumber: null,
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
    const publish = documentTransitionProblems('publish', facts());
    assert.equal(publish.kind, 'guard');
    assert.ok(publish.problems.some((p) => p.includes('合法性审核')));
    assert.ok(publish.problems.some((p) => p.includes('集体讨论')));
    assert.ok(publish.problems.some((p) => p.includes('统一登记')));
    assert.deepEqual(documentTransitionProblems('deliberate', facts({ state: 'underReview', review: 'pending' })).problems, ['合法性审核尚未办结，不能提交集体讨论']);
    assert.deepEqual(documentTransitionProblems('sign', facts({ state: 'deliberated', review: 'passed', deliberationDecision: 'rejected' })).problems, ['集体讨论未通过，不能签发']);
    assert.deepEqual(documentTransitionProblems('sign', facts({ state: 'deliberated', review: 'passed', deliberationDecision: 'approved' })).problems, []);
    assert.equal(documentTransitionProblems('startDrafting', facts({ state: 'inForce' })).kind, 'state');
  });

  it('shows a signed but unregistered document as invalid', () => {
    assert.equal(validityOf({ state: 'signed', registrationNumber: null }), 'unregistered');
    assert.equal(validityOf({ state: 'inForce', registrationNumber: null }), 'unregistered');
    assert.equal(validityOf({ state: 'inForce', registrationNumber: 'SFGX-2026-001' }), 'valid');
    assert.equal(validityOf({ state: 'underReview', registrationNumber: null }), 'inProgress');
  });
});
