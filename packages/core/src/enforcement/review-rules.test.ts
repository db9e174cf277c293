import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileScore, gradeOf, reviewerScore } from './review-rules.js';

const rubric = [
  { id: 'v', group: 'veto', maxDeduction: 0 },
  { id: 'f1', group: 'form', maxDeduction: 4 },
  { id: 'f2', group: 'form', maxDeduction: 20 },
  { id: 's1', group: 'substance', maxDeduction: 20 },
];

describe('案卷评查 rubric scoring', () => {
  it('100 less deductions; an item deducts at most its ceiling; a group stops at 0', () => {
    assert.deepEqual(reviewerScore(rubric, []), { score: 100, vetoed: false });
    assert.equal(
      reviewerScore(rubric, [
        { itemId: 'f1', deduction: 3 },
        { itemId: 's1', deduction: 5 },
      ]).score,
      92,
    );
    assert.equal(reviewerScore(rubric, [{ itemId: 'f1', deduction: 9 }]).score, 96, 'capped at the item’s 4 points');
    assert.equal(
      reviewerScore(rubric, [
        { itemId: 'f1', deduction: 4 },
        { itemId: 'f2', deduction: 20 },
      ]).score,
      80,
      'form loses its 20 at most',
    );
  });

  it('a veto item fails the file outright', () => {
    assert.deepEqual(reviewerScore(rubric, [{ itemId: 'v', deduction: 0, vetoed: true }]), { score: 0, vetoed: true });
    assert.equal(gradeOf(0), 'failed');
  });

  it('mean: set once every assigned reviewer scored; a majority veto gives 0', () => {
    const a = { score: 92, vetoed: false, scores: [{ itemId: 's1', deduction: 8 }] };
    const b = { score: 87, vetoed: false, scores: [{ itemId: 's1', deduction: 13 }] };
    const veto = { score: 0, vetoed: true, scores: [{ itemId: 'v', deduction: 0, vetoed: true }] };
    assert.equal(fileScore('mean', 2, [a]), null, 'waiting for the second reviewer');
    assert.equal(fileScore('mean', 2, [a, b]), 89.5);
    assert.equal(fileScore('mean', 2, [veto, veto]), 0);
    assert.equal(fileScore('mean', 3, [a, b, veto]), 59.7, 'a minority veto counts as its 0 in the mean');
  });

  it('consensus: only when the reviewers gave the same deductions item by item', () => {
    const a = {
      score: 92,
      vetoed: false,
      scores: [
        { itemId: 's1', deduction: 8 },
        { itemId: 'f1', deduction: 0 },
      ],
    };
    const same = { score: 92, vetoed: false, scores: [{ itemId: 's1', deduction: 8 }] };
    const sameTotal = {
      score: 92,
      vetoed: false,
      scores: [
        { itemId: 'f1', deduction: 4 },
        { itemId: 's1', deduction: 4 },
      ],
    };
    assert.equal(fileScore('consensus', 2, [a, same]), 92);
    assert.equal(fileScore('consensus', 2, [a, sameTotal]), null, 'the same total on different items is not agreement');
  });

  it('grades: 优秀 from 90, 合格 from 60', () => {
    assert.equal(gradeOf(90), 'excellent');
    assert.equal(gradeOf(89.5), 'passed');
    assert.equal(gradeOf(60), 'passed');
    assert.equal(gradeOf(59.5), 'failed');
    assert.equal(gradeOf(null), null);
  });
});
