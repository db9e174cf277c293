import { addCalendarDays } from '../calendar/working-days.js';
import type { DeadlineRule } from '../calendar/deadlines.js';
import { memberPositions } from './codes.js';

/**
 * 司法确认: both parties apply jointly "自调解协议生效之日起三十日内" (人民调解法 第33条; 民事诉讼法 第205条 as
 * revised 2023). A window of calendar days; a period counted in days starts the next day (民法典 第201条), so the
 * last day is the effective date + 30.
 */
export const judicialConfirmationRule: DeadlineRule = {
  key: 'mediation.judicialConfirmation',
  label: '申请司法确认',
  value: 30,
  unit: 'calendarDays',
  status: 'law',
  source: '《人民调解法》第三十三条；《民事诉讼法》第二百零五条：自调解协议生效之日起三十日内',
};

/** Days before the window closes at which the job reminds (district setting). */
export const confirmationNoticeDays = 7;

/** Last day on which a 司法确认 application is in time. */
export function confirmationDueOn(agreementEffectiveOn: string): string {
  return addCalendarDays(agreementEffectiveOn, judicialConfirmationRule.value);
}

/** Why an application on `appliedOn` is outside the window (empty when in time). */
export function confirmationWindowProblems(agreementEffectiveOn: string, appliedOn: string): string[] {
  if (appliedOn < agreementEffectiveOn) return ['申请司法确认日期不能早于调解协议生效日期'];
  const due = confirmationDueOn(agreementEffectiveOn);
  return appliedOn > due ? [`申请司法确认应在调解协议生效之日起三十日内（截至${due}）提出（人民调解法第三十三条）`] : [];
}

/** 第8条: 委员三至九人; 第9条: 委员每届任期三年. */
export const committeeSize = { min: 3, max: 9 } as const;
export const termYears = 3;

/** Last day of a three-year term that starts on `startOn`. */
export function termEndOn(startOn: string): string {
  const [y, m, d] = startOn.split('-');
  return addCalendarDays(`${Number(y) + termYears}-${m}-${d === '29' && m === '02' ? '28' : d}`, -1);
}

export type CommitteeMember = { gender: string; position: string };

/** The committee's composition against 第8条: three to nine members, at least one woman (委员, not hired mediators). */
export function compositionProblems(roster: readonly CommitteeMember[]): string[] {
  const members = roster.filter((m) => memberPositions.includes(m.position));
  const problems: string[] = [];
  if (members.length < committeeSize.min) problems.push(`委员${members.length}人，少于三人（人民调解法第八条）`);
  if (members.length > committeeSize.max) problems.push(`委员${members.length}人，多于九人（人民调解法第八条）`);
  if (!members.some((m) => m.gender === 'female')) problems.push('委员中没有妇女成员（人民调解法第八条）');
  if (members.filter((m) => m.position === 'director').length !== 1) problems.push('应设主任一人（人民调解法第八条）');
  return problems;
}
