import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appealDueOn, caseNumberMismatch, parseCaseNumber } from './case-number.js';
import { suggestionReplyDueOn } from './suggestion.js';
import { decisionKindOf, effectiveOutcome, isAppealable, isLost, losingOutcomes, outcomes } from './codes.js';

describe('裁判结果 and 败诉 (行政诉讼法 第69–78条, 第89条)', () => {
  it('counts every judgment against the organ as 败诉', () => {
    for (const code of ['revoked', 'orderedToPerform', 'orderedToPay', 'confirmedIllegal', 'confirmedVoid', 'varied', 'agreementPerform', 'agreementCompensate', 'compensation']) {
      assert.ok(losingOutcomes.includes(code), code);
    }
    assert.equal(outcomes.label('confirmedVoid'), '判决确认无效');
    assert.equal(outcomes.label('orderedToPay'), '判决履行给付义务');
  });

  it('does not count 驳回诉讼请求, 裁定 or 调解 as 败诉', () => {
    for (const code of ['dismissed', 'notAccepted', 'suitDismissed', 'withdrawn', 'deemedWithdrawn', 'mediated']) assert.equal(isLost(code), false, code);
    assert.equal(decisionKindOf('suitDismissed'), 'ruling');
    assert.equal(decisionKindOf('deemedWithdrawn'), 'ruling');
    assert.equal(decisionKindOf('mediated'), 'mediation');
    assert.equal(decisionKindOf('confirmedVoid'), 'judgment');
  });

  it('a second instance keeps, replaces or suspends the outcome in force', () => {
    assert.equal(effectiveOutcome('revoked', 'appealDismissed'), 'revoked');
    assert.equal(effectiveOutcome('dismissed', 'appealWithdrawn'), 'dismissed');
    assert.equal(effectiveOutcome('dismissed', 'amended', 'confirmedIllegal'), 'confirmedIllegal');
    assert.equal(effectiveOutcome('revoked', 'amended', 'dismissed'), 'dismissed');
    assert.equal(effectiveOutcome('revoked', 'remanded'), null);
    assert.equal(isLost(effectiveOutcome('revoked', 'appealDismissed')), true);
    assert.equal(isLost(effectiveOutcome('revoked', 'amended', 'dismissed')), false);
    assert.equal(isLost(null), false);
  });

  it('a 调解书 or 准予撤诉 cannot be appealed; 驳回起诉 can', () => {
    assert.equal(isAppealable('mediated'), false);
    assert.equal(isAppealable('withdrawn'), false);
    assert.equal(isAppealable('suitDismissed'), true);
    assert.equal(isAppealable('appealDismissed'), false);
  });
});

describe('案号', () => {
  it('parses year, court code, type and number', () => {
    assert.deepEqual(parseCaseNumber('（2024）鲁0891行初12号'), { year: 2024, courtCode: '鲁0891', type: '行初', compensation: false, instance: 'first', number: 12 });
    assert.deepEqual(parseCaseNumber('(2024)鲁08行终7号'), { year: 2024, courtCode: '鲁08', type: '行终', compensation: false, instance: 'second', number: 7 });
    assert.equal(parseCaseNumber('（2023）鲁行申301号')?.instance, 'retrialReview');
    assert.equal(parseCaseNumber('（2023）最高法行再5号')?.courtCode, '最高法');
    assert.equal(parseCaseNumber('（2024）鲁0891行赔初3号')?.compensation, true);
  });

  it('refuses what is not an administrative case number, in Chinese', () => {
    assert.equal(parseCaseNumber('（2024）鲁0891民初12号'), null);
    assert.equal(parseCaseNumber('2024鲁0891行初12号'), null);
    assert.equal(parseCaseNumber('（2024）鲁0891行初号'), null);
    assert.match(caseNumberMismatch('鲁0891行初12号', 'first')!, /案号格式应为“（2024）鲁0891行初12号”/);
    assert.equal(caseNumberMismatch('（2024）鲁0891行初12号', 'second'), '该审级的案号类型应为“行终”，所填为“行初”');
    assert.equal(caseNumberMismatch('（2024）鲁08行终12号', 'second'), null);
  });
});

describe('上诉期限 (行政诉讼法 第85条): a window opening on service', () => {
  it('is 15 days from service of a 判决, 10 of a 裁定', () => {
    assert.equal(appealDueOn('revoked', '2026-03-02'), '2026-03-17');
    assert.equal(appealDueOn('suitDismissed', '2026-03-02'), '2026-03-12');
  });

  it('moves past a holiday and is absent when nothing can be appealed', () => {
    assert.equal(appealDueOn('dismissed', '2026-09-20'), '2026-10-08');
    assert.equal(appealDueOn('mediated', '2026-03-02'), null);
    assert.equal(appealDueOn('withdrawn', '2026-03-02'), null);
    assert.equal(appealDueOn('revoked', null), null);
    assert.equal(appealDueOn('appealDismissed', '2026-03-02', 'second'), null);
  });
});

describe('回复期限 of a 司法建议 or 检察建议 (a ceiling from receipt)', () => {
  it('is two months, ending on the same day of the month or the month’s last day', () => {
    assert.equal(suggestionReplyDueOn('2026-03-12', false), '2026-05-12');
    assert.equal(suggestionReplyDueOn('2026-12-31', false), '2027-03-01', '2027-02-28 is a Sunday: the next working day');
    assert.equal(suggestionReplyDueOn('2026-07-31', false), '2026-09-30');
  });

  it('is 15 days when the matter is urgent, moved past a holiday', () => {
    assert.equal(suggestionReplyDueOn('2026-03-02', true), '2026-03-17');
    assert.equal(suggestionReplyDueOn('2026-09-20', true), '2026-10-08');
  });
});
