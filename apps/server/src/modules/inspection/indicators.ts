import { honourKinds, levels, selfAssessments, subjectStates, taskStates } from '@fazhi/core/inspection';
import { and, between, eq, inArray, isNull, isNotNull, sql } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { inspectionDemoItems, inspectionDemoTasks, inspectionHonours, inspectionSubjects, inspectionTasks } from './tables.js';

// Drill columns are selected from one table without qualifiers, so subqueries name the outer table explicitly.
const unitName = (outer: string) => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."org_unit_id"`)})`;
const yearsOf = (scope: IndicatorScope) => [Number(scope.from.slice(0, 4)), Number(scope.to.slice(0, 4))] as const;

const t = inspectionTasks;
// Base: every task of the years in the period, whatever its state.
const taskSet = (done: boolean): RecordSet => ({
  module: 'inspection',
  table: t,
  idColumn: t.id,
  orgUnitColumn: t.orgUnitId,
  dateColumn: t.dueOn,
  where: (scope) => and(isNull(t.deletedAt), between(t.year, ...yearsOf(scope)), done ? eq(t.state, 'done') : undefined)!,
  columns: [
    { name: 'title', label: '工作任务', column: t.title },
    { name: 'unit', label: '责任单位', column: unitName('inspection_tasks') },
    { name: 'dueOn', label: '完成时限', column: t.dueOn, kind: 'date' },
    { name: 'state', label: '任务状态', column: t.state, codes: taskStates },
    { name: 'overdue', label: '是否逾期', column: t.overdue, kind: 'boolean' },
  ],
  recordPath: '/inspection/tasks/:id',
});

const s = inspectionSubjects;
const subjectSet = (extra?: (scope: IndicatorScope) => ReturnType<typeof eq>): RecordSet => ({
  module: 'inspection',
  table: s,
  idColumn: s.id,
  orgUnitColumn: s.orgUnitId,
  dateColumn: s.inspectedOn,
  where: (scope) => and(isNull(s.deletedAt), between(s.inspectedOn, scope.from, scope.to), extra?.(scope))!,
  columns: [
    { name: 'round', label: '督察计划', column: s.roundTitle },
    { name: 'unit', label: '被督察单位', column: unitName('inspection_subjects') },
    { name: 'inspectedOn', label: '督察日期', column: s.inspectedOn, kind: 'date' },
    { name: 'firstDuty', label: '督察第一责任人履职', column: s.firstDutyInspected, kind: 'boolean' },
    { name: 'state', label: '整改状态', column: s.state, codes: subjectStates },
    { name: 'rectifyDueOn', label: '整改期限', column: s.rectifyDueOn, kind: 'date' },
  ],
  recordPath: '/inspection/subjects/:id',
});

// Departments and 街道 as records: the base is every one in scope, never only those a 督察 reached.
const o = orgUnits;
const unitSet = (inspected: boolean): RecordSet => ({
  module: 'inspection',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope) =>
    and(
      inArray(o.kind, ['department', 'subdistrict']),
      inspected
        ? sql`exists (select 1 from inspection_subjects x where x.org_unit_id = "org_units"."id" and x.deleted_at is null and x.inspected_on between ${scope.from} and ${scope.to})`
        : undefined,
    )!,
  columns: [
    { name: 'name', label: '部门、街道', column: o.name },
    {
      name: 'inspections',
      label: '督察日期',
      column: sql<string>`(select string_agg(x.inspected_on::text, '、' order by x.inspected_on) from inspection_subjects x where x.org_unit_id = "org_units"."id" and x.deleted_at is null)`,
    },
  ],
});

const assessedUnitSet: RecordSet = {
  ...unitSet(false),
  where: (scope) =>
    and(
      inArray(o.kind, ['department', 'subdistrict']),
      sql`exists (select 1 from inspection_scores x where x.org_unit_id = "org_units"."id" and x.deleted_at is null and x.published and x.year between ${yearsOf(scope)[0]} and ${yearsOf(scope)[1]})`,
    )!,
  columns: [
    { name: 'name', label: '部门、街道', column: o.name },
    {
      name: 'total',
      label: '考核总分',
      column: sql<string>`(select sum(x.score)::text from inspection_scores x where x.org_unit_id = "org_units"."id" and x.deleted_at is null and x.published)`,
    },
  ],
};

const d = inspectionDemoTasks;
const demoTaskSet = (done: boolean): RecordSet => ({
  module: 'inspection',
  table: d,
  idColumn: d.id,
  orgUnitColumn: d.orgUnitId,
  dateColumn: d.dueOn,
  where: (scope) =>
    and(
      isNull(d.deletedAt),
      sql`${d.demoItemId} in (select ${inspectionDemoItems.id} from ${inspectionDemoItems} where ${inspectionDemoItems.year} between ${yearsOf(scope)[0]} and ${yearsOf(scope)[1]})`,
      done ? eq(d.state, 'done') : undefined,
    )!,
  columns: [
    { name: 'itemCode', label: '指标编号', column: d.itemCode },
    { name: 'title', label: '创建任务', column: d.title },
    { name: 'unit', label: '责任单位', column: unitName('inspection_demo_tasks') },
    { name: 'state', label: '任务状态', column: d.state, codes: taskStates },
    { name: 'selfAssessment', label: '自评结果', column: d.selfAssessment, codes: selfAssessments },
  ],
  recordPath: '/inspection/demo-tasks/:id',
});

