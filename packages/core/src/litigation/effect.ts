import { addCalendarDays } from '../calendar/working-days.js';
import { dueDate } from '../calendar/deadlines.js';
import { deadlineRules } from '../calendar/rules.js';
import { isAppealable } from './codes.js';

/**
 * The day the decision in force takes effect (生效), or null while it cannot (pending, appealed, 发回重审, not yet served).
 * - 一审 判决/裁定 not appealed: the day after the appeal window closes (第85条: 逾期不提起上诉的…发生法律效力). Only the
 *   organ's own 送达 is recorded; another party served later keeps the window open longer, which this cannot see.
 * - 二审: final at once (第7条 两审终审), from its 送达 or, when that is not recorded, the judgment date.
 * - 调解书 and 准予撤诉/按撤诉处理 (no appeal): from 送达, or the decision date.
 */
export function effectiveOn(row: { state?: unknown; instance?: unknown; outcome?: unknown; closedOn?: unknown; servedOn?: unknown; appealDueOn?: unknown }): string | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const outcome = str(row.outcome);
  if (!outcome || outcome === 'remanded' || (row.state !== 'closed' && row.state !== 'archived')) return null;
  if (row.instance !== 'second' && isAppealable(outcome)) {
    const due = str(row.appealDueOn);
    return due ? addCalendarDays(due, 1) : null;
  }
  return str(row.servedOn) ?? str(row.closedOn);
}

/**
 * Last day for the 被上诉人's answer (法释〔2018〕1号 第108条): 15 days from receiving the copy of the 上诉状 — a ceiling,
 * though an answer not filed does not stop the 二审 (unlike 第67条's defence, no evidence is lost by it).
 */
export function appealAnswerDueOn(copyReceivedOn: string | null | undefined): string | null {
  return copyReceivedOn ? dueDate(copyReceivedOn, deadlineRules['litigation.appealAnswerDue']) : null;
}
