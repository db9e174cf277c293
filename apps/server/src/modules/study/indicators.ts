import { examKinds, sessionKinds, sittingStates } from '@fazhi/core/study';
import { and, between, eq, inArray, isNotNull, isNull, ne, not, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { studyAttendances, studyDuties, studyExams, studySessions, studySittings } from './tables.js';

// Drill columns are selected from one table without qualifiers, so subqueries name the outer table explicitly.
const unitName = (outer: string) => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."org_unit_id"`)})`;
const yearsOf = (scope: IndicatorScope) => [Number(scope.from.slice(0, 4)), Number(scope.to.slice(0, 4))] as const;

const se = studySessions;
const sessionSet = (extra: (s: typeof se) => SQL | undefined): RecordSet => ({
  module: 'study',
  table: se,
  idColumn: se.id,
  orgUnitColumn: se.orgUnitId,
  dateColumn: se.heldOn,
  where: (scope) => and(isNull(se.deletedAt), between(se.heldOn, scope.from, scope.to), extra(se))!,
  columns: [
    { name: 'heldOn', label: '学习日期', column: se.heldOn, kind: 'date' },
    { name: 'kind', label: '学法形式', column: se.kind, codes: sessionKinds },
    { name: 'unit', label: '组织单位', column: unitName('study_sessions') },
    { name: 'topic', label: '学习主题', column: se.topic },
    { name: 'speaker', label: '主讲人', column: se.speaker },
    { name: 'attendeeCount', label: '参加人数', column: se.attendeeCount, kind: 'integer' },
  ],
  dimensions: { kind: { label: '学法形式', column: se.kind, codes: sessionKinds } },
  recordPath: '/study/sessions/:id',
});

// Party committees (党委/党组) sit at the district, departments and 街道: each is expected to hold 中心组 study.
const o = orgUnits;
const groupUnitSet = (covered: boolean): RecordSet => ({
  module: 'study',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope) =>
    and(
      inArray(o.kind, ['district', 'department', 'subdistrict']),
      covered
        ? sql`exists (select 1 from study_sessions s where s.org_unit_id = "org_units"."id" and s.deleted_at is null and s.kind = 'centralGroup' and s.held_on between ${scope.from} and ${scope.to})`
        : undefined,
    )!,
  columns: [
    { name: 'name', label: '单位', column: o.name },
    {
      name: 'sessions',
      label: '中心组集体学习次数',
      column: sql<string>`(select count(*)::text from study_sessions s where s.org_unit_id = "org_units"."id" and s.deleted_at is null and s.kind = 'centralGroup')`,
    },
  ],
});

const at = studyAttendances;
const attendanceSet: RecordSet = {
  module: 'study',
  table: at,
  idColumn: at.id,
  orgUnitColumn: at.orgUnitId,
  dateColumn: at.courseStartOn,
  where: (scope) => and(isNull(at.deletedAt), between(at.courseStartOn, scope.from, scope.to))!,
  columns: [
    { name: 'courseStartOn', label: '培训日期', column: at.courseStartOn, kind: 'date' },
    { name: 'courseTitle', label: '培训班', column: at.courseTitle },
    { name: 'personName', label: '姓名', column: at.personName },
    { name: 'unit', label: '所在单位', column: unitName('study_attendances') },
    { name: 'hours', label: '获得学时', column: at.hours },
  ],
  recordPath: '/study/attendances/:id',
};

