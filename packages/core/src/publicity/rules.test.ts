import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { liaisonProblems, share, siteProblems, taskOverdue, taskProblems } from './index.js';

describe('普法 rules', () => {
  it('flags a task overdue only when not done and past its deadline (the deadline day itself is still in time)', () => {
    assert.equal(taskOverdue('inProgress', '2026-06-30', '2026-06-30'), false);
    assert.equal(taskOverdue('inProgress', '2026-06-30', '2026-07-01'), true);
    assert.equal(taskOverdue('done', '2026-06-30', '2026-07-01'), false);
  });
  it('computes a share over the whole base and gives no figure for an empty base', () => {
    assert.equal(share(98, 100), 98);
    assert.equal(share(1, 3), 33.3);
    assert.equal(share(0, 0), null);
  });
  it('asks a done task for its date, and an honour for its level and year', () => {
    assert.deepEqual(
      taskProblems({ state: 'done' }).map((i) => i.path),
      ['completedOn'],
    );
    assert.deepEqual(taskProblems({ state: 'done', completedOn: '2026-05-01' }), []);
    assert.deepEqual(
      siteProblems({ honour: '最受群众欢迎的法治文化阵地' }).map((i) => i.path),
      ['honourLevel'],
    );
    assert.deepEqual(
      liaisonProblems({ appointedOn: '2026-03-01', leftOn: '2026-01-01', trainingHours: 4 }).map((i) => i.path),
      ['leftOn', 'trainingMode'],
    );
  });
});
