import chineseDays from 'chinese-days';

/** A calendar date as 'YYYY-MM-DD' (no time zone: legal deadlines are counted in whole days, Beijing time). */
export type IsoDate = string;

const { isWorkday: isWorkdayRaw } = chineseDays;

export function isWorkday(date: IsoDate): boolean {
  return isWorkdayRaw(date);
}

export function toIsoDate(d: Date): IsoDate {
  // Beijing time (UTC+8, no daylight saving): the day an officer sees on the wall calendar.
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The n-th working day after `date` (n ≥ 1), skipping weekends and official holidays, counting 调休 make-up days. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  let day = date;
  let left = n;
  // Bounded: no run of non-working days in the calendar is longer than a few weeks.
  for (let guard = 0; left > 0; guard++) {
    if (guard > n * 7 + 60) throw new Error(`cannot count ${n} working days from ${date}`);
    day = addCalendarDays(day, 1);
    if (isWorkday(day)) left--;
  }
  return day;
}

/** Calendar days from a to b (b − a); negative when b is before a. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
