import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appealDueOn, appealProblems, itemScore, rankUnits, readinessOf, taskOverdue, weightProblems } from './rules.js';
import { itemCreateSchema } from './contract.js';
import { subjectWorkflow, type SubjectFacts } from './workflow.js';

describe('考核 computation', () => {
  const proportional = { weight: 30, method: 'indicator', rule: 'proportional', target: 100 };
  it('gives points in proportion to the target, capped at the weight', () => {
    assert.equal(itemScore(proportional, 100), 30);
    assert.equal(itemScore(proportional, 66.7), 20.01);
    assert.equal(itemScore(proportional, 120), 30);
    assert.equal(itemScore(proportional, 0), 0);
  });
  it('gives the full weight or nothing under a threshold rule', () => {
    const threshold = { weight: 20, method: 'indicator', rule: 'threshold', target: 2 };
    assert.equal(itemScore(threshold, 2), 20);
    assert.equal(itemScore(threshold, 1), 0);
  });
  it('cannot compute a rate without a base, nor a hand-scored item', () => {
    assert.equal(itemScore(proportional, null), null);
    assert.equal(itemScore({ ...proportional, method: 'manual' }, 90), null);
  });
  it('needs weights adding up to 100', () => {
    assert.deepEqual(weightProblems([30, 20, 30, 20]), []);
    assert.deepEqual(weightProblems([30, 20, 30]), ['考核项目分值合计80分，应为100分']);
    assert.deepEqual(weightProblems([]), ['考核方案尚无考核项目']);
  });
  it('ranks by total; equal totals share a rank', () => {
    const ranked = rankUnits([
      { orgUnitId: 'a', unitName: '甲', score: 30 },
      { orgUnitId: 'a', unitName: '甲', score: 50 },
      { orgUnitId: 'b', unitName: '乙', score: 90 },
      { orgUnitId: 'c', unitName: '丙', score: 80 },
      { orgUnitId: 'd', unitName: '丁', score: 70 },
    ]);
    assert.deepEqual(
      ranked.map((u) => [u.unitName, u.total, u.rank]),
      [
        ['乙', 90, 1],
        ['丙', 80, 2],
        ['甲', 80, 2],
        ['丁', 70, 4],
      ],
    );
  });
  it('an indicator-bound item names its indicator, rule and target', () => {
    const base = { schemeId: '3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70', orgUnitId: '3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70', code: 'A1', name: '任务', weight: 10, criteria: '按完成率' };
    const bad = itemCreateSchema.safeParse({ ...base, method: 'indicator' });
    assert.deepEqual(bad.error?.issues.map((i) => i.path.join('.')).sort(), ['indicatorId', 'rule', 'target']);
    assert.equal(itemCreateSchema.safeParse({ ...base, method: 'manual' }).success, true);
  });
});

describe('appeal window (district setting: 5 working days after publication)', () => {
  it('runs in working days from the day after publication', () => {
    assert.equal(appealDueOn('2026-12-04', 5), '2026-12-11'); // Friday → next Friday
    assert.deepEqual(appealProblems('2026-12-04', 5, '2026-12-11'), []);
    assert.match(appealProblems('2026-12-04', 5, '2026-12-14')[0]!, /申诉期已过.*2026-12-11/);
    assert.deepEqual(appealProblems(null, 5, '2026-12-05'), ['考核结果尚未公布，不能申诉']);
  });
});

describe('督察 and 整改: nothing closes without evidence', () => {
  const facts = (over: Partial<SubjectFacts> = {}): SubjectFacts => ({ state: 'inspected', inspectedOn: '2026-10-10', findings: '问题', noticedOn: null, reportedOn: null, evidence: 0, ...over });
  const allowed = (f: SubjectFacts) =>
    subjectWorkflow
      .options(f, () => true)
      .filter((o) => o.allowed)
      .map((o) => o.name);
  it('a finding leads to a notice; without findings and with the record attached it closes clean', () => {
    assert.deepEqual(allowed(facts()), ['notice']);
    assert.deepEqual(allowed(facts({ findings: null })), []);
    assert.deepEqual(allowed(facts({ findings: null, evidence: 1 })), ['closeClean']);
  });
  it('refuses a 整改 report or an acceptance without attached evidence', () => {
    const rectifying = facts({ state: 'rectifying', noticedOn: '2026-10-15' });
    assert.deepEqual(allowed(rectifying), []);
    assert.deepEqual(allowed({ ...rectifying, evidence: 2 }), ['report']);
    assert.deepEqual(allowed(facts({ state: 'reported', reportedOn: '2026-11-01' })), ['reject']);
    assert.deepEqual(allowed(facts({ state: 'reported', reportedOn: '2026-11-01', evidence: 1 })), ['accept', 'reject']);
  });
  it('checks dates against the record', () => {
    const r = subjectWorkflow.refusal('notice', facts(), { noticeNumber: '督改1号', noticedOn: '2026-10-01', rectifyDueOn: '2026-11-01', requirements: '整改' });
    assert.deepEqual(r?.reasons, ['下发日期不能早于督察日期']);
  });
});

describe('工作要点 and 示范 readiness', () => {
  it('a task is overdue the day after its deadline unless done', () => {
    assert.equal(taskOverdue('inProgress', '2026-06-30', '2026-06-30'), false);
    assert.equal(taskOverdue('inProgress', '2026-06-30', '2026-07-01'), true);
    assert.equal(taskOverdue('done', '2026-06-30', '2026-07-01'), false);
  });
  it('an item is ready only when every task is done and 达标', () => {
    assert.equal(readinessOf([]).ready, false);
    assert.deepEqual(
      readinessOf([
        { itemId: 'x', state: 'done', selfAssessment: 'met' },
        { itemId: 'x', state: 'inProgress', selfAssessment: 'notAssessed' },
      ]),
      {
        tasks: 2,
        done: 1,
        met: 1,
        partly: 0,
        notMet: 1,
        ready: false,
      },
    );
    assert.equal(readinessOf([{ itemId: 'x', state: 'done', selfAssessment: 'met' }]).ready, true);
  });
});
