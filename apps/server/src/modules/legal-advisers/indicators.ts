import { adviserKinds, assessmentResults, servedGroups, serviceKinds, type ServedGroup, type ServiceKind } from '@fazhi/core/legal-advisers';
import { and, between, eq, gt, isNotNull, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { legalAdvisers, legalAdviserUnits, legalParkEnterprises, legalServices, publicLawyers } from './tables.js';

const s = legalServices;
// Drill columns are selected from one table without qualifiers, so subqueries name the outer table explicitly.
const unitName = (outer: 'legal_services' | 'legal_public_lawyers') => sql<string>`(select u.name from org_units u where u.id = ${sql.raw(`"${outer}"."org_unit_id"`)})`;

/** Entries of the log in the period: of one kind, one served group (党政机关 / 村(社区) / 园区), or carrying a theme. */
const serviceSet = (kind?: ServiceKind, group?: ServedGroup, themed = false): RecordSet => ({
  module: 'legalAdvisers',
  table: s,
  idColumn: s.id,
  orgUnitColumn: s.orgUnitId,
  dateColumn: s.servedOn,
  where: (scope) =>
    and(isNull(s.deletedAt), between(s.servedOn, scope.from, scope.to), kind ? eq(s.kind, kind) : undefined, group ? eq(s.servedGroup, group) : undefined, themed ? isNotNull(s.themeId) : undefined)!,
  columns: [
    { name: 'servedOn', label: '服务日期', column: s.servedOn, kind: 'date' },
    { name: 'kind', label: '服务类型', column: s.kind, codes: serviceKinds },
    { name: 'unit', label: '服务单位', column: unitName('legal_services') },
    { name: 'servedGroup', label: '服务对象类别', column: s.servedGroup, codes: servedGroups },
    { name: 'enterpriseName', label: '园区企业', column: s.enterpriseName },
    { name: 'themeTitle', label: '一月一主题', column: s.themeTitle },
    { name: 'providerName', label: '服务提供者', column: s.providerName },
    { name: 'subject', label: '服务事项', column: s.subject },
    { name: 'persons', label: '服务人次', column: s.persons, kind: 'integer' },
    { name: 'hours', label: '时长（小时）', column: s.hours },
  ],
  dimensions: { kind: { label: '服务类型', column: s.kind, codes: serviceKinds }, servedGroup: { label: '服务对象类别', column: s.servedGroup, codes: servedGroups } },
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
  // Lawyers and experts are counted in 名, law firms in 家 ({legalAdvisers.advisersInForce:kind=lawFirm}).
  dimensions: { kind: { label: '顾问类型', column: a.kind, codes: adviserKinds, units: { lawFirm: '家' } } },
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
// In post at the period end: issued by then, not 注销 and not gone by then (the certificate has no expiry).
const lawyerInPostAt = (to: string): SQL => and(isNull(p.deletedAt), lte(p.certificateIssuedOn, to), or(isNull(p.revokedOn), gt(p.revokedOn, to)), or(isNull(p.leftOn), gt(p.leftOn, to)))!;
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
    { name: 'certificateIssuedOn', label: '发证日期', column: p.certificateIssuedOn, kind: 'date' },
    {
      name: 'assessment',
      label: '最近年度考核',
      column: sql<string>`${p.assessmentYear}::text || '年' || coalesce((case ${p.assessmentResult} ${sql.raw(assessmentResults.items.map((i) => `when '${i.code}' then '${i.label}'`).join(' '))} end), '')`,
    },
    { name: 'revokedOn', label: '注销日期', column: p.revokedOn, kind: 'date' },
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

/** 园区企业 served in the period with a review of their rules or contracts, each counted once. */
const e = legalParkEnterprises;
const enterprisesServedSet: RecordSet = {
  module: 'legalAdvisers',
  table: e,
  idColumn: e.id,
  orgUnitColumn: e.orgUnitId,
  dateColumn: e.createdAt,
  where: (scope) =>
    and(
      isNull(e.deletedAt),
      sql`exists (select 1 from legal_services ls where ls.enterprise_id = "legal_park_enterprises"."id" and ls.deleted_at is null and ls.served_on between ${scope.from} and ${scope.to} and ls.kind in ('enterpriseRulesReview', 'contractReview'))`,
    )!,
  columns: [
    { name: 'name', label: '企业名称', column: e.name },
    { name: 'creditCode', label: '统一社会信用代码', column: e.creditCode },
    { name: 'park', label: '所在园区', column: sql<string>`(select u.name from org_units u where u.id = "legal_park_enterprises"."org_unit_id")` },
    { name: 'industry', label: '所属行业', column: e.industry },
  ],
  recordPath: '/legal-advisers/enterprises/:id',
};

const groupWords: Record<ServedGroup, string> = { government: '为党政机关（部门、街道）', community: '为村(社区)', park: '为园区及企业' };
// 新办公职律师证: certificates issued in the period; 新申领单位: units whose first certificate was issued in it.
const certificatesIssuedSet: RecordSet = { ...publicLawyerSet, where: (scope) => and(isNull(p.deletedAt), between(p.certificateIssuedOn, scope.from, scope.to))! };
const newLawyerUnitsSet: RecordSet = {
  ...unitsWithLawyersSet,
  where: (scope) =>
    and(
      sql`exists (select 1 from legal_public_lawyers pl where pl.org_unit_id = "org_units"."id" and pl.deleted_at is null and pl.certificate_issued_on between ${scope.from} and ${scope.to})`,
      sql`not exists (select 1 from legal_public_lawyers pl where pl.org_unit_id = "org_units"."id" and pl.deleted_at is null and pl.certificate_issued_on < ${scope.from})`,
    )!,
};
// 街道 (with their 司法所 and committees) that have a public lawyer in post at the period end.
const subdistrictSet = (covered: boolean): RecordSet => ({
  ...unitsWithLawyersSet,
  where: (scope) =>
    and(
      eq(o.kind, 'subdistrict'),
      covered
        ? sql`exists (select 1 from legal_public_lawyers pl join org_units u on u.id = pl.org_unit_id where u.path like "org_units"."path" || '%' and pl.deleted_at is null and pl.certificate_issued_on <= ${scope.to} and (pl.revoked_on is null or pl.revoked_on > ${scope.to}) and (pl.left_on is null or pl.left_on > ${scope.to}))`
        : undefined,
    )!,
});

const serviceCount = (id: string, label: string, kind: ServiceKind, unit: string, group: ServedGroup): Indicator => ({
  id: `legalAdvisers.${id}`,
  module: 'legalAdvisers',
  label,
  unit,
  kind: 'count',
  definition: `期间内服务台账中${groupWords[group]}登记的“${serviceKinds.label(kind)}”条数（以服务日期计）`,
  set: serviceSet(kind, group),
});

export const legalAdvisersIndicators: Indicator[] = [
  // Section 二 (the government's advisers); the 村(社区) and 园区 figures below feed section 四 and never mix with these.
  serviceCount('legalOpinions', '为党政机关出具法律意见', 'legalOpinion', '件', 'government'),
  serviceCount('consultations', '为党政机关提供法律咨询', 'consultation', '次', 'government'),
  serviceCount('contractsReviewed', '为党政机关审查合同', 'contractReview', '件', 'government'),
  serviceCount('litigationMatters', '参与涉法涉诉事件处理', 'litigationMatter', '件', 'government'),
  serviceCount('lectures', '为党政机关开展法治讲座', 'lecture', '场', 'government'),
  serviceCount('villagePublicServices', '村(社区)公益法律服务', 'publicService', '次', 'community'),
  serviceCount('villageLectures', '村(社区)法治讲座', 'lecture', '次', 'community'),
  serviceCount('villageGovernanceOpinions', '为村(居)治理提供法律意见', 'governanceOpinion', '件', 'community'),
  serviceCount('villageContracts', '帮助村(社区)审查合同', 'contractReview', '份', 'community'),
  serviceCount('villageDisputes', '处理村级矛盾纠纷', 'disputeResolution', '件', 'community'),
  serviceCount('villageDecisions', '参与制定村级重大决策', 'villageDecision', '次', 'community'),
  {
    id: 'legalAdvisers.villageConsultationPersons',
    module: 'legalAdvisers',
    label: '为村(社区)群众提供法律咨询',
    unit: '人次',
    kind: 'sum',
    definition: '期间内服务台账中为村(社区)登记的“法律咨询”的服务人次之和',
    set: serviceSet('consultation', 'community'),
    column: s.persons,
  },
  {
    id: 'legalAdvisers.themeActivities',
    module: 'legalAdvisers',
    label: '“一月一主题”活动',
    unit: '场次',
    kind: 'count',
    definition: '期间内服务台账中关联“一月一主题”的村(社区)服务条数',
    set: serviceSet(undefined, 'community', true),
  },
  {
    id: 'legalAdvisers.parkEnterprisesServed',
    module: 'legalAdvisers',
    label: '园区法律顾问审查制度合同的企业',
    unit: '家',
    kind: 'count',
    definition: '期间内至少接受一次“企业制度审查”或“合同审查”的园区企业数（每家企业只计一次）',
    set: enterprisesServedSet,
  },
  serviceCount('parkNegotiations', '参加园区重大项目谈判', 'projectNegotiation', '次', 'park'),
  serviceCount('parkOpinions', '为园区提供法律意见建议', 'legalOpinion', '次', 'park'),
  serviceCount('parkRiskResolutions', '参与园区信访案件、风险化解', 'petitionResolution', '起', 'park'),
  {
    id: 'legalAdvisers.publicLawyerCertificatesIssued',
    module: 'legalAdvisers',
    label: '新办公职律师证',
    unit: '件',
    kind: 'count',
    definition: '期间内发证的公职律师证数',
    set: certificatesIssuedSet,
  },
  {
    id: 'legalAdvisers.newPublicLawyerUnits',
    module: 'legalAdvisers',
    label: '新申领公职律师单位',
    unit: '家',
    kind: 'count',
    definition: '期间内首次有公职律师发证的单位数（此前没有公职律师的单位）',
    set: newLawyerUnitsSet,
  },
  {
    id: 'legalAdvisers.subdistrictPublicLawyerCoverage',
    module: 'legalAdvisers',
    label: '街道公职律师覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期末本街道（含司法所等下属单位）有在岗公职律师的街道数 ÷ 街道总数',
    numerator: subdistrictSet(true),
    denominator: subdistrictSet(false),
  },
  { id: 'legalAdvisers.communities', module: 'legalAdvisers', label: '村(社区)总数', unit: '个', kind: 'count', definition: '范围内的村(社区)数', set: communitySet(false) },
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
  {
    id: 'legalAdvisers.publicLawyersInPost',
    module: 'legalAdvisers',
    label: '在岗公职律师',
    unit: '名',
    kind: 'count',
    definition: '期末已发证、未注销且未离岗的公职律师数（公职律师证不设有效期，注销后不再计入）',
    set: publicLawyerSet,
  },
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
