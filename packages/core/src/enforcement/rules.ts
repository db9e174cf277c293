/**
 * 行政执法证号 as this platform checks it: "37" (山东省 administrative division prefix), the 4-digit rest of the issuing
 * 市/县 division code, then a 5-digit sequence — 11 digits. The current Shandong numbering rule was not found in a
 * published source (see domain-research §1.6), so the pattern is a district setting: change it here, not in the forms.
 */
export const enforcementCertificatePattern = /^37\d{4}\d{5}$/;
export const enforcementCertificateFormat = '11位数字，以37开头（省代码37＋市县代码4位＋顺序号5位）';
/** 监督证 and 听证主持人证 numbers follow local practice: letters and digits. */
export const otherCertificatePattern = /^[0-9A-Z]{6,30}$/;

export function isValidCertificateNumber(kind: string, number: string): boolean {
  return (kind === 'enforcement' ? enforcementCertificatePattern : otherCertificatePattern).test(number);
}

export type CertificateStatus = 'valid' | 'reviewDue' | 'suspended' | 'revoked';
export type ReviewRecord = { year: number; result: string };

/** Last day (MM-DD) of the 年审 window for the previous year's certificates: a district setting. */
export const reviewDeadline = '03-31';

/**
 * The year whose 年审 a certificate must have passed on `today`: the previous year once the window has closed
 * (after 31 March), otherwise the year before that. Only certificates issued on or before that year's end are due.
 */
export function dueReviewYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) > reviewDeadline ? year - 1 : year - 2;
}

/**
 * 注销 (revoked on or before today) > 暂扣 > 待年审 (no 合格 年审 for the due year, for a certificate issued by that
 * year's end — 不合格 and 未参加 do not count) > 有效.
 */
export function certificateStatus(c: { issuedOn: string; revokedOn?: string | null; suspended?: boolean | null }, reviews: readonly ReviewRecord[], today: string): CertificateStatus {
  if (c.revokedOn && c.revokedOn <= today) return 'revoked';
  if (c.suspended) return 'suspended';
  const due = dueReviewYear(today);
  if (Number(c.issuedOn.slice(0, 4)) <= due && !reviews.some((r) => r.year === due && r.result === 'passed')) return 'reviewDue';
  return 'valid';
}

/**
 * 每人每年不少于60学时 (a floor per officer per calendar year). Source found: the Qingdao plan quoted in
 * domain-research §1.6 (https://www.guanhai.com.cn/p/176444.html); the national text it comes from (法治政府建设实施纲要
 * 2021–2025 / 司法部 rules) was not found, so the figure is kept as a setting.
 */
export const annualTrainingHours = 60;

/** The months (1–12) in which the shortfall job warns: November and December leave time to catch up before 31 Dec. */
export const trainingWarningMonths = [11, 12] as const;

/** Whether `today` falls in the warning window and an officer with `hours` this year is short of the floor. */
export function trainingShortfall(today: string, hours: number): boolean {
  const month = Number(today.slice(5, 7));
  return (trainingWarningMonths as readonly number[]).includes(month) && hours < annualTrainingHours;
}

/** 市场主体免于或减轻处罚: each entity once, by its 统一社会信用代码 (upper-cased), whatever the number of decisions. */
export function distinctEntities(decisions: readonly { creditCode: string }[]): number {
  return new Set(decisions.map((d) => d.creditCode.trim().toUpperCase())).size;
}

/** A 委托 is in force from its start to its end inclusive; an entrusted body past its end is flagged. */
export function entrustmentState(kind: string, endOn: string | null | undefined, today: string): 'none' | 'inForce' | 'expired' {
  if (kind !== 'entrusted' || !endOn) return 'none';
  return today > endOn ? 'expired' : 'inForce';
}
