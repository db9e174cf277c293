import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateStatus, distinctEntities, dueReviewYear, entrustmentState, isValidCertificateNumber, trainingShortfall } from './rules.js';

describe('enforcement rules', () => {
  it('执法证号: 11 digits starting 37; other certificates letters and digits', () => {
    assert.ok(isValidCertificateNumber('enforcement', '37080200123'));
    assert.ok(!isValidCertificateNumber('enforcement', '3708020012'));
    assert.ok(!isValidCertificateNumber('enforcement', '11080200123'));
    assert.ok(!isValidCertificateNumber('enforcement', '37O80200123'));
    assert.ok(isValidCertificateNumber('hearing', 'TZ2026001'));
    assert.ok(!isValidCertificateNumber('hearing', 'tz 1'));
  });

  it('待年审: the previous year must be passed once 31 March is over', () => {
    assert.equal(dueReviewYear('2026-03-31'), 2024);
    assert.equal(dueReviewYear('2026-04-01'), 2025);
    const cert = { issuedOn: '2024-06-01' };
    assert.equal(certificateStatus(cert, [{ year: 2024, result: 'passed' }], '2026-03-31'), 'valid');
    assert.equal(certificateStatus(cert, [{ year: 2024, result: 'passed' }], '2026-04-01'), 'reviewDue');
    assert.equal(certificateStatus(cert, [{ year: 2025, result: 'failed' }], '2026-04-01'), 'reviewDue');
    assert.equal(certificateStatus(cert, [{ year: 2025, result: 'passed' }], '2026-04-01'), 'valid');
    // Issued this year or last year after the due year: nothing due yet.
    assert.equal(certificateStatus({ issuedOn: '2026-01-10' }, [], '2026-11-01'), 'valid');
  });

  it('注销 beats 暂扣 beats 待年审', () => {
    assert.equal(certificateStatus({ issuedOn: '2020-01-01', revokedOn: '2026-05-01', suspended: true }, [], '2026-05-01'), 'revoked');
    assert.equal(certificateStatus({ issuedOn: '2020-01-01', revokedOn: '2026-05-02', suspended: true }, [], '2026-05-01'), 'suspended');
    assert.equal(certificateStatus({ issuedOn: '2020-01-01', revokedOn: '2026-05-02' }, [], '2026-05-01'), 'reviewDue');
  });

  it('60-hour flag only in November and December, strictly under 60', () => {
    assert.equal(trainingShortfall('2026-10-31', 10), false);
    assert.equal(trainingShortfall('2026-11-01', 59.5), true);
    assert.equal(trainingShortfall('2026-12-31', 60), false);
    assert.equal(trainingShortfall('2027-01-01', 0), false);
  });

  it('counts each entity once', () => {
    assert.equal(distinctEntities([{ creditCode: '91370800mA3C4D5E6X' }, { creditCode: '91370800MA3C4D5E6X ' }, { creditCode: '91370800MA3C4D5E7X' }]), 2);
  });

  it('an entrustment past its end is expired', () => {
    assert.equal(entrustmentState('entrusted', '2026-06-30', '2026-07-01'), 'expired');
    assert.equal(entrustmentState('entrusted', '2026-06-30', '2026-06-30'), 'inForce');
    assert.equal(entrustmentState('statutory', null, '2026-06-30'), 'none');
  });
});
