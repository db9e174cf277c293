import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeRule, dueDate } from './deadlines.js';
import { deadlineRules } from './rules.js';

const defence = deadlineRules['litigation.defenceDue'];

describe('dueDate', () => {
  it('defence is due 15 calendar days after receipt when that day is a working day', () => {
    assert.equal(dueDate('2026-03-02', defence), '2026-03-17');
  });

  it('moves a deadline ending in the National Day holiday to the first working day after it', () => {
    // 2026-09-20 + 15 = 2026-10-05, inside 10-01..10-07
    assert.equal(dueDate('2026-09-20', defence), '2026-10-08');
  });

  it('moves a deadline ending on a weekend to Monday, but keeps a 调休 Saturday', () => {
    assert.equal(dueDate('2026-02-22', { value: 13, unit: 'calendarDays' }), '2026-03-09'); // Sat 03-07 → Mon 03-09
    assert.equal(dueDate('2026-09-25', { value: 15, unit: 'calendarDays' }), '2026-10-10'); // 调休 Saturday stays
    assert.equal(dueDate('2026-02-13', { value: 15, unit: 'calendarDays' }), '2026-02-28');
  });

  it('counts only working days for a working-day rule', () => {
    assert.equal(dueDate('2026-09-30', { value: 3, unit: 'workingDays' }), '2026-10-10');
    assert.equal(dueDate('2026-02-13', { value: 5, unit: 'workingDays' }), '2026-02-27');
  });

  it('appeal against a ruling is 10 days', () => {
    assert.equal(dueDate('2026-03-02', deadlineRules['litigation.appealRuling']), '2026-03-12');
  });
});

describe('describeRule', () => {
  it('renders the rule in Chinese with its source', () => {
    assert.equal(describeRule(defence), `提交答辩状及证据：15日（${defence.source}）`);
    assert.equal(describeRule({ key: 'x', label: '回复', value: 5, unit: 'workingDays', status: 'setting', source: '本地规定' }), '回复：5个工作日（本地规定）');
  });
});
