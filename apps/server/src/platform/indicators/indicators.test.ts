import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness, type Harness } from '../../../test/harness.js';
import { indicatorRegistry } from '../../reports/registry.js';

describe('indicators', () => {
  let h: Harness;
  let fzb: Awaited<ReturnType<Harness['login']>>;
  let sqjz: Awaited<ReturnType<Harness['login']>>;
  const period = 'from=2026-01-01&to=2026-12-31';
  // 社区矫正 is closed to the coordinator: its figures are read by the district's correction staff.
  const reader = (module: string) => (module === 'correction' ? sqjz : fzb);
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    sqjz = await h.login('sqjz');
  });
  after(() => h.close());

  it('every count agrees with its drill-down, and every rate with its numerator and denominator lists', async () => {
    for (const ind of indicatorRegistry) {
      const c = reader(ind.module);
      const v = (await c.get(`/api/indicators/values?ids=${ind.id}&${period}`)).body.values[0];
      assert.ok(v, ind.id);
      if (ind.kind === 'count') {
        const rec = (await c.get(`/api/indicators/${ind.id}/records?${period}&pageSize=200`)).body;
        assert.equal(rec.total, v.value, ind.id);
        assert.equal(rec.items.length, Math.min(200, v.value), ind.id);
      } else if (ind.kind === 'rate') {
        const num = (await c.get(`/api/indicators/${ind.id}/records?${period}&part=numerator`)).body;
        const den = (await c.get(`/api/indicators/${ind.id}/records?${period}&part=denominator`)).body;
        assert.equal(num.total, v.numerator, ind.id);
        assert.equal(den.total, v.denominator, ind.id);
      }
    }
  });

  it('the demo year has plausible litigation figures', async () => {
    const ids = 'litigation.casesReceived,litigation.hearingsHeld,litigation.leaderAppearanceRate';
    const [received, hearings, rate] = (await fzb.get(`/api/indicators/values?ids=${ids}&${period}`)).body.values;
    assert.ok(received.value >= 55 && received.value <= 70, `cases ${received.value}`);
    assert.ok(hearings.value >= 60, `hearings ${hearings.value}`);
    assert.ok(rate.value > 70 && rate.value < 100, `rate ${rate.value}`);
    // One decimal when the rate is not a whole percent, none when it is (the report prints "100%").
    const exact = (rate.numerator * 100) % rate.denominator === 0;
    assert.equal(rate.display, exact ? `${(rate.numerator * 100) / rate.denominator}%` : `${rate.value.toFixed(1)}%`);
  });

  it('a district value equals the sum over its units (additive indicators)', async () => {
    const units = (await fzb.get('/api/org/units')).body.filter((u: { parentId: string }) => u.parentId === h.seeded.org.districtId);
    for (const ind of indicatorRegistry.filter((i) => i.kind !== 'rate')) {
      const c = reader(ind.module);
      const district = (await c.get(`/api/indicators/values?ids=${ind.id}&${period}`)).body.values[0].value;
      const byUnit = (await c.get(`/api/indicators/${ind.id}/breakdown?by=orgUnit&${period}`)).body;
      // Records of the district itself (the 党工委's own 中心组 study) belong to no child unit.
      let sum = byUnit.find((b: { key: string }) => b.key === h.seeded.org.districtId)?.value ?? 0;
      for (const u of units) sum += (await c.get(`/api/indicators/values?ids=${ind.id}&org=${u.id}&${period}`)).body.values[0].value;
      assert.equal(sum, district, ind.id);
      assert.equal(
        byUnit.reduce((s: number, b: { value: number }) => s + b.value, 0),
        district,
        `${ind.id} breakdown`,
      );
    }
  });

  it('a rate with nothing to divide by shows "—"', async () => {
    const res = (await fzb.get('/api/indicators/values?ids=litigation.lossRate&from=2030-01-01&to=2030-12-31')).body.values[0];
    assert.equal(res.denominator, 0);
    assert.equal(res.value, null);
    assert.equal(res.display, '—');
  });

  it('breaks down by month and by 争议领域, and refuses unknown ids and dimensions', async () => {
    const months = (await fzb.get(`/api/indicators/litigation.casesReceived/breakdown?by=month&${period}`)).body;
    assert.ok(months.length >= 10);
    assert.match(months[0].key, /^2026-\d\d$/);
    const areas = (await fzb.get(`/api/indicators/litigation.casesReceived/breakdown?by=disputeArea&${period}`)).body;
    assert.ok(areas.some((a: { label: string }) => a.label === '征地拆迁'));
    assert.equal((await fzb.get('/api/indicators/values?ids=nope.nothing')).status, 404);
    assert.equal((await fzb.get(`/api/indicators/litigation.casesReceived/breakdown?by=colour&${period}`)).status, 400);
  });
});
