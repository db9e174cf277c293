import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addCalendarDays, addWorkingDays, daysBetween, isWorkday, toIsoDate } from './working-days.js';

describe('isWorkday (official Chinese calendar)', () => {
  it('skips ordinary weekends and counts ordinary weekdays', () => {
    assert.equal(isWorkday('2026-03-07'), false); // Saturday
    assert.equal(isWorkday('2026-03-08'), false); // Sunday
    assert.equal(isWorkday('2026-03-09'), true); // Monday
  });

  it('treats the 2026 National Day holiday 10-01..10-07 as days off', () => {
    for (let d = 1; d <= 7; d++) assert.equal(isWorkday(`2026-10-0${d}`), false, `2026-10-0${d}`);
    assert.equal(isWorkday('2026-10-08'), true);
  });

  it('counts the 调休 make-up days around National Day 2026 as working days', () => {
    assert.equal(isWorkday('2026-10-10'), true); // Saturday
    assert.equal(isWorkday('2026-09-20'), true); // Sunday
    assert.equal(isWorkday('2026-10-11'), false); // ordinary Sunday
  });

  it('handles the 2026 Spring Festival: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked', () => {
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23']) assert.equal(isWorkday(d), false, d);
    assert.equal(isWorkday('2026-02-14'), true);
    assert.equal(isWorkday('2026-02-28'), true);
    assert.equal(isWorkday('2026-02-24'), true);
  });
});

describe('addWorkingDays', () => {
  it('skips a weekend', () => {
    assert.equal(addWorkingDays('2026-03-06', 1), '2026-03-09'); // Fri → Mon
  });

  it('lands on the Spring Festival make-up Saturday, then jumps the holiday', () => {
    assert.equal(addWorkingDays('2026-02-13', 1), '2026-02-14');
    assert.equal(addWorkingDays('2026-02-13', 2), '2026-02-24');
    assert.equal(addWorkingDays('2026-02-27', 1), '2026-02-28');
  });

  it('jumps the National Day holiday and counts the make-up Saturday', () => {
    assert.equal(addWorkingDays('2026-09-30', 1), '2026-10-08');
    assert.equal(addWorkingDays('2026-09-30', 3), '2026-10-10');
    assert.equal(addWorkingDays('2026-09-30', 4), '2026-10-12');
  });
});

describe('addCalendarDays / daysBetween', () => {
  it('crosses month and leap-year boundaries', () => {
    assert.equal(addCalendarDays('2026-09-20', 15), '2026-10-05');
    assert.equal(addCalendarDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addCalendarDays('2026-02-28', 1), '2026-03-01');
  });

  it('counts calendar days, negative when the second date is earlier', () => {
    assert.equal(daysBetween('2026-09-20', '2026-10-08'), 18);
    assert.equal(daysBetween('2026-03-01', '2026-02-28'), -1);
    assert.equal(daysBetween('2026-05-05', '2026-05-05'), 0);
    assert.equal(daysBetween('2025-12-31', '2027-01-01'), 366);
  });
});

describe('toIsoDate', () => {
  it('uses Beijing time, not UTC', () => {
    assert.equal(toIsoDate(new Date('2026-01-01T17:00:00Z')), '2026-01-02');
    assert.equal(toIsoDate(new Date('2026-01-01T15:59:59Z')), '2026-01-01');
    assert.equal(toIsoDate(new Date('2026-01-01T16:00:00Z')), '2026-01-02');
  });
});
