import { activityKinds, genders, starLevels, trainingKinds, type ActivityKind } from '@fazhi/core/judicial-offices';
import { and, between, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { judicialActivities, judicialAssistants, judicialRatings } from './tables.js';

// Drill columns are selected from one table without qualifiers, so subqueries name the outer table explicitly.
const unitName = (outer: string) => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."org_unit_id"`)})`;
/** Ratings are yearly: a period counts the ratings of the year it ends in. */
const yearOf = (scope: IndicatorScope) => Number(scope.to.slice(0, 4));

// ---------------------------------------------------------------- 规范化评定
const r = judicialRatings;
const confirmedSet = (level?: string): RecordSet => ({
  module: 'judicialOffices',
  table: r,
  idColumn: r.id,
  orgUnitColumn: r.orgUnitId,
  dateColumn: r.confirmedOn,
  // The year's final ratings: only a confirmed level counts, one rating per office and year.
  where: (scope) => and(isNull(r.deletedAt), eq(r.year, yearOf(scope)), eq(r.state, 'confirmed'), level ? eq(r.starLevel, level) : undefined)!,
  columns: [
    { name: 'office', label: '司法所', column: unitName('judicial_ratings') },
    { name: 'year', label: '年度', column: r.year, kind: 'integer' },
    { name: 'selfTotal', label: '自评得分', column: r.selfTotal },
    { name: 'districtTotal', label: '区级评定得分', column: r.districtTotal },
    { name: 'starLevel', label: '星级', column: r.starLevel, codes: starLevels },
    { name: 'confirmedOn', label: '确定日期', column: r.confirmedOn, kind: 'date' },
  ],
  dimensions: { starLevel: { label: '星级', column: r.starLevel, codes: starLevels } },
  recordPath: '/judicial-offices/ratings/:id',
});

// 司法所 as records: the unit is its own owner, so a 街道's subtree holds its office.
const o = orgUnits;
const officeUnitSet = (rated: boolean): RecordSet => ({
  module: 'judicialOffices',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope) =>
    and(
      eq(o.kind, 'judicialOffice'),
      rated ? sql`exists (select 1 from judicial_ratings jr where jr.org_unit_id = "org_units"."id" and jr.year = ${yearOf(scope)} and jr.state = 'confirmed' and jr.deleted_at is null)` : undefined,
    )!,
  columns: [
    { name: 'name', label: '司法所', column: o.name },
    { name: 'parent', label: '所属街道', column: sql<string>`(select p.name from org_units p where p.id = "org_units"."parent_id")` },
    {
      name: 'rating',
      label: '本年度评定状态',
      column: sql<string>`(select case jr.state when 'confirmed' then '已确定' when 'assessed' then '已评定' when 'districtReview' then '区级评定' else '自评' end from judicial_ratings jr where jr.org_unit_id = "org_units"."id" and jr.deleted_at is null order by jr.year desc limit 1)`,
    },
  ],
});

// ---------------------------------------------------------------- 工作台账
const a = judicialActivities;
const activitySet = (kind: ActivityKind): RecordSet => ({
  module: 'judicialOffices',
  table: a,
  idColumn: a.id,
  orgUnitColumn: a.orgUnitId,
  dateColumn: a.occurredOn,
  where: (scope) => and(isNull(a.deletedAt), eq(a.kind, kind), between(a.occurredOn, scope.from, scope.to))!,
  columns: [
    { name: 'occurredOn', label: '日期', column: a.occurredOn, kind: 'date' },
    { name: 'office', label: '司法所', column: unitName('judicial_activities') },
    { name: 'kind', label: '工作类型', column: a.kind, codes: activityKinds },
    { name: 'subject', label: '事项', column: a.subject },
    { name: 'quantity', label: '数量', column: a.quantity, kind: 'integer' },
    { name: 'persons', label: '人次', column: a.persons, kind: 'integer' },
  ],
  recordPath: '/judicial-offices/activities/:id',
});
const activitySum = (id: string, label: string, kind: ActivityKind, column: 'quantity' | 'persons', unit: string, definition: string): Indicator => ({
  id: `judicialOffices.${id}`,
  module: 'judicialOffices',
  label,
  unit,
  kind: 'sum',
  definition,
  set: activitySet(kind),
  column: column === 'quantity' ? a.quantity : a.persons,
});

// ---------------------------------------------------------------- 司法协理员
const s = judicialAssistants;
/** In post at the period end: hired by then and not yet left (the exit day is the first day out). */
const inPostAt = (to: string): SQL => and(isNull(s.deletedAt), lte(s.hiredOn, to), or(isNull(s.exitOn), gt(s.exitOn, to)))!;
const trainedIn = (scope: IndicatorScope): SQL =>
  sql`exists (select 1 from judicial_trainings t where t.assistant_id = "judicial_assistants"."id" and t.deleted_at is null and t.trained_on between ${scope.from} and ${scope.to})`;
