import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subjectCreateSchema } from './contract.js';
import { impossibleLocation, ladderFloor, ladderProblems, leaveApprovalLevel, leaveProblems, leaveStatus, monitoringProblems, reportDue, subjectProblems, subjectState, termEnd } from './rules.js';

describe('社区矫正 rules', () => {
  it('gives the 第21条 report deadline: ten calendar days from the judgment taking effect', () => {
    assert.equal(reportDue('2026-09-28'), '2026-10-08', 'not moved past the National Day holiday');
    assert.equal(reportDue('2026-02-25'), '2026-03-07');
  });

  it('ends a term the day before the same date months later, month ends clamped', () => {
    assert.equal(termEnd('2026-03-01', 12), '2027-02-28');
    assert.equal(termEnd('2026-01-31', 1), '2026-02-27');
    assert.equal(termEnd('2027-03-01', 12), '2028-02-29');
  });

  it('states follow 报到, term and 解除', () => {
    const s = { termEndOn: '2026-12-31' };
    assert.equal(subjectState({ ...s, reportedOn: null }, '2026-06-01'), 'awaiting');
    assert.equal(subjectState({ ...s, reportedOn: '2026-01-05' }, '2026-06-01'), 'inCorrection');
    assert.equal(subjectState({ ...s, reportedOn: '2026-01-05' }, '2027-01-01'), 'overdue');
    assert.equal(subjectState({ ...s, reportedOn: '2026-01-05', endedOn: '2026-12-31', endKind: 'released' }, '2027-01-01'), 'released');
    assert.equal(subjectState({ ...s, reportedOn: '2026-01-05', endedOn: '2026-08-01', endKind: 'revoked' }, '2027-01-01'), 'terminated');
  });

  it('wants a woman in the 矫正小组 of a female subject (第25条)', () => {
    const team = [{ name: '甲', gender: 'male', role: 'officer' }];
    assert.deepEqual(
      subjectProblems({ gender: 'female', team }).map((i) => i.path),
      ['team'],
    );
    assert.deepEqual(subjectProblems({ gender: 'female', team: [...team, { name: '乙', gender: 'female', role: 'family' }] }), []);
    assert.deepEqual(subjectProblems({ gender: 'male', team }), []);
    assert.equal(subjectCreateSchema.safeParse({ gender: 'female', team }).success, false);
  });

  it('refuses 期满解除 before the term ends', () => {
    assert.deepEqual(
      subjectProblems({ termStartOn: '2026-01-01', termEndOn: '2026-12-31', endedOn: '2026-10-01', endKind: 'released' }).map((i) => i.path),
      ['endedOn'],
    );
  });

  it('routes 外出 by length and caps one approval at 30 days', () => {
    assert.equal(leaveApprovalLevel(7), 'office');
    assert.equal(leaveApprovalLevel(8), 'county');
    assert.deepEqual(
      leaveProblems({ days: 31 }).map((i) => i.path),
      ['days'],
    );
    assert.deepEqual(leaveProblems({ days: 30 }), []);
    const l = { decision: 'approved', startOn: '2026-05-01', endOn: '2026-05-03' };
    assert.equal(leaveStatus(l, '2026-04-30'), 'approved');
    assert.equal(leaveStatus(l, '2026-05-03'), 'away');
    assert.equal(leaveStatus(l, '2026-05-04'), 'overdue');
    assert.equal(leaveStatus({ ...l, returnedOn: '2026-05-03' }, '2026-05-04'), 'returned');
  });

  it('climbs the ladder: two 训诫 call for a 警告, two 警告 for 提请撤销', () => {
    assert.equal(ladderFloor({ reprimands: 1, warnings: 0 }), null);
    assert.equal(ladderFloor({ reprimands: 2, warnings: 0 }), 'warning');
    assert.equal(ladderFloor({ reprimands: 0, warnings: 2 }), 'revocation');
    assert.deepEqual(
      ladderProblems({ measure: 'revocation' }, 'probation', { reprimands: 2, warnings: 1 }).map((i) => i.path),
      ['measure'],
    );
    assert.deepEqual(ladderProblems({ measure: 'revocation' }, 'probation', { reprimands: 0, warnings: 2 }), []);
    assert.deepEqual(ladderProblems({ measure: 'revocation', serious: true }, 'parole', { reprimands: 0, warnings: 0 }), []);
    assert.equal(ladderProblems({ measure: 'revocation', serious: true }, 'control', { reprimands: 0, warnings: 0 }).length, 1, '管制 has nothing to revoke');
    assert.equal(ladderProblems({ measure: 'commitment', serious: true }, 'probation', { reprimands: 0, warnings: 0 }).length, 1);
    assert.deepEqual(ladderProblems({ measure: 'commitment', serious: true }, 'medicalParole', { reprimands: 0, warnings: 0 }), []);
  });

  it('keeps each 电子定位 approval within three months (第29条) and an extension assessed', () => {
    assert.deepEqual(monitoringProblems({ startOn: '2026-01-01', endOn: '2026-03-31' }), []);
    assert.deepEqual(
      monitoringProblems({ startOn: '2026-01-01', endOn: '2026-04-01' }).map((i) => i.path),
      ['endOn'],
    );
    assert.deepEqual(
      monitoringProblems({ startOn: '2026-04-01', endOn: '2026-06-30', extensionOf: 'x' }).map((i) => i.path),
      ['assessment'],
    );
    assert.deepEqual(monitoringProblems({ startOn: 'nonsense', endOn: '2026-06-30' }), [], 'malformed dates are the schema’s to report');
  });

  it('flags coordinates no phone in China can report, and leaves plausible ones alone', () => {
    assert.equal(impossibleLocation(35.4, 116.6), null);
    assert.equal(impossibleLocation(null, null), null);
    assert.equal(impossibleLocation(95, 116), '坐标超出经纬度范围');
    assert.equal(impossibleLocation(0, 0), '坐标不在我国境内');
    assert.equal(impossibleLocation(40.7, -74), '坐标不在我国境内');
  });
});
