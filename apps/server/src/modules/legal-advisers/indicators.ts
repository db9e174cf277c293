import { adviserKinds, serviceKinds, type ServiceKind } from '@fazhi/core/legal-advisers';
import { and, between, eq, gt, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { legalAdvisers, legalAdviserUnits, legalServices, publicLawyers } from './tables.js';

const s = legalServices;
// Drill columns are selected from one table without qualifiers, so subqueries name the outer table explicitly.
const unitName = (outer: 'legal_services' | 'legal_public_lawyers') => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."org_unit_id"`)})`;

const serviceSet = (kind?: ServiceKind): RecordSet => ({
  module: 'legalAdvisers',
  table: s,
  idColumn: s.id,
  orgUnitColumn: s.orgUnitId,
  dateColumn: s.servedOn,
  where: (scope) => and(isNull(s.deletedAt), between(s.servedOn, scope.from, scope.to), kind ? eq(s.kind, kind) : undefined)!,
  columns: [
    { name: 'servedOn', label: '服务日期', column: s.servedOn, kind: 'date' },
    { name: 'kind', label: '服务类型', column: s.kind, codes: serviceKinds },
    { name: 'unit', label: '服务单位', column: unitName('legal_services') },
    { name: 'providerName', label: '服务提供者', column: s.providerName },
    { name: 'subject', label: '服务事项', column: s.subject },
    { name: 'hours', label: '时长（小时）', column: s.hours },
  ],
  dimensions: { kind: { label: '服务类型', column: s.kind, codes: serviceKinds } },
  recordPath: '/legal-advisers/services/:id',
});

const a = legalAdvisers;
/** A contract is in force at the period end when it started on or before it and ends on or after it. */
const inForceAt = (to: string): SQL => and(isNull(a.deletedAt), lte(a.contractStartOn, to), gte(a.contractEndOn, to))!;

const adviserSet: RecordSet = {
  module: 'legalAdvisers',
  table: a,
  idColumn: a.id,
  orgUnitColumn: a.orgUnitId,
  dateColumn: a.contractStartOn,
  where: (scope) => inForceAt(scope.to),
  columns: [
    { name: 'name', label: '顾问名称', column: a.name },
    { name: 'kind', label: '顾问类型', column: a.kind, codes: adviserKinds },
    { name: 'contractNumber', label: '聘用合同编号', column: a.contractNumber },
    { name: 'contractStartOn', label: '合同起始日期', column: a.contractStartOn, kind: 'date' },
    { name: 'contractEndOn', label: '合同终止日期', column: a.contractEndOn, kind: 'date' },
    { name: 'servedUnitCount', label: '服务单位数', column: a.servedUnitCount, kind: 'integer' },
  ],
  recordPath: '/legal-advisers/advisers/:id',
};

// 村(社区) as records: the unit is its own owner, so "this subtree" counts the communities below a 街道 or the district.
const o = orgUnits;
const servedByAdviserInForce = (to: string): SQL =>
  sql`exists (select 1 from ${legalAdviserUnits} join ${a} on ${a.id} = ${legalAdviserUnits.adviserId} where ${legalAdviserUnits.orgUnitId} = ${o.id} and ${inForceAt(to)})`;
const communitySet = (covered: boolean): RecordSet => ({
  module: 'legalAdvisers',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope: IndicatorScope) => and(eq(o.kind, 'community'), covered ? servedByAdviserInForce(scope.to) : undefined)!,
  columns: [
    { name: 'name', label: '村(社区)', column: o.name },
    { name: 'parent', label: '所属街道', column: sql<string>`(select p.name from org_units p where p.id = "org_units"."parent_id")` },
    {
      name: 'advisers',
      label: '签约法律顾问（合同终止日期）',
      column: sql<string>`(select string_agg(la.name || '（' || la.contract_end_on::text || '）', '、' order by la.contract_end_on desc) from legal_adviser_units lau join legal_advisers la on la.id = lau.adviser_id where lau.org_unit_id = "org_units"."id" and la.deleted_at is null)`,
    },
  ],
});

