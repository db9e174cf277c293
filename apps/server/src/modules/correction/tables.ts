import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 社区矫正 (correction). Every row's unit is the subject's 执行地司法所, so one scope rule covers all.
const day = (name: string) => date(name, { mode: 'string' });

/** 社区矫正对象: ID number, phone and address SM4-encrypted with masked copies for display. */
export const correctionSubjects = pgTable(
  'correction_subjects',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    addressEnc: text('address_enc').notNull(),
    addressMasked: text('address_masked').notNull(),
    category: text('category').notNull(),
    crime: text('crime').notNull(),
    sentence: text('sentence').notNull(),
    judgmentEffectiveOn: day('judgment_effective_on').notNull(),
    /** 第21条: judgmentEffectiveOn + 10 days. */
    reportDueOn: day('report_due_on').notNull(),
    reportedOn: day('reported_on'),
    announcedOn: day('announced_on'),
    termStartOn: day('term_start_on').notNull(),
    termMonths: integer('term_months').notNull(),
    termEndOn: day('term_end_on').notNull(),
    level: text('level').notNull(),
    levelReviewedOn: day('level_reviewed_on'),
    plan: text('plan'),
    team: jsonb('team').$type<{ name: string; gender: string; role: string }[]>().notNull().default([]),
    endedOn: day('ended_on'),
    endKind: text('end_kind'),
    /** Derived (rules.subjectState); refreshed on write and daily. */
    state: text('state').notNull(),
    /** The phone app account issued at 入矫 (users.id / username). */
    accountUserId: uuid('account_user_id'),
    accountUsername: text('account_username'),
    note: text('note'),
  },
  (t) => [index('correction_subjects_org_idx').on(t.orgUnitId), index('correction_subjects_account_idx').on(t.accountUserId)],
);

/** 报告: phone check-ins (with photo and location), visits, calls, reports in person. */
export const correctionReports = pgTable(
  'correction_reports',
  {
    ...businessColumns(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    kind: text('kind').notNull(),
    reportedOn: day('reported_on').notNull(),
    content: text('content').notNull(),
    nilReport: boolean('nil_report').notNull().default(true),
    photoSha256: text('photo_sha256'),
    photoMimeType: text('photo_mime_type'),
    photoBytes: integer('photo_bytes'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accuracy: doublePrecision('accuracy'),
    /** Why the coordinates cannot be true (stored as given all the same). */
    locationFlag: text('location_flag'),
    note: text('note'),
  },
  (t) => [index('correction_reports_subject_idx').on(t.subjectId, t.reportedOn), index('correction_reports_org_idx').on(t.orgUnitId, t.reportedOn)],
);

/** 信息化核查, one row per subject and week. */
export const correctionVerifications = pgTable(
  'correction_verifications',
  {
    ...businessColumns(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    weekOf: day('week_of').notNull(),
    verifiedOn: day('verified_on').notNull(),
    result: text('result').notNull(),
    note: text('note'),
  },
  (t) => [index('correction_verifications_subject_idx').on(t.subjectId, t.weekOf), index('correction_verifications_org_idx').on(t.orgUnitId)],
);

/** 外出请假 with approval, 销假 and the derived status (overdue when not back by endOn). */
export const correctionLeaves = pgTable(
  'correction_leaves',
  {
    ...businessColumns(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    reason: text('reason').notNull(),
    destination: text('destination').notNull(),
    startOn: day('start_on').notNull(),
    days: integer('days').notNull(),
    endOn: day('end_on').notNull(),
    approvalLevel: text('approval_level').notNull(),
    decision: text('decision').notNull(),
    decidedOn: day('decided_on'),
    returnedOn: day('returned_on'),
    status: text('status').notNull(),
    note: text('note'),
  },
  (t) => [index('correction_leaves_subject_idx').on(t.subjectId), index('correction_leaves_org_idx').on(t.orgUnitId)],
);

/** 违规处理: facts, the measure on the ladder, approval and notice. */
export const correctionViolations = pgTable(
  'correction_violations',
  {
    ...businessColumns(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    occurredOn: day('occurred_on').notNull(),
    facts: text('facts').notNull(),
    measure: text('measure').notNull(),
    serious: boolean('serious').notNull().default(false),
    approval: text('approval').notNull(),
    approvedOn: day('approved_on'),
    approvedBy: text('approved_by'),
    noticeServedOn: day('notice_served_on'),
    corrected: boolean('corrected').notNull().default(false),
    note: text('note'),
  },
  (t) => [index('correction_violations_subject_idx').on(t.subjectId), index('correction_violations_org_idx').on(t.orgUnitId)],
);

/** 电子定位 approvals (第29条), each ≤ 3 months; an extension names the approval it extends. */
export const correctionMonitorings = pgTable(
  'correction_monitorings',
  {
    ...businessColumns(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    reason: text('reason').notNull(),
    startOn: day('start_on').notNull(),
    endOn: day('end_on').notNull(),
    approvedBy: text('approved_by').notNull(),
    approvedOn: day('approved_on').notNull(),
    extensionOf: uuid('extension_of'),
    assessment: text('assessment'),
    liftedOn: day('lifted_on'),
    note: text('note'),
  },
  (t) => [index('correction_monitorings_subject_idx').on(t.subjectId)],
);

/** 矫情分析会 of a 司法所 (25th of the month), with the figures the job prepared. */
export const correctionMeetings = pgTable(
  'correction_meetings',
  {
    ...businessColumns(),
    heldOn: day('held_on').notNull(),
    attendees: text('attendees').notNull(),
    procuratorateAttended: boolean('procuratorate_attended').notNull().default(false),
    minutes: text('minutes').notNull(),
    note: text('note'),
  },
  (t) => [index('correction_meetings_org_idx').on(t.orgUnitId, t.heldOn)],
);

/** 教育帮扶: 教育学习 and 公益活动 with their hours, entered by staff or by the subject's phone (自主学习). */
export const correctionEducations = pgTable(
  'correction_educations',
  {
    ...businessColumns(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    kind: text('kind').notNull(),
    on: day('on').notNull(),
    content: text('content').notNull(),
    place: text('place'),
    hours: integer('hours').notNull(),
    /** staff | self; a self-recorded row names the material it completed. */
    source: text('source').notNull().default('staff'),
    materialId: text('material_id'),
    note: text('note'),
  },
  (t) => [index('correction_educations_subject_idx').on(t.subjectId, t.on), index('correction_educations_org_idx').on(t.orgUnitId, t.on)],
);

/** 检察院 巡视检察 findings, 检察建议 and 纠正违法通知 addressed to a 司法所 or the 社区矫正机构, with their 整改. */
export const correctionFindings = pgTable(
  'correction_findings',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    foundOn: day('found_on').notNull(),
    procuratorate: text('procuratorate').notNull(),
    content: text('content').notNull(),
    replyDueOn: day('reply_due_on').notNull(),
    measures: text('measures'),
    rectifiedOn: day('rectified_on'),
    evidence: text('evidence'),
    /** Derived (findingState); refreshed on write and daily. */
    state: text('state').notNull(),
    note: text('note'),
  },
  (t) => [index('correction_findings_org_idx').on(t.orgUnitId, t.replyDueOn)],
);
