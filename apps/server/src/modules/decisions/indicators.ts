import { adoptingOutcomes, decisionKinds, decisionOutcomes, decisionStates, matterCategories, quarters, riskLevels, stepStatuses } from '@fazhi/core/decisions';
import { and, between, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, RecordSet } from '../../platform/indicators/define.js';
import { passedReviewExists } from '../legal-review/subjects.js';
import { decisionCatalogueItems, decisionCatalogues, majorDecisions, subdistrictMatters } from './tables.js';

const i = decisionCatalogueItems;
// Drill-down selects write columns without their table name; inside a subquery the item's column is named in full.
const itemDecisionInSelect = sql`${sql.identifier('decision_catalogue_items')}.${sql.identifier('decision_id')}`;
const catalogueItemSet: RecordSet = {
  module: 'decisions',
  table: i,
  idColumn: i.catalogueId,
  // Counted where the work is: at each item's 承办单位, so a district's figure is the sum of its units'.
  orgUnitColumn: i.leadUnitId,
  dateColumn: i.yearStart,
  // Items of published catalogues whose year falls in the period.
  where: (s) =>
    and(
      sql`extract(year from ${i.yearStart}) between extract(year from ${s.from}::date) and extract(year from ${s.to}::date)`,
      sql`exists (select 1 from ${decisionCatalogues} c where c.id = ${i.catalogueId} and c.deleted_at is null and c.state = 'published')`,
    )!,
  columns: [
    { name: 'title', label: '决策事项', column: i.title },
    { name: 'kind', label: '类别', column: i.kind, codes: decisionKinds },
    { name: 'leadUnit', label: '承办单位', column: sql<string>`(select name from org_units where id = ${i.leadUnitId})` },
    { name: 'plannedQuarter', label: '计划完成', column: i.plannedQuarter, codes: quarters },
    { name: 'started', label: '已启动决策程序', column: sql<boolean>`exists (select 1 from major_decisions d where d.id = ${itemDecisionInSelect} and d.deleted_at is null)`, kind: 'boolean' },
  ],
  dimensions: { kind: { label: '类别', column: i.kind, codes: decisionKinds } },
  recordPath: '/decisions/catalogues/:id',
};

const d = majorDecisions;
const decisionColumns = [
  { name: 'title', label: '决策事项', column: d.title },
  { name: 'kind', label: '类别', column: d.kind, codes: decisionKinds },
  { name: 'meetingOn', label: '集体讨论日期', column: d.meetingOn, kind: 'date' as const },
  { name: 'outcome', label: '决定结果', column: d.outcome, codes: decisionOutcomes },
  { name: 'publicCommentStatus', label: '公众参与', column: d.publicCommentStatus, codes: stepStatuses },
  { name: 'expertReviewStatus', label: '专家论证', column: d.expertReviewStatus, codes: stepStatuses },
  { name: 'riskAssessmentStatus', label: '风险评估', column: d.riskAssessmentStatus, codes: stepStatuses },
  { name: 'state', label: '状态', column: d.state, codes: decisionStates },
];
const decisionSet = (dateColumn: AnyPgColumn, extra?: SQL): RecordSet => ({
  module: 'decisions',
  table: d,
  idColumn: d.id,
  orgUnitColumn: d.orgUnitId,
  dateColumn,
  where: (s) => and(isNull(d.deletedAt), between(dateColumn, s.from, s.to), extra)!,
  columns: decisionColumns,
  dimensions: { kind: { label: '类别', column: d.kind, codes: decisionKinds } },
  recordPath: '/decisions/decisions/:id',
});
// 作出决策: the meeting adopted it (with or without changes).
const decided = (extra?: SQL) => decisionSet(d.meetingOn, and(inArray(d.outcome, [...adoptingOutcomes]), extra));