const d = studyDuties;
/** Leaders of the period's years; `need` narrows to those a duty applies to, `done` to those who fulfilled it, `missing` to the rest. */
const dutySet = (need: SQL | undefined, done: SQL | undefined, missing = false): RecordSet => ({
  module: 'study',
  table: d,
  idColumn: d.id,
  orgUnitColumn: d.orgUnitId,
  dateColumn: d.createdAt,
  where: (scope) => and(isNull(d.deletedAt), between(d.year, ...yearsOf(scope)), need, done && (missing ? not(done) : done))!,
  columns: [
    { name: 'personName', label: '姓名', column: d.personName },
    { name: 'position', label: '职务', column: d.position },
    { name: 'unit', label: '所在单位', column: unitName('study_duties') },
    { name: 'year', label: '年度', column: d.year, kind: 'integer' },
    { name: 'newlyAppointed', label: '本年度新任或新提拔', column: d.newlyAppointed, kind: 'boolean' },
    { name: 'examPassed', label: '任前考法合格', column: d.examPassed, kind: 'boolean' },
    { name: 'reportSubmittedOn', label: '述法报告提交日期', column: d.reportSubmittedOn, kind: 'date' },
    { name: 'oathOn', label: '宪法宣誓日期', column: d.oathOn, kind: 'date' },
  ],
  recordPath: '/study/duties/:id',
});
// 宪法宣誓: 全国人大常委会关于实行宪法宣誓制度的决定 (2015, 修订2018) — staff appointed by governments swear publicly on
// taking office, so its base is the year's newly appointed. 任前考法 has no national text on file (domain-research §1.14:
// [U]); the district's practice tests the newly appointed and promoted, the same base. 述法: 领导干部学法用法情况列入年度述职
// (法治宣传教育法, per domain-research §1.14), so every leader of the year is its base.
const newlyAppointed = eq(d.newlyAppointed, true);
const examPassed = sql`coalesce(${d.examPassed}, false)`;
const reported = isNotNull(d.reportSubmittedOn);
const sworn = isNotNull(d.oathOn);

const ex = studyExams;
const examSet: RecordSet = {
  module: 'study',
  table: ex,
  idColumn: ex.id,
  orgUnitColumn: ex.orgUnitId,
  dateColumn: ex.opensOn,
  where: (scope) => and(isNull(ex.deletedAt), between(ex.opensOn, scope.from, scope.to))!,
  columns: [
    { name: 'opensOn', label: '开考日期', column: ex.opensOn, kind: 'date' },
    { name: 'title', label: '考试名称', column: ex.title },
    { name: 'kind', label: '考试类别', column: ex.kind, codes: examKinds },
    { name: 'unit', label: '组织单位', column: unitName('study_exams') },
  ],
  dimensions: { kind: { label: '考试类别', column: ex.kind, codes: examKinds } },
  recordPath: '/study/exams/:id',
};

const si = studySittings;
// Base: every sitting started in the period, submitted or not (the pass rate must be able to show a gap).
const sittingSet = (extra: SQL | undefined): RecordSet => ({
  module: 'study',
  table: si,
  idColumn: si.id,
  orgUnitColumn: si.orgUnitId,
  dateColumn: si.startedAt,
  where: (scope) => and(sql`${si.startedAt} >= ${scope.from}::date and ${si.startedAt} < ${scope.to}::date + 1`, extra)!,
  columns: [
    { name: 'candidate', label: '考生', column: sql<string>`(select u.display_name from users u where u.id = "study_sittings"."user_id")` },
    { name: 'unit', label: '所在单位', column: unitName('study_sittings') },
    { name: 'exam', label: '考试', column: sql<string>`(select e.title from study_exams e where e.id = "study_sittings"."exam_id")` },
    { name: 'attempt', label: '第几次', column: si.attempt, kind: 'integer' },
    { name: 'state', label: '考试状态', column: si.state, codes: sittingStates },
    { name: 'score', label: '得分', column: si.score },
  ],
  dimensions: { state: { label: '考试状态', column: si.state, codes: sittingStates } },
});

const ind = (i: Record<string, unknown>) => ({ module: 'study', ...i }) as Indicator;