const p = publicLawyers;
const lawyerInPostAt = (to: string): SQL => and(isNull(p.deletedAt), lte(p.certificateIssuedOn, to), gte(p.certificateExpiresOn, to), or(isNull(p.leftOn), gt(p.leftOn, to)))!;
const publicLawyerSet: RecordSet = {
  module: 'legalAdvisers',
  table: p,
  idColumn: p.id,
  orgUnitColumn: p.orgUnitId,
  dateColumn: p.certificateIssuedOn,
  where: (scope) => lawyerInPostAt(scope.to),
  columns: [
    { name: 'name', label: '姓名', column: p.name },
    { name: 'unit', label: '所在单位', column: unitName('legal_public_lawyers') },
    { name: 'post', label: '职务', column: p.post },
    { name: 'certificateNumber', label: '公职律师证号', column: p.certificateNumber },
    { name: 'certificateExpiresOn', label: '证书有效期至', column: p.certificateExpiresOn, kind: 'date' },
  ],
  recordPath: '/legal-advisers/public-lawyers/:id',
};
const unitsWithLawyersSet: RecordSet = {
  module: 'legalAdvisers',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.id,
  dateColumn: o.createdAt,
  where: (scope) => sql`exists (select 1 from ${p} where ${p.orgUnitId} = ${o.id} and ${lawyerInPostAt(scope.to)})`,
  columns: [
    { name: 'name', label: '单位', column: o.name },
    {
      name: 'lawyers',
      label: '公职律师',
      column: sql<string>`(select string_agg(pl.name, '、' order by pl.name) from legal_public_lawyers pl where pl.org_unit_id = "org_units"."id" and pl.deleted_at is null)`,
    },
  ],
};

const serviceCount = (id: string, label: string, kind: ServiceKind, unit = '件'): Indicator => ({
  id: `legalAdvisers.${id}`,
  module: 'legalAdvisers',
  label,
  unit,
  kind: 'count',
  definition: `期间内服务台账中登记的“${serviceKinds.label(kind)}”条数（以服务日期计）`,
  set: serviceSet(kind),
});

export const legalAdvisersIndicators: Indicator[] = [
  serviceCount('legalOpinions', '法律顾问/公职律师出具法律意见', 'legalOpinion'),
  serviceCount('consultations', '提供法律咨询', 'consultation', '次'),
  serviceCount('contractsReviewed', '审查合同', 'contractReview', '件'),
  serviceCount('litigationMatters', '参与涉法涉诉事件处理', 'litigationMatter'),
  serviceCount('lectures', '开展法治讲座', 'lecture', '场'),
  { id: 'legalAdvisers.services', module: 'legalAdvisers', label: '法律服务总次数', unit: '次', kind: 'count', definition: '期间内服务台账登记的全部服务条数', set: serviceSet() },
  {
    id: 'legalAdvisers.serviceHours',
    module: 'legalAdvisers',
    label: '法律服务时长',
    unit: '小时',
    kind: 'sum',
    definition: '期间内服务台账登记的服务时长之和',
    set: serviceSet(),
    column: s.hours,
  },
  {
    id: 'legalAdvisers.advisersInForce',
    module: 'legalAdvisers',
    label: '在聘法律顾问',
    unit: '名',
    kind: 'count',
    definition: '期末聘用合同在有效期内的法律顾问（律师或律师事务所）数',
    set: adviserSet,
  },
  {
    id: 'legalAdvisers.communityCoverage',
    module: 'legalAdvisers',
    label: '村(社区)法律顾问覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期末有在聘法律顾问服务的村(社区)数 ÷ 村(社区)总数',
    numerator: communitySet(true),
    denominator: communitySet(false),
  },
  { id: 'legalAdvisers.publicLawyersInPost', module: 'legalAdvisers', label: '在岗公职律师', unit: '名', kind: 'count', definition: '期末持有效公职律师证且未离岗的公职律师数', set: publicLawyerSet },
  {
    id: 'legalAdvisers.unitsWithPublicLawyers',
    module: 'legalAdvisers',
    label: '设立公职律师的单位',
    unit: '个',
    kind: 'count',
    definition: '期末至少有一名在岗公职律师的单位数',
    set: unitsWithLawyersSet,
  },
];