const assistantSet = (where: (scope: IndicatorScope) => SQL): RecordSet => ({
  module: 'judicialOffices',
  table: s,
  idColumn: s.id,
  orgUnitColumn: s.orgUnitId,
  dateColumn: s.hiredOn,
  where,
  columns: [
    { name: 'name', label: '姓名', column: s.name },
    { name: 'gender', label: '性别', column: s.gender, codes: genders },
    { name: 'office', label: '所在司法所', column: unitName('judicial_assistants') },
    { name: 'hiredOn', label: '聘用日期', column: s.hiredOn, kind: 'date' },
    { name: 'batch', label: '聘用批次', column: s.batch },
    { name: 'exitOn', label: '解聘日期', column: s.exitOn, kind: 'date' },
    {
      name: 'trainings',
      label: '培训（类型、日期）',
      column: sql<string>`(select string_agg(case t.kind when 'preService' then '${sql.raw(trainingKinds.label('preService'))}' else '${sql.raw(trainingKinds.label('rotation'))}' end || t.trained_on::text, '、' order by t.trained_on) from judicial_trainings t where t.assistant_id = "judicial_assistants"."id" and t.deleted_at is null)`,
    },
  ],
  recordPath: '/judicial-offices/assistants/:id',
});

export const judicialOfficesIndicators: Indicator[] = [
  {
    id: 'judicialOffices.fiveStarOffices',
    module: 'judicialOffices',
    label: '五星级司法所',
    unit: '个',
    kind: 'count',
    definition: '年度规范化评定已确定为五星级的司法所数（以期末所在年度计）',
    set: confirmedSet('5'),
  },
  {
    id: 'judicialOffices.ratedOffices',
    module: 'judicialOffices',
    label: '已确定星级的司法所',
    unit: '个',
    kind: 'count',
    definition: '年度规范化评定已确定星级的司法所数，可按星级分组',
    set: confirmedSet(),
  },
  {
    id: 'judicialOffices.ratingCompletion',
    module: 'judicialOffices',
    label: '规范化评定完成率',
    unit: '%',
    kind: 'rate',
    definition: '本年度规范化评定已确定星级的司法所数 ÷ 全部司法所数',
    numerator: officeUnitSet(true),
    denominator: officeUnitSet(false),
  },
  { id: 'judicialOffices.offices', module: 'judicialOffices', label: '司法所总数', unit: '个', kind: 'count', definition: '范围内的司法所数', set: officeUnitSet(false) },
  activitySum('publicitySessions', '司法所法治宣传', 'legalPublicity', 'quantity', '场次', '期间内司法所工作台账“法治宣传”的场次之和'),
  activitySum('publicityParticipants', '司法所法治宣传参加人次', 'legalPublicity', 'persons', '人次', '期间内司法所工作台账“法治宣传”的参加人次之和'),
  activitySum('consultationPersons', '司法所接待法律咨询', 'consultation', 'persons', '人次', '期间内司法所工作台账“法律咨询”的接待人次之和'),
  activitySum('mediations', '司法所矛盾调处', 'mediation', 'quantity', '件', '期间内司法所工作台账“矛盾调处”的件数之和'),
  activitySum('correctionWork', '司法所社区矫正工作', 'correction', 'quantity', '次', '期间内司法所工作台账“社区矫正”的工作次数之和（矫正档案见社区矫正模块）'),
  {
    id: 'judicialOffices.assistantsInPost',
    module: 'judicialOffices',
    label: '司法协理员在岗人数',
    unit: '名',
    kind: 'count',
    definition: '期末已聘用且未解聘的司法协理员数',
    set: assistantSet((scope) => inPostAt(scope.to)),
  },
  {
    id: 'judicialOffices.assistantsHired',
    module: 'judicialOffices',
    label: '年内选聘司法协理员',
    unit: '名',
    kind: 'count',
    definition: '期间内聘用的司法协理员数（含期内已解聘的）',
    set: assistantSet((scope) => and(isNull(s.deletedAt), between(s.hiredOn, scope.from, scope.to))!),
  },
  {
    id: 'judicialOffices.assistantTrainingCoverage',
    module: 'judicialOffices',
    label: '司法协理员培训覆盖率',
    unit: '%',
    kind: 'rate',
    // The base is everyone in post, trained or not.
    definition: '期末在岗且期间内参加过岗前培训或业务轮训的司法协理员数 ÷ 期末在岗司法协理员数',
    numerator: assistantSet((scope) => and(inPostAt(scope.to), trainedIn(scope))!),
    denominator: assistantSet((scope) => inPostAt(scope.to)),
  },
];
