import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helpEndOn, inHelpPeriod, personProblems } from './rules.js';

describe('安置帮教 rules', () => {
  it('ends the 帮教期 the day before the fifth anniversary of release (29 February on 28 February)', () => {
    assert.equal(helpEndOn('2026-11-02'), '2031-11-01');
    assert.equal(helpEndOn('2024-02-29'), '2029-02-28');
    assert.equal(helpEndOn('2025-01-01'), '2029-12-31');
  });

  it('counts a person in the 帮教期 from the release day to the last day inclusive', () => {
    assert.equal(inHelpPeriod('2026-11-02', '2031-11-01', '2026-11-01'), false);
    assert.equal(inHelpPeriod('2026-11-02', '2031-11-01', '2026-11-02'), true);
    assert.equal(inHelpPeriod('2026-11-02', '2031-11-01', '2031-11-01'), true);
    assert.equal(inHelpPeriod('2026-11-02', '2031-11-01', '2031-11-02'), false);
  });

  it('refuses facts that contradict each other, naming the field', () => {
    const base = { releasedOn: '2026-05-10' };
    const paths = (p: Record<string, unknown>) => personProblems({ ...base, ...p }).map((i) => i.path);
    assert.deepEqual(paths({ handoverOn: '2026-05-09', handoverMode: 'reported' }), ['handoverOn']);
    assert.deepEqual(paths({ handoverOn: '2026-05-10' }), ['handoverMode']);
    assert.deepEqual(paths({ handoverMode: 'escorted', handoverOn: '2026-05-12' }), ['handoverOn']);
    assert.deepEqual(paths({ handoverMode: 'escorted', handoverOn: '2026-05-10' }), []);
    assert.deepEqual(paths({ placementKind: 'employed' }), ['placedOn']);
    assert.deepEqual(paths({ placementKind: 'none' }), []);
  });
});
