import { addCalendarDays } from '../calendar/working-days.js';

/** Days before a contract ends at which a reminder is raised (district setting). */
export const expiryNoticeDays = 30;

export type EngagementState = 'pending' | 'inForce' | 'expiring' | 'expired';
export type PublicLawyerState = 'valid' | 'assessmentDue' | 'incompetent' | 'left' | 'revoked';

/** 在聘 / 即将到期 (within expiryNoticeDays of the end) / 已到期, from the contract period and today. */
export function engagementState(startOn: string, endOn: string, today: string): EngagementState {
  if (today < startOn) return 'pending';
  if (today > endOn) return 'expired';
  return endOn <= addCalendarDays(today, expiryNoticeDays) ? 'expiring' : 'inForce';
}

/** Last day (MM-DD) by which the previous year's 年度考核 is to be on file: a district setting. */
export const assessmentDeadline = '03-31';

/** The year whose 年度考核 must be on file on `today`: last year after 31 March, otherwise the year before. */
export function dueAssessmentYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) > assessmentDeadline ? year - 1 : year - 2;
}

export type PublicLawyerFacts = { certificateIssuedOn: string; leftOn?: string | null; revokedOn?: string | null; assessmentYear?: number | null; assessmentResult?: string | null };

/**
 * 已注销 (on or before today) > 已离岗 (awaiting 注销) > 考核不称职 (the latest 年度考核) > 待年度考核 (the due year's
 * missing, for a certificate issued by that year's end) > 在岗. A 公职律师证 does not expire: only 注销 ends it.
 */
export function publicLawyerState(p: PublicLawyerFacts, today: string): PublicLawyerState {
  if (p.revokedOn && p.revokedOn <= today) return 'revoked';
  if (p.leftOn && p.leftOn <= today) return 'left';
  if (p.assessmentResult === 'incompetent') return 'incompetent';
  const due = dueAssessmentYear(today);
  if (Number(p.certificateIssuedOn.slice(0, 4)) <= due && (p.assessmentYear ?? 0) < due) return 'assessmentDue';
  return 'valid';
}

/** The day a "30 days before" reminder becomes due. */
export function reminderDay(endOn: string): string {
  return addCalendarDays(endOn, -expiryNoticeDays);
}
