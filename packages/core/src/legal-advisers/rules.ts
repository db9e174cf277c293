import { addCalendarDays } from '../calendar/working-days.js';

/** Days before a contract or certificate ends at which a reminder is raised (district setting). */
export const expiryNoticeDays = 30;

export type EngagementState = 'pending' | 'inForce' | 'expiring' | 'expired';
export type CertificateState = 'valid' | 'expiring' | 'expired' | 'left';

/** 在聘 / 即将到期 (within expiryNoticeDays of the end) / 已到期, from the contract period and today. */
export function engagementState(startOn: string, endOn: string, today: string): EngagementState {
  if (today < startOn) return 'pending';
  if (today > endOn) return 'expired';
  return endOn <= addCalendarDays(today, expiryNoticeDays) ? 'expiring' : 'inForce';
}

export function certificateState(expiresOn: string, leftOn: string | null | undefined, today: string): CertificateState {
  if (leftOn && leftOn <= today) return 'left';
  if (today > expiresOn) return 'expired';
  return expiresOn <= addCalendarDays(today, expiryNoticeDays) ? 'expiring' : 'valid';
}

/** The day a "30 days before" reminder becomes due. */
export function reminderDay(endOn: string): string {
  return addCalendarDays(endOn, -expiryNoticeDays);
}