export const studyIndicators: Indicator[] = [
  ind({
    id: 'study.xiCentralGroupSessions',
    label: '学习习近平法治思想中心组集体学习',
    unit: '次',
    kind: 'count',
    definition: '期间内范围内各级理论学习中心组以习近平法治思想为主题的集体学习次数（以学习日期计）',
    set: sessionSet((s) => and(eq(s.kind, 'centralGroup'), eq(s.onXiThought, true))),
  }),
  ind({
    id: 'study.centralGroupCoverage',
    label: '理论学习中心组学法覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间内至少开展一次中心组集体学法的区、部门、街道数 ÷ 范围内全部区、部门、街道数',
    numerator: groupUnitSet(true),
    denominator: groupUnitSet(false),
  }),
  ind({ id: 'study.preMeetingSessions', label: '常务会议会前学法', unit: '次', kind: 'count', definition: '期间内常务会议会前学法次数', set: sessionSet((s) => eq(s.kind, 'preMeeting')) }),
  ind({
    id: 'study.lectures',
    label: '法治专题讲座、报告会',
    unit: '场',
    kind: 'count',
    definition: '期间内举办的法治专题讲座和专题报告会场次',
    set: sessionSet((s) => inArray(s.kind, ['lecture', 'report'])),
  }),
  ind({ id: 'study.trainedPersons', label: '法治培训学员', unit: '人次', kind: 'count', definition: '开始日期在期间内的培训班的签到人次（每人每班计一次）', set: attendanceSet }),
  ind({
    id: 'study.examCoverage',
    label: '领导干部任前考法覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间所在年度新任、新提拔领导干部中任前考法合格的人数 ÷ 新任、新提拔领导干部人数',
    numerator: dutySet(newlyAppointed, examPassed),
    denominator: dutySet(newlyAppointed, undefined),
  }),
  ind({
    id: 'study.examMissing',
    label: '未完成任前考法的领导干部',
    unit: '人',
    kind: 'count',
    definition: '新任、新提拔领导干部中尚无任前考法合格记录的人',
    set: dutySet(newlyAppointed, examPassed, true),
  }),
  ind({
    id: 'study.lawReportCoverage',
    label: '领导干部年度述法覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间所在年度已提交述法报告的领导干部数 ÷ 登记的全部领导干部数',
    numerator: dutySet(undefined, reported),
    denominator: dutySet(undefined, undefined),
  }),
  ind({ id: 'study.lawReportMissing', label: '未提交年度述法报告的领导干部', unit: '人', kind: 'count', definition: '登记的领导干部中尚未提交述法报告的人', set: dutySet(undefined, reported, true) }),
  ind({
    id: 'study.oathCoverage',
    label: '宪法宣誓覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间所在年度新任、新提拔领导干部中已进行宪法宣誓的人数 ÷ 新任、新提拔领导干部人数',
    numerator: dutySet(newlyAppointed, sworn),
    denominator: dutySet(newlyAppointed, undefined),
  }),
  ind({
    id: 'study.oathMissing',
    label: '未进行宪法宣誓的新任领导干部',
    unit: '人',
    kind: 'count',
    definition: '新任、新提拔领导干部中尚无宪法宣誓记录的人',
    set: dutySet(newlyAppointed, sworn, true),
  }),
  ind({ id: 'study.exams', label: '法治素养考试', unit: '场', kind: 'count', definition: '开考日期在期间内的新任公务员、新提拔领导、执法人员法治考试场次', set: examSet }),
  ind({ id: 'study.examSittings', label: '参加法治考试', unit: '人次', kind: 'count', definition: '期间内开始并已交卷的考试人次（补考另计）', set: sittingSet(ne(si.state, 'open')) }),
  ind({
    id: 'study.examPassRate',
    label: '法治考试合格率',
    unit: '%',
    kind: 'rate',
    definition: '期间内开始的考试中合格的人次 ÷ 期间内开始的全部考试人次（含未交卷、待阅卷）',
    numerator: sittingSet(eq(si.state, 'passed')),
    denominator: sittingSet(undefined),
  }),
];
