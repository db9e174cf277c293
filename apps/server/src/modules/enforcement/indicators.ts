import { annualTrainingHours, certificateKinds, certificateStates, itemKinds, leniencyOutcomes, officerPosts, revokeReasons, reviewResults } from '@fazhi/core/enforcement';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { and, between, eq, isNull, not, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet, RowFacts } from '../../platform/indicators/define.js';
import { enforcementCertificates, enforcementItems, enforcementLeniencyDecisions, enforcementOfficers, enforcementReviews, enforcementTrainings } from './tables.js';

const c = enforcementCertificates;
const certificateSet = (where: (scope: IndicatorScope) => SQL, dateColumn: AnyPgColumn = c.issuedOn): RecordSet => ({
  module: 'enforcement',
  table: c,
  idColumn: c.id,
  orgUnitColumn: c.orgUnitId,
  dateColumn,
  where: (scope) => and(isNull(c.deletedAt), where(scope))!,
  columns: [
    { name: 'number', label: '证件号码', column: c.number },
    { name: 'kind', label: '证件类别', column: c.kind, codes: certificateKinds },
    { name: 'officerName', label: '持证人', column: c.officerName },
    { name: 'issuedOn', label: '发证日期', column: c.issuedOn, kind: 'date' },
    { name: 'status', label: '证件状态', column: c.status, codes: certificateStates },
    { name: 'revokedOn', label: '注销日期', column: c.revokedOn, kind: 'date' },
    { name: 'revokeReason', label: '注销原因', column: c.revokeReason, codes: revokeReasons },
  ],
  dimensions: { kind: { label: '证件类别', column: c.kind, codes: certificateKinds } },
  recordPath: '/enforcement/certificates/:id',
});

const rv = enforcementReviews;
const reviewSet: RecordSet = {
  module: 'enforcement',
  table: rv,
  idColumn: rv.id,
  orgUnitColumn: rv.orgUnitId,
  dateColumn: rv.reviewedOn,
  where: (scope) => and(isNull(rv.deletedAt), between(rv.reviewedOn, scope.from, scope.to))!,
  columns: [
    { name: 'year', label: '年审年度', column: rv.year, kind: 'integer' },
    { name: 'certificateNumber', label: '证件号码', column: rv.certificateNumber },
    { name: 'officerName', label: '持证人', column: rv.officerName },
    { name: 'result', label: '年审结果', column: rv.result, codes: reviewResults },
    { name: 'reviewedOn', label: '年审日期', column: rv.reviewedOn, kind: 'date' },
  ],
  dimensions: { result: { label: '年审结果', column: rv.result, codes: reviewResults } },
  recordPath: '/enforcement/reviews/:id',
};

const o = enforcementOfficers;
// Sub-queries name the outer table in full: beside their own aliases an unqualified column could bind to either.
/** Officers who held an 执法证 valid at some time in the period: issued by its end, not revoked before its start. */
const holdersIn = (scope: IndicatorScope) =>
  sql`(select ec.officer_id from enforcement_certificates ec where ec.deleted_at is null and ec.kind = 'enforcement' and ec.issued_on <= ${scope.to} and (ec.revoked_on is null or ec.revoked_on >= ${scope.from}))`;
/**
 * Each officer's 执法证 and training in the period, computed once per query for the five officer figures (each
 * predicate below used to be its own hashed sub-query: 7 certificate scans and 2 training aggregates in one statement).
 * `held`: an 执法证 valid at some time in the period; `holds`: one in force at the period end (暂扣 does not end it).
 */
const officerFacts: RowFacts[] = [
  {
    alias: 'certificate',
    sql: (scope) =>
      sql`select ec.officer_id as id, bool_or(ec.revoked_on is null or ec.revoked_on >= ${scope.from}) as held, bool_or(ec.revoked_on is null or ec.revoked_on > ${scope.to}) as holds
          from enforcement_certificates ec where ec.deleted_at is null and ec.kind = 'enforcement' and ec.issued_on <= ${scope.to} group by ec.officer_id`,
  },
  {
    alias: 'training',
    sql: (scope) =>
      sql`select t.officer_id as id, sum(t.hours) as hours from enforcement_trainings t where t.deleted_at is null and t.trained_on between ${scope.from} and ${scope.to} group by t.officer_id`,
  },
];
const heldCertificateIn = () => sql`coalesce("certificate"."held", false)`;
const holdsCertificateAt = () => sql`coalesce("certificate"."holds", false)`;
/** Trained at least `hours` in the period. */
const trainedAtLeast = (hours: number) => sql`coalesce("training"."hours", 0) >= ${hours}`;
const officerSet = (where: (scope: IndicatorScope) => SQL, withHours = false): RecordSet => ({
  module: 'enforcement',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.orgUnitId,
  dateColumn: o.createdAt,
  where: (scope) => and(isNull(o.deletedAt), where(scope))!,
  facts: officerFacts,
  columns: [
    { name: 'name', label: '姓名', column: o.name },
    { name: 'bodyName', label: '执法主体', column: o.bodyName },
    { name: 'post', label: '人员性质', column: o.post, codes: officerPosts },
    ...(withHours
      ? [
          {
            name: 'hours',
            label: '培训学时（全部年度）',
            column: sql<number>`(select coalesce(sum(t.hours), 0) from enforcement_trainings t where t.officer_id = "enforcement_officers"."id" and t.deleted_at is null)`,
          },
        ]
      : []),
  ],
  recordPath: '/enforcement/officers/:id',
});

