import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appealAnswerDueOn, effectiveOn } from './effect.js';

describe('生效 and the 二审 answer deadline', () => {
  it('a 一审 judgment not appealed takes effect the day after the appeal window closes', () => {
    assert.equal(effectiveOn({ state: 'closed', instance: 'first', outcome: 'revoked', servedOn: '2026-11-30', appealDueOn: '2026-12-15' }), '2026-12-16');
    assert.equal(effectiveOn({ state: 'closed', instance: 'first', outcome: 'revoked', closedOn: '2026-11-26' }), null, 'not served: the window has not started');
    assert.equal(effectiveOn({ state: 'appealed', instance: 'second', outcome: 'revoked', servedOn: '2026-11-30', appealDueOn: '2026-12-15' }), null, 'appealed: nothing in force');
  });

  it('a 二审 decision is final at once; 调解书 and 准予撤诉 from 送达; 发回重审 leaves nothing in force', () => {
    assert.equal(effectiveOn({ state: 'closed', instance: 'second', outcome: 'appealDismissed', closedOn: '2027-01-20', servedOn: '2027-01-22' }), '2027-01-22');
    assert.equal(effectiveOn({ state: 'archived', instance: 'second', outcome: 'amended', closedOn: '2027-01-20' }), '2027-01-20');
    assert.equal(effectiveOn({ state: 'closed', instance: 'first', outcome: 'mediated', closedOn: '2026-05-01', servedOn: '2026-05-03' }), '2026-05-03');
    assert.equal(effectiveOn({ state: 'closed', instance: 'second', outcome: 'remanded', closedOn: '2026-09-01' }), null);
  });

  it('the 被上诉人 answers within 15 days of receiving the copy, moved past a holiday', () => {
    assert.equal(appealAnswerDueOn('2026-06-15'), '2026-06-30');
    // 15 days after 2026-09-20 is 2026-10-05, inside the National Day holiday.
    assert.equal(appealAnswerDueOn('2026-09-20'), '2026-10-08');
    assert.equal(appealAnswerDueOn(null), null);
  });
});