const m = subdistrictMatters;
const matterSet = (extra?: SQL): RecordSet => ({
  module: 'decisions',
  table: m,
  idColumn: m.id,
  orgUnitColumn: m.orgUnitId,
  dateColumn: m.meetingOn,
  // Only 街道 count towards 街道合法性审查全覆盖, whatever other units keep in this register.
  where: (s) => and(isNull(m.deletedAt), eq(m.state, 'decided'), between(m.meetingOn, s.from, s.to), sql`${m.orgUnitId} in (select id from org_units where kind = 'subdistrict')`, extra)!,
  columns: [
    { name: 'subject', label: '事项名称', column: m.subject },
    { name: 'category', label: '类别', column: m.category, codes: matterCategories },
    { name: 'meetingOn', label: '会议日期', column: m.meetingOn, kind: 'date' },
    { name: 'judicialOfficeHeadAttended', label: '司法所负责人列席', column: m.judicialOfficeHeadAttended, kind: 'boolean' },
    { name: 'reviewed', label: '经合法性审查', column: passedReviewExists('subdistrictMatter', m.id) as SQL<boolean>, kind: 'boolean' },
  ],
  dimensions: { category: { label: '类别', column: m.category, codes: matterCategories } },
  recordPath: '/decisions/matters/:id',
});

const share = (id: string, label: string, definition: string, extra: SQL): Indicator => ({
  id,
  module: 'decisions',
  label,
  unit: '%',
  kind: 'rate',
  definition,
  numerator: decided(extra),
  denominator: decided(),
});

export const decisionsIndicators: Indicator[] = [
  {
    id: 'decisions.catalogueItems',
    module: 'decisions',
    label: '决策事项目录事项数',
    unit: '项',
    kind: 'count',
    definition: '期间所在年度已公布的重大行政决策事项目录中的事项数',
    set: catalogueItemSet,
  },
  { id: 'decisions.decided', module: 'decisions', label: '作出重大行政决策数', unit: '项', kind: 'count', definition: '期间内经集体讨论决定通过（含修改后通过）的重大行政决策数', set: decided() },
  share('decisions.publicParticipationRate', '公众参与率', '经公开征求意见的决策数 ÷ 期间内作出的决策数', eq(d.publicCommentStatus, 'done')),
  share('decisions.legalityReviewRate', '合法性审查率', '经合法性审查（结论为合法或修改后合法）的决策数 ÷ 期间内作出的决策数', passedReviewExists('majorDecision', d.id)),
  share('decisions.collectiveDeliberationRate', '集体讨论决定率', '经常务会议或全体会议集体讨论决定的决策数 ÷ 期间内作出的决策数', and(isNotNull(d.meetingType), isNotNull(d.headName))!),
  {
    id: 'decisions.expertReviews',
    module: 'decisions',
    label: '专家论证次数',
    unit: '项',
    kind: 'count',
    definition: '期间内完成专家论证（以最后一位专家签署意见日期计）的决策数',
    set: decisionSet(d.expertReviewedOn, eq(d.expertReviewStatus, 'done')),
  },
  {
    id: 'decisions.riskAssessments',
    module: 'decisions',
    label: '风险评估次数',
    unit: '项',
    kind: 'count',
    definition: '期间内完成社会稳定风险评估（以评估报告日期计）的决策数',
    set: { ...decisionSet(d.riskAssessedOn, eq(d.riskAssessmentStatus, 'done')), dimensions: { riskLevel: { label: '风险等级', column: d.riskLevel, codes: riskLevels } } },
  },
  {
    id: 'decisions.judicialOfficeAttendanceRate',
    module: 'decisions',
    label: '司法所负责人列席街道会议率',
    unit: '%',
    kind: 'rate',
    definition: '司法所负责人列席会议的街道重大事项数 ÷ 期间内作出会议决定的街道重大事项数',
    numerator: matterSet(eq(m.judicialOfficeHeadAttended, true)),
    denominator: matterSet(),
  },
  { id: 'decisions.mattersDecided', module: 'decisions', label: '街道重大事项决定数', unit: '项', kind: 'count', definition: '期间内街道作出会议决定的“三重一大”等重大事项数', set: matterSet() },
  {
    id: 'decisions.subdistrictReviewCoverage',
    module: 'decisions',
    label: '街道合法性审查覆盖率',
    unit: '%',
    kind: 'rate',
    definition: '期间内作出会议决定且经合法性审查通过的街道重大事项数 ÷ 期间内作出会议决定的街道重大事项数',
    numerator: matterSet(passedReviewExists('subdistrictMatter', m.id)),
    denominator: matterSet(),
  },
];
