import { addWorkingDays, type IsoDate } from '../calendar/working-days.js';

/**
 * 协助核查 answer deadline: a ceiling of N working days from the request. No national rule fixes N
 * (国办发〔2020〕42号 三(二) only asks 核查 to be 及时); it is the district's setting, 5 个工作日 by default.
 */
export const verificationDeadline = { workingDays: 5 } as const;

export function verificationDueOn(requestedOn: IsoDate, workingDays: number = verificationDeadline.workingDays): IsoDate {
  return addWorkingDays(requestedOn, workingDays);
}

/** Answered on time: an answer on or before the due date. Unanswered requests past due count as late. */
export function answeredOnTime(dueOn: IsoDate, answeredOn: IsoDate | null): boolean {
  return answeredOn !== null && answeredOn <= dueOn;
}

export type MonthlyFigures = { month: string; eLicenseServices: number; crossProvinceItems: number; crossProvinceCases: number };

/**
 * The year's figures from monthly entries: 电子证照应用事项 and 跨省通办事项 are stocks (the latest month's value
 * per unit, summed over units); 跨省通办办件量 is a flow (the sum of the months).
 */
export function yearFigures(entries: (MonthlyFigures & { orgUnitId: string })[]) {
  const latest = new Map<string, MonthlyFigures>();
  let cases = 0;
  for (const e of entries) {
    cases += e.crossProvinceCases;
    const seen = latest.get(e.orgUnitId);
    if (!seen || seen.month < e.month) latest.set(e.orgUnitId, e);
  }
  let services = 0;
  let items = 0;
  for (const l of latest.values()) {
    services += l.eLicenseServices;
    items += l.crossProvinceItems;
  }
  return { eLicenseServices: services, crossProvinceItems: items, crossProvinceCases: cases };
}
