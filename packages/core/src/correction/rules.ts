import type { DeadlineRule } from '../calendar/deadlines.js';
import { addCalendarDays, daysBetween, type IsoDate } from '../calendar/working-days.js';
import type { FieldIssue } from '../register/rules.js';
import { isRealDate as isDay } from '../validators/zod.js';

const isRealDate = (v: unknown): v is string => typeof v === 'string' && isDay(v);

/** Time limits of 社区矫正 as data, with unit, status and source (domain-research §1.11). */
export const correctionRules = {
  /** 第21条: window — the subject reports within 10 days of the judgment taking effect (ceiling, calendar days). */
  report: { key: 'correction.report', label: '社区矫正对象报到', value: 10, unit: 'calendarDays', status: 'law', source: '《社区矫正法》第二十一条：判决、裁定生效之日起十日内报到' },
  /** 第20条: ceiling — the decision organ sends the documents within 10 days of the decision taking effect. */
  documents: { key: 'correction.documents', label: '送达法律文书', value: 10, unit: 'calendarDays', status: 'law', source: '《社区矫正法》第二十条：判决、裁定生效之日起十日内送达' },
  /** 实施办法 (2020): 调查评估 answered within 10 working days of the court's request (ceiling; article not checked here). */
  assessment: { key: 'correction.assessment', label: '调查评估意见', value: 10, unit: 'workingDays', status: 'law', source: '《社区矫正法实施办法》（2020）：收到调查评估委托之日起十个工作日内' },
} as const satisfies Record<string, DeadlineRule>;

/** 第29条: ceiling — each approval of 电子定位 lasts at most 3 months; a renewal is a new approval of ≤ 3 months. */
export const monitoringMaxMonths = 3;
/** 实施办法 (2020) 第26–27条: ≤ 7 days the 司法所 approves, longer the county agency; ≤ 30 days per approval (ceilings). */
export const leaveOfficeMaxDays = 7;
export const leaveMaxDays = 30;
/** Local setting: a subject without any 报告 for this many days is listed as at risk of 脱管 (脱漏管 check). */
export const missingReportDays = 3;
/** Local setting: 分类管理 levels reviewed at least every 3 months (第24条 “根据表现调整”). */
export const levelReviewMonths = 3;
export const maxPhotoBytes = 1024 * 1024;

/** Adds whole months; a day the target month lacks falls back to its last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day of a term of `months` starting on `start` (the start day counts: 12 months from 03-01 end on 02-28/29). */
export function termEnd(start: IsoDate, months: number, days = 0): IsoDate {
  return addCalendarDays(addMonths(start, months), days - 1);
}

/** 第21条: last day to report — 10 calendar days from the judgment taking effect (a calendar-day window, not moved for holidays by the Act). */
export function reportDue(judgmentEffectiveOn: IsoDate): IsoDate {
  return addCalendarDays(judgmentEffectiveOn, correctionRules.report.value);
}

export function subjectState(s: { reportedOn?: string | null; termEndOn: string; endedOn?: string | null; endKind?: string | null }, today: IsoDate): string {
  if (s.endedOn) return s.endKind === 'released' ? 'released' : 'terminated';
  if (!s.reportedOn) return 'awaiting';
  return s.termEndOn < today ? 'overdue' : 'inCorrection';
}

type TeamMember = { name?: unknown; gender?: unknown; role?: unknown };

/** Cross-field rules of a subject record. */
export function subjectProblems(s: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const team = Array.isArray(s.team) ? (s.team as TeamMember[]) : [];
  // 第25条第2款: 矫正对象为女性的，矫正小组中应有女性成员.
  if (s.gender === 'female' && team.length > 0 && !team.some((m) => m.gender === 'female')) issues.push({ path: 'team', message: '女性社区矫正对象的矫正小组中应有女性成员（社区矫正法第二十五条）' });
  if (typeof s.reportedOn === 'string' && typeof s.judgmentEffectiveOn === 'string' && s.reportedOn < s.judgmentEffectiveOn)
    issues.push({ path: 'reportedOn', message: '报到日期不能早于判决、裁定生效日期' });
  if (typeof s.termStartOn === 'string' && typeof s.judgmentEffectiveOn === 'string' && s.termStartOn < s.judgmentEffectiveOn)
    issues.push({ path: 'termStartOn', message: '矫正期起始日不能早于判决、裁定生效日期' });
  if (typeof s.announcedOn === 'string' && !s.reportedOn) issues.push({ path: 'reportedOn', message: '入矫宣告前须先登记报到日期' });
  if (s.endedOn && !s.endKind) issues.push({ path: 'endKind', message: '请选择解除或终止方式' });
  if (!s.endedOn && s.endKind) issues.push({ path: 'endedOn', message: '请填写解除或终止日期' });
  if (typeof s.endedOn === 'string' && typeof s.termStartOn === 'string' && s.endedOn < s.termStartOn) issues.push({ path: 'endedOn', message: '解除或终止日期不能早于矫正期起始日' });
  // 第44条: 解除 is at the end of the term; an earlier end is a 终止 (撤销, 收监, 死亡).
  if (s.endKind === 'released' && typeof s.endedOn === 'string' && typeof s.termEndOn === 'string' && s.endedOn < s.termEndOn)
    issues.push({ path: 'endedOn', message: '期满解除的日期不能早于矫正期满日' });
  return issues;
}

