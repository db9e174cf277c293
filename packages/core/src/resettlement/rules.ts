import { addCalendarDays } from '../calendar/working-days.js';
import type { FieldIssue } from '../register/rules.js';

/**
 * 帮教期: five years from release for a person released from prison (practice under 中办发〔2010〕5号 and the
 * provinces' 安置帮教 rules; a window, not a deadline). The district may set another length per person.
 */
export const helpPeriodYears = 5;

/** The last day of the 帮教期: the day before the same date `years` later. */
export function helpEndOn(releasedOn: string, years = helpPeriodYears): string {
  const y = Number(releasedOn.slice(0, 4)) + years;
  const later = `${y}${releasedOn.slice(4)}`;
  // 29 February released: the period ends on 28 February of a common year.
  const real = Number.isNaN(Date.parse(later)) || new Date(`${later}T00:00:00Z`).toISOString().slice(0, 10) !== later ? `${y}-02-28` : addCalendarDays(later, -1);
  return real;
}

/** 在帮教 on `day`: released on or before it, not past the end of the period. */
export function inHelpPeriod(releasedOn: string, endOn: string, day: string): boolean {
  return releasedOn <= day && day <= endOn;
}

/** A person's record is refused when its dates or its 安置/衔接 facts contradict each other. */
export function personProblems(p: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const released = typeof p.releasedOn === 'string' ? p.releasedOn : null;
  if (typeof p.handoverOn === 'string' && released && p.handoverOn < released) issues.push({ path: 'handoverOn', message: '衔接日期不能早于释放日期' });
  if (p.handoverOn && !p.handoverMode) issues.push({ path: 'handoverMode', message: '已衔接的须选择衔接方式' });
  if (p.handoverMode && !p.handoverOn) issues.push({ path: 'handoverOn', message: '选择了衔接方式的须填写衔接日期' });
  if (p.handoverMode === 'escorted' && typeof p.handoverOn === 'string' && released && p.handoverOn !== released) issues.push({ path: 'handoverOn', message: '必接必送的衔接日期应为释放当日' });
  if (typeof p.noticeReceivedOn === 'string' && released && p.noticeReceivedOn > addCalendarDays(released, 365))
    issues.push({ path: 'noticeReceivedOn', message: '通知书收到日期与释放日期相距过远，请核对' });
  if (p.placementKind && p.placementKind !== 'none' && !p.placedOn) issues.push({ path: 'placedOn', message: '已安置的须填写安置日期' });
  if (typeof p.placedOn === 'string' && released && p.placedOn < released) issues.push({ path: 'placedOn', message: '安置日期不能早于释放日期' });
  return issues;
}
