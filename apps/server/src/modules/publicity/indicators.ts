import { eventKinds, levels, liaisonRoles, midtermConclusions, ratingKinds, siteKinds, taskStates, trainingModes } from '@fazhi/core/publicity';
import { and, between, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { publicityEvents, publicityLiaisons, publicityRatings, publicitySites, publicityTasks, publicityTrainings } from './tables.js';

// Drill columns are selected from one table without qualifiers, so subqueries name the outer table explicitly.
const unitName = (outer: string) => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."org_unit_id"`)})`;
const yearsOf = (scope: IndicatorScope) => [Number(scope.from.slice(0, 4)), Number(scope.to.slice(0, 4))] as const;

const e = publicityEvents;
const eventSet: RecordSet = {
  module: 'publicity',
  table: e,
  idColumn: e.id,
  orgUnitColumn: e.orgUnitId,
  dateColumn: e.heldOn,
  where: (scope) => and(isNull(e.deletedAt), between(e.heldOn, scope.from, scope.to))!,
  columns: [
    { name: 'heldOn', label: '活动日期', column: e.heldOn, kind: 'date' },
    { name: 'kind', label: '活动类型', column: e.kind, codes: eventKinds },
    { name: 'title', label: '活动名称', column: e.title },
    { name: 'place', label: '活动地点', column: e.place },
    { name: 'unit', label: '组织单位', column: unitName('publicity_events') },
    { name: 'participants', label: '参与人数', column: e.participants, kind: 'integer' },
  ],
  dimensions: { kind: { label: '活动类型', column: e.kind, codes: eventKinds } },
  recordPath: '/publicity/events/:id',
};

const ra = publicityRatings;
const ratingSet = (kind: string, level: string): RecordSet => ({
  module: 'publicity',
  table: ra,
  idColumn: ra.id,
  orgUnitColumn: ra.orgUnitId,
  dateColumn: ra.createdAt,
  where: (scope) => and(isNull(ra.deletedAt), eq(ra.kind, kind), eq(ra.level, level), between(ra.year, ...yearsOf(scope)))!,
  columns: [
    { name: 'unit', label: '获评单位', column: unitName('publicity_ratings') },
    { name: 'kind', label: '示范类型', column: ra.kind, codes: ratingKinds },
    { name: 'level', label: '级别', column: ra.level, codes: levels },
    { name: 'year', label: '命名年度', column: ra.year, kind: 'integer' },
    { name: 'batch', label: '批次', column: ra.batch },
  ],
  recordPath: '/publicity/ratings/:id',
});

const si = publicitySites;
const siteColumns = [
  { name: 'name', label: '阵地名称', column: si.name },
  { name: 'kind', label: '阵地类型', column: si.kind, codes: siteKinds },
  { name: 'unit', label: '所在村(社区)或街道', column: unitName('publicity_sites') },
  { name: 'builtYear', label: '建成年份', column: si.builtYear, kind: 'integer' as const },
  { name: 'honour', label: '所获荣誉', column: si.honour },
  { name: 'honourLevel', label: '荣誉级别', column: si.honourLevel, codes: levels },
];
const honouredSiteSet: RecordSet = {
  module: 'publicity',
  table: si,
  idColumn: si.id,
  orgUnitColumn: si.orgUnitId,
  dateColumn: si.createdAt,
  where: (scope) => and(isNull(si.deletedAt), between(si.honourYear, ...yearsOf(scope)), sql`${si.honour} like '%最受群众欢迎%'`)!,
  columns: siteColumns,
  recordPath: '/publicity/sites/:id',
};
const sitesSet: RecordSet = { ...honouredSiteSet, where: (scope) => and(isNull(si.deletedAt), lte(si.builtYear, yearsOf(scope)[1]))! };

// 村(社区) as records: the base is every 村(社区) in scope, never only those the step reached.
const o = orgUnits;
const communitySet = (covered: boolean): RecordSet => ({
  module: 'publicity',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope) =>
    and(
      eq(o.kind, 'community'),
      covered ? sql`exists (select 1 from publicity_sites s where s.org_unit_id = "org_units"."id" and s.deleted_at is null and s.built_year <= ${yearsOf(scope)[1]})` : undefined,
    )!,
  columns: [
    { name: 'name', label: '村(社区)', column: o.name },
    { name: 'parent', label: '所属街道', column: sql<string>`(select p.name from org_units p where p.id = "org_units"."parent_id")` },
    {
      name: 'sites',
      label: '法治文化阵地',
      column: sql<string>`(select string_agg(s.name, '、' order by s.name) from publicity_sites s where s.org_unit_id = "org_units"."id" and s.deleted_at is null)`,
    },
  ],
});