/** 外出 approval level by length (实施办法 2020: ≤ 7 days 司法所, more the county agency). */
export function leaveApprovalLevel(days: number): 'office' | 'county' {
  return days <= leaveOfficeMaxDays ? 'office' : 'county';
}

export function leaveProblems(l: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof l.days === 'number' && l.days > leaveMaxDays) issues.push({ path: 'days', message: `每次外出不得超过${leaveMaxDays}日（社区矫正法实施办法）` });
  if (l.decision && l.decision !== 'pending' && !l.decidedOn) issues.push({ path: 'decidedOn', message: '请填写审批日期' });
  if (l.returnedOn && l.decision !== 'approved') issues.push({ path: 'returnedOn', message: '未经批准的外出不能销假' });
  if (typeof l.returnedOn === 'string' && typeof l.startOn === 'string' && l.returnedOn < l.startOn) issues.push({ path: 'returnedOn', message: '销假日期不能早于外出开始日期' });
  return issues;
}

/** Last day away: the start day counts as the first. */
export function leaveEnd(startOn: IsoDate, days: number): IsoDate {
  return addCalendarDays(startOn, days - 1);
}

export function leaveStatus(l: { decision: string; startOn: string; endOn: string; returnedOn?: string | null }, today: IsoDate): string {
  if (l.decision === 'pending') return 'pending';
  if (l.decision === 'refused') return 'refused';
  if (l.returnedOn) return 'returned';
  if (today > l.endOn) return 'overdue';
  return today >= l.startOn ? 'away' : 'approved';
}

/** Uncorrected earlier measures of the same subject, as the ladder counts them. */
export type LadderHistory = { reprimands: number; warnings: number };

/**
 * The 2020 实施办法 ladder: two 训诫 not corrected → 警告; two 警告 not corrected → 提请撤销缓刑/假释 (or 收监执行).
 * Returns the measure the history calls for at least (null: none required yet).
 */
export function ladderFloor(h: LadderHistory): 'warning' | 'revocation' | null {
  if (h.warnings >= 2) return 'revocation';
  if (h.reprimands >= 2) return 'warning';
  return null;
}

/** 提请撤销/收监 needs two earlier 警告 or facts judged serious; the measure must fit the 矫正类别 (judged on the server with the subject's history). */
export function ladderProblems(v: Record<string, unknown>, category: string, h: LadderHistory): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const m = v.measure;
  if ((m === 'revocation' || m === 'commitment') && h.warnings < 2 && v.serious !== true) {
    issues.push({ path: 'measure', message: '提请撤销或收监须有两次警告仍不改正，或情节严重（社区矫正法实施办法）' });
  }
  if (m === 'revocation' && category !== 'probation' && category !== 'parole') issues.push({ path: 'measure', message: '撤销缓刑/假释只适用于缓刑、假释对象' });
  if (m === 'commitment' && category !== 'medicalParole') issues.push({ path: 'measure', message: '收监执行只适用于暂予监外执行对象' });
  return issues;
}

/** Approval and notice of a violation's measure, from the record alone. */
export function violationProblems(v: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.approval && v.approval !== 'pending' && !v.approvedOn) issues.push({ path: 'approvedOn', message: '请填写审批日期' });
  if (typeof v.approvedOn === 'string' && typeof v.occurredOn === 'string' && v.approvedOn < v.occurredOn) issues.push({ path: 'approvedOn', message: '审批日期不能早于违规日期' });
  if (typeof v.noticeServedOn === 'string' && v.approval !== 'approved') issues.push({ path: 'noticeServedOn', message: '批准后方可送达决定书' });
  return issues;
}

/** 第29条: one approval of 电子定位 covers at most 3 months. */
export function monitoringProblems(m: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // Refinements run on bodies whose fields failed already: compute only with well-formed dates.
  if (isRealDate(m.startOn) && isRealDate(m.endOn)) {
    if (m.endOn < m.startOn) issues.push({ path: 'endOn', message: '结束日期不能早于开始日期' });
    else if (m.endOn > termEnd(m.startOn, monitoringMaxMonths)) issues.push({ path: 'endOn', message: `每次批准使用电子定位不得超过${monitoringMaxMonths}个月（社区矫正法第二十九条）` });
  }
  if (m.extensionOf && !m.assessment) issues.push({ path: 'assessment', message: '延长使用电子定位须填写评估意见' });
  return issues;
}

/** Coordinates are stored as sent; these are the ones no phone can report (out of range, or outside China's extent). */
export function impossibleLocation(latitude: number | null | undefined, longitude: number | null | undefined): string | null {
  if (latitude == null || longitude == null) return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return '坐标不是有效数字';
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return '坐标超出经纬度范围';
  if (latitude < 3.8 || latitude > 53.6 || longitude < 73.4 || longitude > 135.1) return '坐标不在我国境内';
  return null;
}

/** Days since the last 报告 (null: never reported). */
export function daysWithoutReport(lastReportOn: IsoDate | null, today: IsoDate): number | null {
  return lastReportOn ? daysBetween(lastReportOn, today) : null;
}
