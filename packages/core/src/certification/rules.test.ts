import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answeredOnTime, verificationDueOn, yearFigures } from './rules.js';

describe('证明事项 rules', () => {
  it('counts the 协助核查 deadline in working days (a Friday request is due the next Friday)', () => {
    assert.equal(verificationDueOn('2026-11-20'), '2026-11-27');
    // Over the 国庆 holiday the deadline moves past the days off.
    assert.ok(verificationDueOn('2026-09-30') > '2026-10-08');
  });
  it('answers on the due date are on time; later ones and none are not', () => {
    assert.equal(answeredOnTime('2026-11-27', '2026-11-27'), true);
    assert.equal(answeredOnTime('2026-11-27', '2026-11-30'), false);
    assert.equal(answeredOnTime('2026-11-27', null), false);
  });
  it('takes 事项数 from each unit’s latest month and sums 办件量 over the months', () => {
    const f = yearFigures([
      { orgUnitId: 'a', month: '2026-01', eLicenseServices: 100, crossProvinceItems: 20, crossProvinceCases: 500 },
      { orgUnitId: 'a', month: '2026-02', eLicenseServices: 110, crossProvinceItems: 22, crossProvinceCases: 600 },
      { orgUnitId: 'b', month: '2026-01', eLicenseServices: 50, crossProvinceItems: 5, crossProvinceCases: 100 },
    ]);
    assert.deepEqual(f, { eLicenseServices: 160, crossProvinceItems: 27, crossProvinceCases: 1200 });
  });
});