const departmentSet = (covered: boolean): RecordSet => ({
  module: 'publicity',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope) =>
    and(
      eq(o.kind, 'department'),
      covered
        ? sql`exists (select 1 from publicity_duties d where d.org_unit_id = "org_units"."id" and d.deleted_at is null and d.year between ${yearsOf(scope)[0]} and ${yearsOf(scope)[1]})`
        : undefined,
    )!,
  columns: [
    { name: 'name', label: '部门', column: o.name },
    {
      name: 'items',
      label: '责任清单条目数',
      column: sql<string>`(select count(*)::text from publicity_duties d where d.org_unit_id = "org_units"."id" and d.deleted_at is null)`,
    },
  ],
});

const l = publicityLiaisons;
/** In post at the period end: appointed on or before it and not left by then. */
const inPostAt = (to: string): SQL => and(isNull(l.deletedAt), lte(l.appointedOn, to), or(isNull(l.leftOn), gt(l.leftOn, to)))!;
const liaisonSet = (trained: boolean): RecordSet => ({
  module: 'publicity',
  table: l,
  idColumn: l.id,
  orgUnitColumn: l.orgUnitId,
  dateColumn: l.appointedOn,
  where: (scope) => and(inPostAt(scope.to), trained ? gt(l.trainingHours, 0) : undefined)!,
  columns: [
    { name: 'name', label: '姓名', column: l.name },
    { name: 'role', label: '队伍类别', column: l.role, codes: liaisonRoles },
    { name: 'unit', label: '所在村(社区)', column: unitName('publicity_liaisons') },
    { name: 'phoneMasked', label: '联系电话', column: l.phoneMasked },
    { name: 'trainingMode', label: '培训方式', column: l.trainingMode, codes: trainingModes },
    { name: 'trainingHours', label: '培训学时', column: l.trainingHours },
  ],
  dimensions: { role: { label: '队伍类别', column: l.role, codes: liaisonRoles } },
  recordPath: '/publicity/liaisons/:id',
});

const tr = publicityTrainings;
const trainingSet: RecordSet = {
  module: 'publicity',
  table: tr,
  idColumn: tr.id,
  orgUnitColumn: tr.orgUnitId,
  dateColumn: tr.heldOn,
  where: (scope) => and(isNull(tr.deletedAt), between(tr.heldOn, scope.from, scope.to))!,
  columns: [
    { name: 'heldOn', label: '培训日期', column: tr.heldOn, kind: 'date' },
    { name: 'title', label: '培训名称', column: tr.title },
    { name: 'unit', label: '组织单位', column: unitName('publicity_trainings') },
    { name: 'mode', label: '培训方式', column: tr.mode, codes: trainingModes },
    { name: 'participants', label: '参训人次', column: tr.participants, kind: 'integer' },
  ],
  recordPath: '/publicity/trainings/:id',
};

