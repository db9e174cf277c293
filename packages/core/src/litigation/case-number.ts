import { dueDate } from '../calendar/deadlines.js';
import { deadlineRules } from '../calendar/rules.js';
import { decisionKindOf, isAppealable } from './codes.js';

/**
 * 案号 of an administrative case (《关于人民法院案件案号的若干规定》): （年度）法院代字 类型代字 序号 号, e.g.
 * （2024）鲁0891行初12号 — the court code is the province's abbreviation and the court's digits (鲁 高院, 鲁08 中院,
 * 鲁0891 基层院), or 最高法. 行赔 marks a 行政赔偿 case.
 */
const pattern = /^[（(]((?:19|20)\d{2})[）)](最高法|[\u4e00-\u9fa5]\d{0,4})(行赔|行)(初|终|申|再)(\d{1,6})号$/;

const instanceOfType = { 初: 'first', 终: 'second', 申: 'retrialReview', 再: 'retrial' } as const;
const typeOfInstance: Record<string, string> = { first: '初', second: '终', retrialReview: '申', retrial: '再' };

export type ParsedCaseNumber = { year: number; courtCode: string; type: string; compensation: boolean; instance: (typeof instanceOfType)[keyof typeof instanceOfType]; number: number };

export const caseNumberExample = '（2024）鲁0891行初12号';
export const caseNumberMessage = `案号格式应为“${caseNumberExample}”（年度、法院代字、行初/行终/行申/行再、序号）`;

/** Year, court code, type and number of a 案号, or null when it is not an administrative case number. */
export function parseCaseNumber(text: string): ParsedCaseNumber | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  const [, year, courtCode, prefix, kind, number] = m as unknown as [string, string, string, '行' | '行赔', keyof typeof instanceOfType, string];
  return { year: Number(year), courtCode, type: `${prefix}${kind}`, compensation: prefix === '行赔', instance: instanceOfType[kind], number: Number(number) };
}

/** Why a 案号 does not fit the 审级 it is recorded for (一审 needs 行初, 二审 行终 …), or null. */
export function caseNumberMismatch(text: string, instance: string): string | null {
  const parsed = parseCaseNumber(text);
  if (!parsed) return caseNumberMessage;
  const want = typeOfInstance[instance];
  return want && parsed.instance !== instance ? `该审级的案号类型应为“行${want}”，所填为“${parsed.type}”` : null;
}

/**
 * Last day to appeal (《行政诉讼法》第85条): a window that opens on the day the 判决书 or 裁定书 is served and closes
 * 15 days (判决) or 10 days (裁定) later, moved past holidays. Null when nothing can be appealed (调解书, 准予撤诉)
 * or the service date is not known.
 */
export function appealDueOn(outcome: string | null | undefined, servedOn: string | null | undefined, instance = 'first'): string | null {
  if (!servedOn || !outcome || instance === 'second' || !isAppealable(outcome)) return null;
  const rule = decisionKindOf(outcome) === 'ruling' ? deadlineRules['litigation.appealRuling'] : deadlineRules['litigation.appealJudgment'];
  return dueDate(servedOn, rule);
}
