import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseDueDates, caseStage, decisionDueOn, disclosureDueOn, maskPartyName, onTime, withdrawalDueOn } from './case-rules.js';
import { caseProblems } from './case-contract.js';

describe('执法案件 time limits on the working-day calendar', () => {
  it('第60条: 90 calendar days from 立案, moved past a holiday at the end; an approved extension adds its days', () => {
    // 2026-01-05 + 90 days = 2026-04-05, inside 清明 (4–6 April): the limit moves to the next working day.
    assert.equal(decisionDueOn('2026-01-05'), '2026-04-07');
    // 2026-07-08 + 90 days = 2026-10-06, inside 国庆 (1–7 October).
    assert.equal(decisionDueOn('2026-07-08'), '2026-10-08');
    assert.equal(decisionDueOn('2026-01-05', 30), '2026-05-06');
  });

  it('118号: 许可/处罚 decisions disclosed in 7 working days, others in 20; 调休 Saturdays count, holidays do not', () => {
    // From Tue 29 Sep 2026: 30 Sep, 8, 9, 10 (a make-up Saturday), 12, 13, 14 October.
    assert.equal(disclosureDueOn('penalty', '2026-09-29'), '2026-10-14');
    assert.equal(disclosureDueOn('licence', '2026-09-29'), '2026-10-14');
    assert.equal(disclosureDueOn('inspection', '2026-09-29'), '2026-11-02');
  });

  it('第48条 with 第85条: a changed decision is withdrawn within 3 working days', () => {
    assert.equal(withdrawalDueOn('2026-09-30'), '2026-10-10');
    const due = caseDueDates({ itemKind: 'penalty', filedOn: '2026-06-01', decidedOn: '2026-09-29', disclosedOn: '2026-10-09', changedOn: '2026-09-30' });
    assert.equal(due.withdrawalDueOn, '2026-10-10');
    assert.equal(caseDueDates({ itemKind: 'penalty', filedOn: '2026-06-01', decidedOn: '2026-09-29', changedOn: '2026-09-30' }).withdrawalDueOn, null, 'nothing to withdraw when never disclosed');
  });

  it('on time up to and including the due day; late once it passes undone', () => {
    assert.equal(onTime('2026-10-14', '2026-10-14', '2026-12-01'), true);
    assert.equal(onTime('2026-10-15', '2026-10-14', '2026-12-01'), false);
    assert.equal(onTime(null, '2026-10-14', '2026-10-14'), null);
    assert.equal(onTime(null, '2026-10-14', '2026-10-15'), false);
    assert.equal(onTime(null, null, '2026-10-15'), null);
  });

  it('the stage follows the dates; the steps keep their order; two different officers', () => {
    assert.equal(caseStage({ itemKind: 'penalty', filedOn: '2026-01-01' }), 'investigating');
    assert.equal(caseStage({ itemKind: 'penalty', filedOn: '2026-01-01', decidedOn: '2026-02-01' }), 'decided');
    assert.equal(caseStage({ itemKind: 'penalty', filedOn: '2026-01-01', decidedOn: '2026-02-01', disclosedOn: '2026-02-03' }), 'disclosed');
    assert.equal(caseStage({ itemKind: 'penalty', filedOn: '2026-01-01', decidedOn: '2026-02-01', disclosedOn: '2026-02-03', changedOn: '2026-03-01', withdrawnOn: '2026-03-02' }), 'withdrawn');
    const paths = (c: Record<string, unknown>) => caseProblems(c).map((i) => i.path);
    assert.deepEqual(paths({ officer1Id: 'a', officer2Id: 'a' }), ['officer2Id']);
    assert.deepEqual(paths({ filedOn: '2026-03-01', decidedOn: '2026-02-01', outcome: 'penalty' }), ['decidedOn']);
    assert.deepEqual(paths({ filedOn: '2026-01-01', disclosedOn: '2026-02-01' }), ['decidedOn']);
    assert.deepEqual(paths({ filedOn: '2026-01-01', decidedOn: '2026-02-01', outcome: 'noPenalty', fine: 100 }), ['fine']);
    assert.deepEqual(paths({ filedOn: '2026-01-01', extensionDays: 30 }), ['extensionReason']);
  });

  it('the portal shows a natural person by surname only', () => {
    assert.equal(maskPartyName('person', '张三丰'), '张**');
    assert.equal(maskPartyName('organisation', '示范有限公司'), '示范有限公司');
  });
});
