import { correctionCategories, subjectStates, supervisionLevels, violationMeasures } from '@fazhi/core/correction';
import { and, between, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { loginAttempts } from '../../platform/auth/tables.js';
import { correctionMeetings, correctionSubjects, correctionVerifications, correctionViolations } from './tables.js';

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
];