const t = publicityTasks;
// Base: every task due in the period, whatever its state (the rate must not filter its base by completion).
const taskSet = (done: boolean): RecordSet => ({
  module: 'publicity',
  table: t,
  idColumn: t.id,
  orgUnitColumn: t.orgUnitId,
  dateColumn: t.dueOn,
  where: (scope) => and(isNull(t.deletedAt), between(t.dueOn, scope.from, scope.to), done ? eq(t.state, 'done') : undefined)!,
  columns: [
    { name: 'title', label: '任务名称', column: t.title },
    { name: 'unit', label: '牵头单位', column: unitName('publicity_tasks') },
    { name: 'dueOn', label: '完成时限', column: t.dueOn, kind: 'date' },
    { name: 'state', label: '任务状态', column: t.state, codes: taskStates },
    { name: 'completedOn', label: '完成日期', column: t.completedOn, kind: 'date' },
    { name: 'midtermConclusion', label: '中期评估结论', column: t.midtermConclusion, codes: midtermConclusions },
  ],
  recordPath: '/publicity/tasks/:id',
});

const ind = (i: Record<string, unknown>) => ({ module: 'publicity', ...i }) as Indicator;

export const publicityIndicators: Indicator[] = [
  ind({ id: 'publicity.events', label: '普法活动', unit: '场次', kind: 'count', definition: '期间内登记的普法活动场次（以活动日期计，含宣传周、宣传月、“十进”等各类活动）', set: eventSet }),
  ind({
    id: 'publicity.eventParticipants',
    label: '普法活动参与人数',
    unit: '人次',
    kind: 'sum',
    definition: '期间内普法活动参与人数之和',
    set: eventSet,
    column: e.participants,
  }),
  ind({
    id: 'publicity.municipalModelVillages',
    label: '新评市级法治示范村(社区)',
    unit: '个',
    kind: 'count',
    definition: '命名年度在期间内的市级“法治示范村(社区)”数',
    set: ratingSet('ruleOfLawVillage', 'municipal'),
  }),
  ind({
    id: 'publicity.municipalModelTowns',
    label: '新评市级守法普法示范镇街',
    unit: '个',
    kind: 'count',
    definition: '命名年度在期间内的市级“守法普法示范镇街”数',
    set: ratingSet('lawAbidingTown', 'municipal'),
  }),
  ind({
    id: 'publicity.popularSites',
    label: '获评“最受群众欢迎的法治文化阵地”',
    unit: '个',
    kind: 'count',
    definition: '获评年份在期间内、荣誉为“最受群众欢迎的法治文化阵地”的阵地数（各级）',
    set: honouredSiteSet,
  }),
  ind({ id: 'publicity.sites', label: '法治文化阵地', unit: '个', kind: 'count', definition: '期末已建成的法治文化阵地数', set: sitesSet }),
  ind({
    id: 'publicity.communitySiteCoverage',
    label: '村(社区)法治文化阵地覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期末至少有一处已建成法治文化阵地的村(社区)数 ÷ 范围内全部村(社区)数',
    numerator: communitySet(true),
    denominator: communitySet(false),
  }),
  ind({ id: 'publicity.liaisons', label: '“法治带头人”“法律明白人”', unit: '人', kind: 'count', definition: '期末在任的法律明白人和法治带头人数', set: liaisonSet(false) }),
  ind({
    id: 'publicity.liaisonTrainingRate',
    label: '法律明白人培训率',
    unit: '%',
    kind: 'rate',
    definition: '期末在任且本年度培训学时大于0的人数 ÷ 期末在任人数',
    numerator: liaisonSet(true),
    denominator: liaisonSet(false),
  }),
  ind({
    id: 'publicity.trainingPersons',
    label: '国家工作人员学法培训',
    unit: '人次',
    kind: 'sum',
    definition: '期间内学法培训登记的参训人次之和（以培训日期计）',
    set: trainingSet,
    column: tr.participants,
  }),
  ind({
    id: 'publicity.taskCompletionRate',
    label: '“八五”普法规划任务完成率',
    unit: '%',
    kind: 'rate',
    definition: '完成时限在期间内且已完成的任务数 ÷ 完成时限在期间内的全部任务数',
    numerator: taskSet(true),
    denominator: taskSet(false),
  }),
  ind({
    id: 'publicity.dutyDepartmentCoverage',
    label: '普法责任清单部门覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间所在年度编制了普法责任清单的部门数 ÷ 范围内全部部门数',
    numerator: departmentSet(true),
    denominator: departmentSet(false),
  }),
];