const t = enforcementTrainings;
const trainingSet: RecordSet = {
  module: 'enforcement',
  table: t,
  idColumn: t.id,
  orgUnitColumn: t.orgUnitId,
  dateColumn: t.trainedOn,
  // The base of 人均学时 and 达标率: officers holding an 执法证 during the period; their training only.
  where: (scope) => and(isNull(t.deletedAt), between(t.trainedOn, scope.from, scope.to), sql`"enforcement_trainings"."officer_id" in ${holdersIn(scope)}`)!,
  columns: [
    { name: 'trainedOn', label: '培训日期', column: t.trainedOn, kind: 'date' },
    { name: 'officerName', label: '执法人员', column: t.officerName },
    { name: 'course', label: '培训课程', column: t.course },
    { name: 'hours', label: '学时', column: t.hours },
  ],
  recordPath: '/enforcement/trainings/:id',
};

const i = enforcementItems;
const itemSet = (penaltyOnly: boolean, withStandard: boolean): RecordSet => ({
  module: 'enforcement',
  table: i,
  idColumn: i.id,
  orgUnitColumn: i.orgUnitId,
  dateColumn: i.createdAt,
  // The list as it stands (items are not dated); the base of the coverage rate is every 处罚 item, with or without 基准.
  where: () =>
    and(
      isNull(i.deletedAt),
      penaltyOnly ? eq(i.kind, 'penalty') : undefined,
      withStandard ? sql`exists (select 1 from enforcement_standards s where s.item_id = "enforcement_items"."id" and s.deleted_at is null)` : undefined,
    )!,
  columns: [
    { name: 'code', label: '事项编码', column: i.code },
    { name: 'name', label: '事项名称', column: i.name },
    { name: 'kind', label: '事项类别', column: i.kind, codes: itemKinds },
    { name: 'bodyName', label: '执法主体', column: i.bodyName },
    { name: 'standards', label: '裁量基准数', column: sql<number>`(select count(*) from enforcement_standards s where s.item_id = "enforcement_items"."id" and s.deleted_at is null)` },
  ],
  dimensions: { kind: { label: '事项类别', column: i.kind, codes: itemKinds } },
  recordPath: '/enforcement/items/:id',
});

const d = enforcementLeniencyDecisions;
/** One row per market entity: its first decision of the period (by date, then id), so each entity counts once. */
const leniencyEntitySet: RecordSet = {
  module: 'enforcement',
  table: d,
  idColumn: d.id,
  orgUnitColumn: d.orgUnitId,
  dateColumn: d.decidedOn,
  where: (scope) =>
    and(
      isNull(d.deletedAt),
      between(d.decidedOn, scope.from, scope.to),
      sql`not exists (select 1 from enforcement_leniency_decisions e where e.credit_code = "enforcement_leniency_decisions"."credit_code" and e.deleted_at is null and e.decided_on between ${scope.from} and ${scope.to} and (e.decided_on, e.id) < ("enforcement_leniency_decisions"."decided_on", "enforcement_leniency_decisions"."id"))`,
    )!,
  columns: [
    { name: 'entityName', label: '市场主体', column: d.entityName },
    { name: 'creditCode', label: '统一社会信用代码', column: d.creditCode },
    { name: 'decidedOn', label: '首次决定日期', column: d.decidedOn, kind: 'date' },
    { name: 'outcome', label: '处理结果', column: d.outcome, codes: leniencyOutcomes },
    { name: 'bodyName', label: '执法主体', column: d.bodyName },
    {
      name: 'decisions',
      label: '期间决定数',
      column: sql<number>`(select count(*) from enforcement_leniency_decisions e where e.credit_code = "enforcement_leniency_decisions"."credit_code" and e.deleted_at is null)`,
    },
  ],
  recordPath: '/enforcement/leniency-decisions/:id',
};

