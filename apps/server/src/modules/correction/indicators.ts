import { correctionCategories, educationKinds, educationSources, findingKinds, findingStates, subjectStates, supervisionLevels, violationMeasures } from '@fazhi/core/correction';
import { and, between, eq, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { loginAttempts } from '../../platform/auth/tables.js';
import { correctionEducations, correctionFindings, correctionMeetings, correctionSubjects, correctionVerifications, correctionViolations } from './tables.js';

const s = correctionSubjects;
/** Subjects whose correction overlapped the period (a rate's base: every one of them, whatever their reports). */
const inCorrection = (scope: IndicatorScope) => and(isNull(s.deletedAt), lte(s.termStartOn, scope.to), or(isNull(s.endedOn), sql`${s.endedOn} >= ${scope.from}`))!;
const subjectSet = (dateColumn: AnyPgColumn, where: (scope: IndicatorScope) => SQL): RecordSet => ({
  module: 'correction',
  table: s,
  idColumn: s.id,
  orgUnitColumn: s.orgUnitId,
  dateColumn,
  where,
  columns: [
    { name: 'name', label: '姓名', column: s.name },
    { name: 'category', label: '矫正类别', column: s.category, codes: correctionCategories },
    { name: 'termStartOn', label: '矫正期起始日', column: s.termStartOn, kind: 'date' },
    { name: 'termEndOn', label: '矫正期满日', column: s.termEndOn, kind: 'date' },
    { name: 'level', label: '管理等级', column: s.level, codes: supervisionLevels },
    { name: 'state', label: '矫正状态', column: s.state, codes: subjectStates },
  ],
  dimensions: { category: { label: '矫正类别', column: s.category, codes: correctionCategories }, level: { label: '管理等级', column: s.level, codes: supervisionLevels } },
  recordPath: '/correction/subjects/:id',
});

// 在矫通 in use: the subject's account has signed in successfully at least once by the period's end.
const loggedIn = (scope: IndicatorScope) =>
  sql`exists (select 1 from ${loginAttempts} where ${loginAttempts.username} = ${s.accountUsername} and ${loginAttempts.success} and ${loginAttempts.at} < (${scope.to}::date + 1))`;

// Weeks (Monday to Sunday, counted whole) the subject was in correction within the period, against the weeks with a 核查.
const v = correctionVerifications;
const weeksDue = (scope: IndicatorScope) =>
  sql`greatest(0, (least(coalesce(${s.endedOn}, ${s.termEndOn}), ${scope.to}::date) - greatest(coalesce(${s.reportedOn}, ${s.termStartOn}), ${scope.from}::date) + 1) / 7)`;
const weeksVerified = (scope: IndicatorScope) => sql`(select count(*) from ${v} where ${v.subjectId} = ${s.id} and ${v.deletedAt} is null and ${v.weekOf} between ${scope.from} and ${scope.to})`;

// 脱漏管: not reported by the 第21条 deadline (漏管), or a term ended without 解除 (期满未解除).
const unsupervised = (scope: IndicatorScope) =>
  or(
    sql`${s.reportedOn} > ${s.reportDueOn} and ${s.reportDueOn} between ${scope.from} and ${scope.to}`,
    sql`${s.reportedOn} is null and ${s.endedOn} is null and ${s.reportDueOn} between ${scope.from} and ${scope.to} and ${s.reportDueOn} < current_date`,
    sql`${s.endedOn} is null and ${s.termEndOn} between ${scope.from} and ${scope.to} and ${s.termEndOn} < current_date`,
  )!;

const m = correctionMeetings;
const meetingSet: RecordSet = {
  module: 'correction',
  table: m,
  idColumn: m.id,
  orgUnitColumn: m.orgUnitId,
  dateColumn: m.heldOn,
  where: (scope) => and(isNull(m.deletedAt), between(m.heldOn, scope.from, scope.to))!,
  columns: [
    { name: 'heldOn', label: '召开日期', column: m.heldOn, kind: 'date' },
    { name: 'attendees', label: '参会人员', column: m.attendees },
    { name: 'procuratorateAttended', label: '检察院派员参加', column: m.procuratorateAttended, kind: 'boolean' },
  ],
  recordPath: '/correction/meetings/:id',
};

const x = correctionViolations;
const violationSet: RecordSet = {
  module: 'correction',
  table: x,
  idColumn: x.id,
  orgUnitColumn: x.orgUnitId,
  dateColumn: x.occurredOn,
  where: (scope) => and(isNull(x.deletedAt), between(x.occurredOn, scope.from, scope.to))!,
  columns: [
    { name: 'subjectName', label: '社区矫正对象', column: x.subjectName },
    { name: 'occurredOn', label: '违规日期', column: x.occurredOn, kind: 'date' },
    { name: 'measure', label: '处理措施', column: x.measure, codes: violationMeasures },
  ],
  dimensions: { measure: { label: '处理措施', column: x.measure, codes: violationMeasures } },
  recordPath: '/correction/violations/:id',
};

// 教育帮扶 (社区矫正法 第36条, 第42条): one row is one 人次 of 教育学习 or 公益活动, with its hours.
const e = correctionEducations;
const educationSet = (kind: 'study' | 'service'): RecordSet => ({
  module: 'correction',
  table: e,
  idColumn: e.id,
  orgUnitColumn: e.orgUnitId,
  dateColumn: e.on,
  where: (scope) => and(isNull(e.deletedAt), eq(e.kind, kind), between(e.on, scope.from, scope.to))!,
  columns: [
    { name: 'subjectName', label: '社区矫正对象', column: e.subjectName },
    { name: 'on', label: '日期', column: e.on, kind: 'date' },
    { name: 'kind', label: '类别', column: e.kind, codes: educationKinds },
    { name: 'content', label: '内容', column: e.content },
    { name: 'hours', label: '时长（小时）', column: e.hours },
    { name: 'source', label: '登记来源', column: e.source, codes: educationSources },
  ],
  dimensions: { source: { label: '登记来源', column: e.source, codes: educationSources } },
  recordPath: '/correction/educations/:id',
});

// 检察监督 (第8条, 第62条): findings by their date; rectified ones by the 整改 date.
const f = correctionFindings;
const findingSet = (dateColumn: AnyPgColumn, where: (scope: IndicatorScope) => SQL): RecordSet => ({
  module: 'correction',
  table: f,
  idColumn: f.id,
  orgUnitColumn: f.orgUnitId,
  dateColumn,
  where,
  columns: [
    { name: 'foundOn', label: '检察日期', column: f.foundOn, kind: 'date' },
    { name: 'kind', label: '监督类别', column: f.kind, codes: findingKinds },
    { name: 'replyDueOn', label: '整改回复期限', column: f.replyDueOn, kind: 'date' },
    { name: 'rectifiedOn', label: '整改完成日期', column: f.rectifiedOn, kind: 'date' },
    { name: 'state', label: '整改状态', column: f.state, codes: findingStates },
  ],
  dimensions: { kind: { label: '监督类别', column: f.kind, codes: findingKinds } },
  recordPath: '/correction/findings/:id',
});

export const correctionIndicators: Indicator[] = [
  {
    id: 'correction.subjectsInCorrection',
    module: 'correction',
    label: '在册社区矫正对象',
    unit: '名',
    kind: 'count',
    definition: '期间内任一日处于社区矫正期的对象数（含期间内接收、解除或终止的）',
    set: subjectSet(s.termStartOn, inCorrection),
  },
  {
    id: 'correction.newSubjects',
    module: 'correction',
    label: '新接收社区矫正对象',
    unit: '名',
    kind: 'count',
    definition: '矫正期起始日在期间内的对象数',
    set: subjectSet(s.termStartOn, (scope) => and(isNull(s.deletedAt), between(s.termStartOn, scope.from, scope.to))!),
  },
  {
    id: 'correction.released',
    module: 'correction',
    label: '解除或终止矫正',
    unit: '名',
    kind: 'count',
    definition: '解除或终止日期在期间内的对象数',
    set: subjectSet(s.termStartOn, (scope) => and(isNull(s.deletedAt), isNotNull(s.endedOn), between(s.endedOn, scope.from, scope.to))!),
  },
  {
    id: 'correction.appInstallRate',
    module: 'correction',
    label: '在矫通安装使用率',
    unit: '%',
    kind: 'rate',
    definition: '期间内在册对象中，已开通在矫通账号且至期末登录过的对象数 ÷ 期间内在册对象数（未开通账号的对象计入分母）',
    numerator: subjectSet(s.termStartOn, (scope) => and(inCorrection(scope), isNotNull(s.accountUsername), loggedIn(scope))!),
    denominator: subjectSet(s.termStartOn, inCorrection),
  },
  {
    id: 'correction.verificationCoverage',
    module: 'correction',
    label: '每周信息化核查覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间内在册对象中，在矫的每个整周均有信息化核查记录的对象数 ÷ 期间内在册对象数',
    numerator: subjectSet(s.termStartOn, (scope) => and(inCorrection(scope), sql`${weeksVerified(scope)} >= ${weeksDue(scope)}`)!),
    denominator: subjectSet(s.termStartOn, inCorrection),
  },
  { id: 'correction.meetingsHeld', module: 'correction', label: '矫情分析会', unit: '次', kind: 'count', definition: '期间内各司法所召开的矫情分析会次数', set: meetingSet },
  {
    id: 'correction.unsupervised',
    module: 'correction',
    label: '脱漏管人数',
    unit: '名',
    kind: 'count',
    definition: '报到期限（社区矫正法第二十一条）在期间内而逾期报到或至今未报到的对象，及矫正期满日在期间内而未解除的对象',
    set: subjectSet(s.reportDueOn, (scope) => and(isNull(s.deletedAt), unsupervised(scope))!),
  },
  {
    id: 'correction.violations',
    module: 'correction',
    label: '违规处理',
    unit: '人次',
    kind: 'count',
    definition: '期间内发生并登记处理的违规人次（训诫、警告、提请处罚、撤销或收监）',
    set: violationSet,
  },
  {
    id: 'correction.studySessions',
    module: 'correction',
    label: '社区矫正对象教育学习',
    unit: '人次',
    kind: 'count',
    definition: '期间内登记的教育学习人次（工作人员登记和在矫通自主学习，一次登记为一人次）；社区矫正法第三十六条',
    set: educationSet('study'),
  },
  {
    id: 'correction.studyHours',
    module: 'correction',
    label: '社区矫正对象教育学习时长',
    unit: '小时',
    kind: 'sum',
    definition: '期间内登记的教育学习时长合计',
    set: educationSet('study'),
    column: e.hours,
  },
  {
    id: 'correction.serviceSessions',
    module: 'correction',
    label: '社区矫正对象参加公益活动',
    unit: '人次',
    kind: 'count',
    definition: '期间内登记的公益活动人次；社区矫正法第四十二条',
    set: educationSet('service'),
  },
  {
    id: 'correction.serviceHours',
    module: 'correction',
    label: '社区矫正对象公益活动时长',
    unit: '小时',
    kind: 'sum',
    definition: '期间内登记的公益活动时长合计',
    set: educationSet('service'),
    column: e.hours,
  },
  {
    id: 'correction.findings',
    module: 'correction',
    label: '检察监督发现问题',
    unit: '个',
    kind: 'count',
    definition: '期间内检察院巡视检察发现问题、检察建议和纠正违法通知的件数（社区矫正法第八条、第六十二条）',
    set: findingSet(f.foundOn, (scope) => and(isNull(f.deletedAt), between(f.foundOn, scope.from, scope.to))!),
  },
  {
    id: 'correction.findingsRectified',
    module: 'correction',
    label: '检察监督问题已整改',
    unit: '个',
    kind: 'count',
    definition: '整改完成日期在期间内的检察监督问题件数',
    set: findingSet(f.rectifiedOn, (scope) => and(isNull(f.deletedAt), isNotNull(f.rectifiedOn), between(f.rectifiedOn, scope.from, scope.to))!),
  },
];
