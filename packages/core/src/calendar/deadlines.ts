import { addCalendarDays, addWorkingDays, isWorkday, type IsoDate } from './working-days.js';

export type DeadlineUnit = 'calendarDays' | 'workingDays';

/** A statutory or local time limit. `law` rules cite their source; `setting` rules a district may change. */
export type DeadlineRule = {
  key: string;
  label: string;
  value: number;
  unit: DeadlineUnit;
  status: 'law' | 'setting';
  source: string;
};

/**
 * The last day to act. Calendar-day periods that end on a non-working day move to the next working day
 * (行政诉讼法 art.101 → 民事诉讼法 art.85: 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期).
 */
export function dueDate(start: IsoDate, rule: Pick<DeadlineRule, 'value' | 'unit'>): IsoDate {
  if (rule.unit === 'workingDays') return addWorkingDays(start, rule.value);
  let end = addCalendarDays(start, rule.value);
  for (let guard = 0; !isWorkday(end); guard++) {
    if (guard > 60) throw new Error(`no working day after ${end}`);
    end = addCalendarDays(end, 1);
  }
  return end;
}

export const unitLabels: Record<DeadlineUnit, string> = { calendarDays: '日', workingDays: '个工作日' };

export function describeRule(rule: DeadlineRule): string {
  return `${rule.label}：${rule.value}${unitLabels[rule.unit]}（${rule.source}）`;
}
