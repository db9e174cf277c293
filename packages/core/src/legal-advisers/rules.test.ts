import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateNumberField, serviceCreateSchema } from './contract.js';
import { engagementState, publicLawyerState } from './rules.js';

describe('legal advisers: derived states and field rules', () => {
  it('an adviser is 即将到期 from the 30th day before the contract ends (the day its reminder is raised), and 已到期 the day after', () => {
    assert.equal(engagementState('2026-01-01', '2026-12-31', '2026-11-30'), 'inForce');
    assert.equal(engagementState('2026-01-01', '2026-12-31', '2026-12-01'), 'expiring');
    assert.equal(engagementState('2026-01-01', '2026-12-31', '2026-12-31'), 'expiring');
    assert.equal(engagementState('2026-01-01', '2026-12-31', '2027-01-01'), 'expired');
    assert.equal(engagementState('2026-03-01', '2027-02-28', '2026-02-15'), 'pending');
  });

  it('a public lawyer is 在岗 until 注销 (no expiry), with the 年度考核 of the due year on file', () => {
    const p = { certificateIssuedOn: '2024-05-10', assessmentYear: 2025, assessmentResult: 'competent' };
    assert.equal(publicLawyerState(p, '2026-11-27'), 'valid');
    assert.equal(publicLawyerState({ ...p, assessmentYear: 2024 }, '2026-03-31'), 'valid', 'last year’s 考核 is due only after 31 March');
    assert.equal(publicLawyerState({ ...p, assessmentYear: 2024 }, '2026-04-01'), 'assessmentDue');
    assert.equal(publicLawyerState({ certificateIssuedOn: '2026-02-01' }, '2026-11-27'), 'valid', 'a certificate issued this year has nothing due');
    assert.equal(publicLawyerState({ ...p, assessmentResult: 'incompetent' }, '2026-11-27'), 'incompetent');
    assert.equal(publicLawyerState({ ...p, leftOn: '2026-11-27' }, '2026-11-27'), 'left');
    assert.equal(publicLawyerState({ ...p, leftOn: '2026-11-27', revokedOn: '2026-11-27' }, '2026-11-27'), 'revoked');
    assert.equal(publicLawyerState({ ...p, revokedOn: '2026-12-01' }, '2026-11-27'), 'valid', 'a 注销 dated later is not in force yet');
  });

  it('certificate numbers are 17 digits, and hours come in half hours', () => {
    const field = certificateNumberField('公职律师证号');
    assert.equal(field.safeParse(' 13708202020000001 ').success, true);
    for (const bad of ['1370820202000000', '137082020200000011', '1370820202000000X', '13708-2020-2000001']) {
      const r = field.safeParse(bad);
      assert.equal(r.success, false, bad);
      assert.match(r.error!.issues[0]!.message, /17位数字/);
    }
    const entry = { kind: 'consultation', servedOn: '2026-11-27', orgUnitId: '2b0c4d3e-1f2a-4b5c-8d6e-7f8091a2b3c4', adviserId: '3c1d5e4f-2a3b-4c5d-9e7f-8091a2b3c4d5', subject: '咨询' };
    assert.equal(serviceCreateSchema.safeParse({ ...entry, hours: 2.5 }).success, true);
    assert.equal(serviceCreateSchema.safeParse({ ...entry, hours: 2.25 }).success, false);
    assert.equal(serviceCreateSchema.safeParse({ ...entry, hours: 24.5 }).success, false);
  });
});