const h = inspectionHonours;
const honourSet = (kind: string, level?: string): RecordSet => ({
  module: 'inspection',
  table: h,
  idColumn: h.id,
  orgUnitColumn: h.orgUnitId,
  dateColumn: h.createdAt,
  where: (scope) => and(isNull(h.deletedAt), eq(h.kind, kind), level ? eq(h.level, level) : undefined, between(h.year, ...yearsOf(scope)))!,
  columns: [
    { name: 'title', label: '荣誉或案例名称', column: h.title },
    { name: 'kind', label: '荣誉类别', column: h.kind, codes: honourKinds },
    { name: 'level', label: '级别', column: h.level, codes: levels },
    { name: 'awardedBy', label: '授予机关', column: h.awardedBy },
    { name: 'unit', label: '获评单位', column: unitName('inspection_honours') },
    { name: 'year', label: '获评年度', column: h.year, kind: 'integer' },
  ],
  recordPath: '/inspection/honours/:id',
});

const ind = (i: Record<string, unknown>) => ({ module: 'inspection', ...i }) as Indicator;

export const inspectionIndicators: Indicator[] = [
  ind({ id: 'inspection.tasks', label: '依法治区工作要点任务', unit: '项', kind: 'count', definition: '年度在期间内的依法治区工作要点任务数', set: taskSet(false) }),
  ind({ id: 'inspection.tasksDone', label: '已完成的工作要点任务', unit: '项', kind: 'count', definition: '年度在期间内且已完成的工作要点任务数', set: taskSet(true) }),
  ind({
    id: 'inspection.taskCompletionRate',
    label: '工作要点任务完成率',
    unit: '%',
    kind: 'rate',
    definition: '已完成的工作要点任务数 ÷ 年度在期间内的全部工作要点任务数',
    numerator: taskSet(true),
    denominator: taskSet(false),
  }),
  ind({ id: 'inspection.unitsInspected', label: '开展法治督察的部门、街道', unit: '个', kind: 'count', definition: '期间内至少被督察一次的部门、街道数', set: unitSet(true) }),
  ind({
    id: 'inspection.coverage',
    label: '部门、街道法治督察覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间内至少被督察一次的部门、街道数 ÷ 范围内全部部门、街道数',
    numerator: unitSet(true),
    denominator: unitSet(false),
  }),
  ind({
    id: 'inspection.firstDutyInspections',
    label: '督察第一责任人履职情况',
    unit: '个',
    kind: 'count',
    definition: '期间内督察中检查了党政主要负责人履行推进法治建设第一责任人职责情况的单位次数',
    set: subjectSet(() => eq(s.firstDutyInspected, true)),
  }),
  ind({
    id: 'inspection.noticesIssued',
    label: '下发督察意见（整改通知）',
    unit: '份',
    kind: 'count',
    definition: '督察日期在期间内、已下发督察意见书或整改通知的督察对象数',
    set: subjectSet(() => isNotNull(s.noticedOn) as ReturnType<typeof eq>),
  }),
  ind({
    id: 'inspection.rectificationsAccepted',
    label: '整改验收通过',
    unit: '份',
    kind: 'count',
    definition: '督察日期在期间内、整改已验收通过的督察对象数',
    set: subjectSet(() => eq(s.state, 'accepted')),
  }),
  ind({ id: 'inspection.assessedUnits', label: '参加法治建设考核的部门、街道', unit: '个', kind: 'count', definition: '考核年度在期间内、考核结果已公布的部门、街道数', set: assessedUnitSet }),
  ind({ id: 'inspection.demoTasks', label: '示范创建分解任务', unit: '项', kind: 'count', definition: '创建年度在期间内的示范创建指标分解任务数', set: demoTaskSet(false) }),
  ind({ id: 'inspection.demoTasksDone', label: '已完成的示范创建任务', unit: '项', kind: 'count', definition: '创建年度在期间内且已完成的示范创建任务数', set: demoTaskSet(true) }),
  ind({
    id: 'inspection.topTenEvents',
    label: '纳入全市法治为民十大事件',
    unit: '件',
    kind: 'count',
    definition: '获评年度在期间内的“法治为民十大事件”荣誉记录数（市级）',
    set: honourSet('topTenEvent', 'municipal'),
  }),
  ind({
    id: 'inspection.municipalTypicalSubdistricts',
    label: '市级法治建设典型街道',
    unit: '个',
    kind: 'count',
    definition: '获评年度在期间内的市级“法治建设典型街道”荣誉记录数',
    set: honourSet('typicalSubdistrict', 'municipal'),
  }),
];
