import { dueDate, type DeadlineRule } from '../calendar/deadlines.js';

/**
 * Time limits of an 执法案件. 行政处罚法 第85条: its "二日、三日、五日、七日" are working days; longer periods are
 * calendar days, moved past a holiday at the end (dueDate).
 */
export const caseDeadlineRules = {
  /** 行政处罚法 第60条: decide within 90 days of 立案 (ceiling); an extension approved under a special rule adds days. */
  decision: { key: 'enforcement.caseDecision', label: '作出行政处罚决定', value: 90, unit: 'calendarDays', status: 'law', source: '行政处罚法第60条' },
  /** 国办发〔2018〕118号: 许可 and 处罚 decisions disclosed within 7 working days (ceiling). */
  disclosurePenaltyLicence: { key: 'enforcement.disclosure7', label: '公示行政许可、行政处罚决定', value: 7, unit: 'workingDays', status: 'law', source: '国办发〔2018〕118号' },
  /** 国办发〔2018〕118号: other decisions within 20 working days (ceiling). */
  disclosureOther: { key: 'enforcement.disclosure20', label: '公示其他执法决定', value: 20, unit: 'workingDays', status: 'law', source: '国办发〔2018〕118号' },
  /** 行政处罚法 第48条 (3 days) with 第85条 (working days): withdraw the disclosure after the decision changes. */
  withdrawal: { key: 'enforcement.withdrawal', label: '撤回已公示的处罚决定信息', value: 3, unit: 'workingDays', status: 'law', source: '行政处罚法第48条、第85条' },
} as const satisfies Record<string, DeadlineRule>;

/** Item kinds whose decisions fall under the 7-working-day window. */
export const sevenDayKinds: readonly string[] = ['penalty', 'licence'];

/** Last day to decide: 90 calendar days from 立案 plus any approved extension (第60条). */
export function decisionDueOn(filedOn: string, extensionDays = 0): string {
  return dueDate(filedOn, { value: caseDeadlineRules.decision.value + extensionDays, unit: 'calendarDays' });
}

/** Last day to disclose a decision: 7 working days for 许可/处罚, 20 for the rest (118号). */
export function disclosureDueOn(itemKind: string, decidedOn: string): string {
  return dueDate(decidedOn, sevenDayKinds.includes(itemKind) ? caseDeadlineRules.disclosurePenaltyLicence : caseDeadlineRules.disclosureOther);
}

/** Last day to withdraw a disclosure after the decision was changed or revoked (第48条). */
export function withdrawalDueOn(changedOn: string): string {
  return dueDate(changedOn, caseDeadlineRules.withdrawal);
}

export type CaseDates = {
  itemKind: string;
  filedOn: string;
  extensionDays?: number | null;
  decidedOn?: string | null;
  disclosedOn?: string | null;
  changedOn?: string | null;
  withdrawnOn?: string | null;
};

/** The derived due dates of a case, null where the step that starts the clock has not happened. */
export function caseDueDates(c: CaseDates) {
  return {
    decisionDueOn: decisionDueOn(c.filedOn, c.extensionDays ?? 0),
    disclosureDueOn: c.decidedOn ? disclosureDueOn(c.itemKind, c.decidedOn) : null,
    withdrawalDueOn: c.changedOn && c.disclosedOn ? withdrawalDueOn(c.changedOn) : null,
  };
}

/** On time when done by its due day; late when done after it, or not done and `today` is past it; null while the clock is not running or not yet due. */
export function onTime(doneOn: string | null | undefined, dueOn: string | null, today: string): boolean | null {
  if (!dueOn) return null;
  if (doneOn) return doneOn <= dueOn;
  return today > dueOn ? false : null;
}

/** The stage a case has reached, from its dates (never entered). */
export function caseStage(c: CaseDates): 'investigating' | 'decided' | 'disclosed' | 'withdrawn' {
  if (c.withdrawnOn) return 'withdrawn';
  if (c.disclosedOn) return 'disclosed';
  if (c.decidedOn) return 'decided';
  return 'investigating';
}

/**
 * How long a disclosed decision stays on the portal: local practice (domain-research §1.3, a Hebei rule) is 5 years,
 * 2 for a natural person; a district setting.
 */
export const disclosureYears = { organisation: 5, person: 2 } as const;

/** A natural person's name on the portal: the surname only. */
export function maskPartyName(partyKind: string, name: string): string {
  return partyKind === 'person' ? `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}` : name;
}