const issued = (kind: string) => (scope: IndicatorScope) => and(eq(c.kind, kind), between(c.issuedOn, scope.from, scope.to))!;

export const enforcementIndicators: Indicator[] = [
  {
    id: 'enforcement.newEnforcementCertificates',
    module: 'enforcement',
    label: '新申领执法证件',
    unit: '人',
    kind: 'count',
    definition: '期间内发证的行政执法证数（每人一证）',
    set: certificateSet(issued('enforcement')),
  },
  {
    id: 'enforcement.newHearingCertificates',
    module: 'enforcement',
    label: '新申领听证主持人证件',
    unit: '人',
    kind: 'count',
    definition: '期间内发证的听证主持人证数（每人一证）',
    set: certificateSet(issued('hearing')),
  },
  { id: 'enforcement.annualReviews', module: 'enforcement', label: '年审', unit: '人', kind: 'count', definition: '期间内办理的证件年审记录数（以年审日期计，每证每年一条）', set: reviewSet },
  {
    id: 'enforcement.revokedCertificates',
    module: 'enforcement',
    label: '注销证件',
    unit: '人',
    kind: 'count',
    definition: '期间内注销的证件数（以注销日期计）',
    set: certificateSet((scope) => between(c.revokedOn, scope.from, scope.to), c.revokedOn),
  },
  {
    id: 'enforcement.certifiedOfficers',
    module: 'enforcement',
    label: '持证执法人员',
    unit: '人',
    kind: 'count',
    definition: '期末持有已发证、未注销行政执法证的执法人员数',
    set: officerSet(holdsCertificateAt),
  },
  {
    id: 'enforcement.trainingHours',
    module: 'enforcement',
    label: '持证执法人员培训学时',
    unit: '学时',
    kind: 'sum',
    definition: '期间内持有行政执法证（期间内有效过）的执法人员的培训学时之和；除以“期间持证执法人员”即人均学时',
    set: trainingSet,
    column: t.hours,
  },
  {
    id: 'enforcement.officersHeldCertificate',
    module: 'enforcement',
    label: '期间持证执法人员',
    unit: '人',
    kind: 'count',
    definition: '期间内任一时点持有行政执法证（期末前发证、期初前未注销）的执法人员数：培训达标率和人均学时的基数',
    set: officerSet(heldCertificateIn, true),
  },
  {
    id: 'enforcement.trainingComplianceRate',
    module: 'enforcement',
    label: '培训达标率',
    unit: '%',
    kind: 'rate',
    definition: `期间内培训学时不少于${annualTrainingHours}学时的持证执法人员数 ÷ 期间持证执法人员数（基数不按学时筛选）`,
    numerator: officerSet(() => and(heldCertificateIn(), trainedAtLeast(annualTrainingHours))!, true),
    denominator: officerSet(heldCertificateIn, true),
  },
  {
    id: 'enforcement.officersShortOfTraining',
    module: 'enforcement',
    label: '培训学时不足人员',
    unit: '人',
    kind: 'count',
    definition: `期间内持有行政执法证、培训学时不足${annualTrainingHours}学时的执法人员数（年度内11月起预警）`,
    set: officerSet(() => and(heldCertificateIn(), not(trainedAtLeast(annualTrainingHours)))!, true),
  },
  { id: 'enforcement.items', module: 'enforcement', label: '执法事项', unit: '项', kind: 'count', definition: '执法事项清单中现行的事项数（可按事项类别分解）', set: itemSet(false, false) },
  { id: 'enforcement.penaltyItems', module: 'enforcement', label: '行政处罚事项', unit: '项', kind: 'count', definition: '执法事项清单中类别为行政处罚的事项数', set: itemSet(true, false) },
  {
    id: 'enforcement.standardCoverage',
    module: 'enforcement',
    label: '裁量基准覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '至少有一条裁量基准的行政处罚事项数 ÷ 全部行政处罚事项数（行政处罚法第34条）',
    numerator: itemSet(true, true),
    denominator: itemSet(true, false),
  },
  {
    id: 'enforcement.lenientEntities',
    module: 'enforcement',
    label: '市场主体免于或减轻处罚',
    unit: '个',
    kind: 'count',
    definition: '期间内依不罚轻罚清单作出不予处罚、减轻或从轻处罚决定的市场主体数（按统一社会信用代码，每个主体只计一次）',
    set: leniencyEntitySet,
  },
];
