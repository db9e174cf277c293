import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewCreateSchema, reviewDueOn } from './contract.js';
import { dueAfterPause, extensionLimit, reviewTransitionProblems, workingDaysBetween, type ReviewFacts } from './workflow.js';

const facts = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({
  state: 'reviewing',
  subjectKind: 'contract',
  receivedOn: '2026-09-21',
  dueOn: '2026-09-29',
  pausedWorkingDays: 0,
  supplementRequestedOn: null,
  adopted: null,
  adviserTookPart: false,
  ...over,
});

describe('legal review rules', () => {
  it('counts due dates in working days across 中秋 and 国庆 (with the 调休 Saturday)', () => {
    assert.equal(reviewDueOn('contract', '2026-09-21'), '2026-09-29');
    assert.equal(reviewDueOn('majorDecision', '2026-09-28'), '2026-10-13');
    assert.equal(workingDaysBetween('2026-09-28', '2026-10-09'), 4);
    assert.deepEqual(dueAfterPause('2026-09-29', '2026-09-28', '2026-10-09'), { dueOn: '2026-10-10', paused: 4 });
    assert.deepEqual(dueAfterPause('2026-09-29', '2026-09-30', '2026-09-30'), { dueOn: '2026-09-29', paused: 0 });
  });

  it('limits a document extension to 15 working days from receipt, plus paused days', () => {
    assert.equal(extensionLimit({ receivedOn: '2026-11-02', pausedWorkingDays: 0 }), '2026-11-23');
    assert.equal(extensionLimit({ receivedOn: '2026-11-02', pausedWorkingDays: 2 }), '2026-11-25');
    const doc = facts({ subjectKind: 'normativeDocument', receivedOn: '2026-11-02', dueOn: '2026-11-09' });
    assert.deepEqual(reviewTransitionProblems('extend', doc, { extendedDueOn: '2026-11-23' }), []);
    assert.match(reviewTransitionProblems('extend', doc, { extendedDueOn: '2026-11-24' })[0]!, /最长不超过15个工作日/);
    assert.match(reviewTransitionProblems('extend', doc, { extendedDueOn: '2026-11-06' })[0]!, /应晚于现审核期限/);
  });

  it('names the missing step when a conclusion comes too early or without an adviser on a decision', () => {
    assert.match(reviewTransitionProblems('conclude', facts({ state: 'received' }), { opinion: 'lawful' })[0]!, /尚未开始审核/);
    assert.match(reviewTransitionProblems('conclude', facts({ state: 'supplementing' }), { opinion: 'lawful' })[0]!, /补充材料尚未补齐/);
    assert.match(reviewTransitionProblems('conclude', facts(), {})[0]!, /尚未选择审核意见/);
    assert.match(reviewTransitionProblems('conclude', facts({ subjectKind: 'majorDecision' }), { opinion: 'lawful', concludedOn: '2026-10-13' })[0]!, /法律顾问或公职律师/);
    assert.deepEqual(reviewTransitionProblems('conclude', facts({ subjectKind: 'majorDecision' }), { opinion: 'lawful', concludedOn: '2026-10-13', adviserNames: '吴律师' }), []);
    assert.match(reviewTransitionProblems('recordAdoption', facts({ state: 'concluded', adopted: true }), { adopted: false })[0]!, /已登记/);
  });

  it('refuses a decision due date earlier than the 7-working-day floor, and a due date for other kinds', () => {
    const base = { subjectKind: 'majorDecision', subjectId: crypto.randomUUID(), orgUnitId: crypto.randomUUID(), receivedOn: '2026-09-28' };
    const early = reviewCreateSchema.safeParse({ ...base, dueOn: '2026-10-12' });
    assert.equal(early.success, false);
    assert.deepEqual(early.error?.issues.map((i) => i.path.join('.')), ['dueOn']);
    assert.equal(reviewCreateSchema.safeParse({ ...base, dueOn: '2026-10-13' }).success, true);
    const contract = reviewCreateSchema.safeParse({ subjectKind: 'contract', title: '合同', orgUnitId: base.orgUnitId, receivedOn: '2026-09-28', dueOn: '2026-12-01' });
    assert.deepEqual(contract.error?.issues.map((i) => i.path.join('.')), ['dueOn']);
    const unlinked = reviewCreateSchema.safeParse({ subjectKind: 'normativeDocument', orgUnitId: base.orgUnitId, receivedOn: '2026-09-28' });
    assert.deepEqual(unlinked.error?.issues.map((i) => i.path.join('.')), ['subjectId']);
  });
});
