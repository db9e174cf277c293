import { handlingWays, verificationResults, verificationStates } from '@fazhi/core/certification';
import { and, between, isNull, lte, ne, eq, sql, type SQL } from 'drizzle-orm';
import type { Indicator, RecordSet } from '../../platform/indicators/define.js';
import { certItems, certServiceStats, certVerifications } from './tables.js';

const unitName = (outer: string, column = 'org_unit_id') => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."${column}"`)})`;

// ---------------------------------------------------------------- 证明事项清单 at the period end
const i = certItems;
const itemSet = (where: SQL | undefined): RecordSet => ({
  module: 'certification',
  table: i,
  idColumn: i.id,
  orgUnitColumn: i.orgUnitId,
  dateColumn: i.effectiveOn,
  where: (scope) => and(isNull(i.deletedAt), lte(i.effectiveOn, scope.to), where)!,
  columns: [
    { name: 'code', label: '事项编码', column: i.code },
    { name: 'name', label: '证明事项名称', column: i.name },
    { name: 'unit', label: '索要单位', column: unitName('cert_items') },
    { name: 'handling', label: '办理方式', column: i.handling, codes: handlingWays },
    { name: 'commitmentApplies', label: '适用告知承诺', column: i.commitmentApplies, kind: 'boolean' },
    { name: 'effectiveOn', label: '生效日期', column: i.effectiveOn, kind: 'date' },
    { name: 'adjustmentDocument', label: '调整文号', column: i.adjustmentDocument },
  ],
  dimensions: { handling: { label: '办理方式', column: i.handling, codes: handlingWays } },
  recordPath: '/certification/items/:id',
});

// ---------------------------------------------------------------- 协助核查
const v = certVerifications;
const verificationSet = (dateColumn: typeof v.requestedOn | typeof v.dueOn, onTime = false): RecordSet => ({
  module: 'certification',
  table: v,
  idColumn: v.id,
  orgUnitColumn: v.orgUnitId,
  dateColumn,
  where: (scope) => and(isNull(v.deletedAt), between(dateColumn, scope.from, scope.to), onTime ? sql`${v.answeredOn} is not null and ${v.answeredOn} <= ${v.dueOn}` : undefined)!,
  columns: [
    { name: 'requestedOn', label: '发起日期', column: v.requestedOn, kind: 'date' },
    { name: 'unit', label: '发起单位', column: unitName('cert_verifications') },
    { name: 'respondingUnit', label: '协查单位', column: unitName('cert_verifications', 'responding_unit_id') },
    { name: 'itemName', label: '证明事项', column: v.itemName },
    { name: 'matter', label: '核查事项', column: v.matter },
    { name: 'dueOn', label: '答复期限', column: v.dueOn, kind: 'date' },
    { name: 'state', label: '状态', column: v.state, codes: verificationStates },
    { name: 'result', label: '核查结果', column: v.result, codes: verificationResults },
    { name: 'answeredOn', label: '答复日期', column: v.answeredOn, kind: 'date' },
  ],
  dimensions: { state: { label: '状态', column: v.state, codes: verificationStates } },
  recordPath: '/certification/verifications/:id',
});

// ---------------------------------------------------------------- 政务服务 monthly statistics
const st = certServiceStats;
const statColumns = [
  { name: 'month', label: '月份', column: st.month },
  { name: 'unit', label: '填报单位', column: unitName('cert_service_stats') },
  { name: 'eLicenseServices', label: '电子证照应用事项数', column: st.eLicenseServices, kind: 'integer' as const },
  { name: 'crossProvinceItems', label: '跨省通办事项数', column: st.crossProvinceItems, kind: 'integer' as const },
  { name: 'crossProvinceCases', label: '跨省通办办件量', column: st.crossProvinceCases, kind: 'integer' as const },
];
const monthsSet: RecordSet = {
  module: 'certification',
  table: st,
  idColumn: st.id,
  orgUnitColumn: st.orgUnitId,
  dateColumn: st.monthOn,
  where: (scope) => and(isNull(st.deletedAt), between(st.monthOn, scope.from, scope.to))!,
  columns: statColumns,
  recordPath: '/certification/service-stats/:id',
};
/** Each unit's latest entry in the period: the stock figures (事项数) are as of that month. */
const latestMonthSet: RecordSet = {
  ...monthsSet,
  where: (scope) =>
    and(
      isNull(st.deletedAt),
      between(st.monthOn, scope.from, scope.to),
      sql`${st.monthOn} = (select max(l.month_on) from cert_service_stats l where l.org_unit_id = "cert_service_stats"."org_unit_id" and l.deleted_at is null and l.month_on between ${scope.from} and ${scope.to})`,
    )!,
};

export const certificationIndicators: Indicator[] = [
  {
    id: 'certification.itemsKept',
    module: 'certification',
    label: '保留证明事项',
    unit: '项',
    kind: 'count',
    definition: '期末证明事项清单中未取消的事项数（含告知承诺、部门间核查、网络核验办理的事项）',
    set: itemSet(ne(i.handling, 'cancelled')),
  },
  {
    id: 'certification.itemsCancelled',
    module: 'certification',
    label: '取消证明事项',
    unit: '项',
    kind: 'count',
    definition: '期末清单中办理方式为“取消”的事项数',
    set: itemSet(eq(i.handling, 'cancelled')),
  },
  {
    id: 'certification.itemsWithCommitment',
    module: 'certification',
    label: '实行告知承诺制的证明事项',
    unit: '项',
    kind: 'count',
    definition: '期末清单中未取消且适用告知承诺的事项数',
    set: itemSet(and(ne(i.handling, 'cancelled'), eq(i.commitmentApplies, true))),
  },
  {
    id: 'certification.verifications',
    module: 'certification',
    label: '行政协助核查请求',
    unit: '件',
    kind: 'count',
    definition: '期间内发起的协助核查请求数（以发起日期计）',
    set: verificationSet(v.requestedOn),
  },
  {
    id: 'certification.verificationsOnTimeRate',
    module: 'certification',
    label: '协助核查按期答复率',
    unit: '%',
    kind: 'rate',
    // The base is every request due in the period, answered or not: an unanswered one counts against the rate.
    definition: '答复期限在期间内的请求中，在期限内答复或退回的件数 ÷ 答复期限在期间内的全部请求数',
    numerator: verificationSet(v.dueOn, true),
    denominator: verificationSet(v.dueOn),
  },
  {
    id: 'certification.eLicenseServices',
    module: 'certification',
    label: '电子证照应用政务服务事项',
    unit: '项',
    kind: 'sum',
    definition: '各单位期间内最近一个月填报的电子证照应用事项数之和（存量，取最近月份值，不按月累加）',
    set: latestMonthSet,
    column: st.eLicenseServices,
  },
  {
    id: 'certification.crossProvinceItems',
    module: 'certification',
    label: '“跨省通办”事项',
    unit: '项',
    kind: 'sum',
    definition: '各单位期间内最近一个月填报的跨省通办事项数之和（存量，取最近月份值，不按月累加）',
    set: latestMonthSet,
    column: st.crossProvinceItems,
  },
  {
    id: 'certification.crossProvinceCases',
    module: 'certification',
    label: '“跨省通办”办件量',
    unit: '件',
    kind: 'sum',
    definition: '期间内各月填报的跨省通办办件量之和',
    set: monthsSet,
    column: st.crossProvinceCases,
  },
];
