import { addCalendarDays, addWorkingDays, type IsoDate } from '../calendar/working-days.js';
import { deadlineRules, documentValidity } from '../calendar/rules.js';
import type { Validity } from './codes.js';
import type { DocumentState } from './workflow.js';

/**
 * The earliest day a public comment period may end: 7 工作日 after its start, or 30 calendar days when the
 * document concerns market entities (rules normativeDocs.publicComment / publicCommentMarket).
 */
export function commentPeriodFloor(startsOn: IsoDate, concernsMarketEntities: boolean): IsoDate {
  const rule = concernsMarketEntities ? deadlineRules['normativeDocs.publicCommentMarket'] : deadlineRules['normativeDocs.publicComment'];
  return rule.unit === 'workingDays' ? addWorkingDays(startsOn, rule.value) : addCalendarDays(startsOn, rule.value);
}

/** Chinese reason why the period is too short, or null when it meets the floor. */
export function commentPeriodProblem(startsOn: IsoDate, endsOn: IsoDate, concernsMarketEntities: boolean): string | null {
  const floor = commentPeriodFloor(startsOn, concernsMarketEntities);
  if (endsOn >= floor) return null;
  return concernsMarketEntities ? `涉及市场主体的文件征求意见期不少于30日，自${startsOn}起最早于${floor}届满` : `征求意见期不少于7个工作日，自${startsOn}起最早于${floor}届满`;
}

/** 暂行 and 试行 documents have the shorter validity. */
export function isProvisional(title: string, provisionalFlag: boolean): boolean {
  return provisionalFlag || /暂行|试行/.test(title);
}

/** Last day of validity: effective + 5 years (2 for 暂行/试行) − 1 day (documentValidity, district settings). */
export function documentExpiry(effectiveOn: IsoDate, provisional: boolean): IsoDate {
  const years = provisional ? documentValidity.provisionalYears : documentValidity.years;
  const [y, m, d] = effectiveOn.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls a missing 29 February over to 1 March, so the period then runs to 28 February.
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  return addCalendarDays(anniversary.toISOString().slice(0, 10), -1);
}

/** The day the evaluation before expiry is due to start (6 months before expiry). */
export function evaluationDueOn(expiresOn: IsoDate): IsoDate {
  const [y, m, d] = expiresOn.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1 - documentValidity.evaluateMonthsBefore, 1));
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(d, lastDay));
  return back.toISOString().slice(0, 10);
}

const beforeSigning: readonly DocumentState[] = ['proposed', 'drafting', 'publicComment', 'underReview', 'deliberated'];

/** What the list and detail show as the document's legal force. */
export function validityOf(doc: { state: DocumentState; registrationNumber: string | null }): Validity {
  if (doc.state === 'notNormative') return 'notNormative';
  if (beforeSigning.includes(doc.state)) return 'inProgress';
  if (!doc.registrationNumber) return 'unregistered';
  switch (doc.state) {
    case 'inForce':
      return 'valid';
    case 'amended':
      return 'superseded';
    case 'repealed':
      return 'repealed';
    case 'expired':
      return 'expired';
    default:
      return 'notInForce';
  }
}
