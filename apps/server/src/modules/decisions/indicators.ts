import {
  adoptingOutcomes,
  decisionKinds,
  decisionOutcomes,
  decisionStates,
  matterCategories,
  meetingTypes,
  quarters,
  reviewedMatterCategories,
  riskLevels,
  stepStatuses,
  undeliberatedForms,
} from '@fazhi/core/decisions';
import { and, between, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
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
// Deliberated: at one of the collective meetings (条例第三十条, 第四十二条); a decision reached otherwise has none.
const deliberated = inArray(d.meetingType, [...meetingTypes.codes]);
const decisionColumns = [
  { name: 'title', label: '决策事项', column: d.title },
  { name: 'kind', label: '类别', column: d.kind, codes: decisionKinds },
  { name: 'decidedOn', label: '作出决定日期', column: d.decidedOn, kind: 'date' as const },
  { name: 'meetingType', label: '集体讨论会议', column: d.meetingType, codes: meetingTypes },
  { name: 'undeliberatedForm', label: '未经集体讨论的决定方式', column: d.undeliberatedForm, codes: undeliberatedForms },
  { name: 'deliberated', label: '经集体讨论', column: sql<boolean>`coalesce(${deliberated}, false)`, kind: 'boolean' as const },
  { name: 'reviewed', label: '经合法性审查', column: passedReviewExists('majorDecision', d.id) as SQL<boolean>, kind: 'boolean' as const },
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
// 作出决策: adopted (with or without changes), at a meeting or without one. The base of the decision rates is every
// decision made, not only those that went through the step a rate measures, so a skipped step shows as a gap.
const decided = (extra?: SQL) => decisionSet(d.decidedOn, and(inArray(d.outcome, [...adoptingOutcomes]), extra));

const m = subdistrictMatters;
const matterSet = (extra?: SQL, base?: SQL): RecordSet => ({
  module: 'decisions',
  table: m,
  idColumn: m.id,
  orgUnitColumn: m.orgUnitId,
  dateColumn: m.meetingOn,
  // Only 街道 count towards 街道合法性审查全覆盖, whatever other units keep in this register.
  where: (s) => and(isNull(m.deletedAt), eq(m.state, 'decided'), between(m.meetingOn, s.from, s.to), sql`${m.orgUnitId} in (select id from org_units where kind = 'subdistrict')`, base, extra)!,
  columns: [
    { name: 'subject', label: '事项名称', column: m.subject },
    { name: 'category', label: '类别', column: m.category, codes: matterCategories },
    { name: 'meetingOn', label: '会议日期', column: m.meetingOn, kind: 'date' },
    { name: 'judicialOfficeHeadAttended', label: '司法所负责人列席', column: m.judicialOfficeHeadAttended, kind: 'boolean' },
    { name: 'reviewed', label: '会前经合法性审查', column: sql<boolean>`(${reviewedBeforeMeeting})`, kind: 'boolean' },
    { name: 'unreviewedNote', label: '未经审查的情况说明', column: m.unreviewedNote },
  ],
  dimensions: { category: { label: '类别', column: m.category, codes: matterCategories } },
  recordPath: '/decisions/matters/:id',
});

// The 涉法事项 whose meeting needs a legality review first: every one decided, reviewed or not, is the coverage base.
const reviewedCategories = inArray(m.category, [...reviewedMatterCategories]);
// A review obtained after the meeting decided without one does not close the gap.
const reviewedBeforeMeeting = and(passedReviewExists('subdistrictMatter', m.id), isNull(m.unreviewedNote))!;

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
  {
    id: 'decisions.decided',
    module: 'decisions',
    label: '作出重大行政决策数',
    unit: '项',
    kind: 'count',
    definition: '期间内作出（通过或修改后通过）的重大行政决策数，含未经集体讨论作出的',
    set: decided(),
  },
  share('decisions.publicParticipationRate', '公众参与率', '履行公众参与程序（条例第十四条所列方式）的决策数 ÷ 期间内作出的决策数（含未经集体讨论作出的）', eq(d.publicCommentStatus, 'done')),
  share('decisions.legalityReviewRate', '合法性审查率', '经合法性审查（结论为合法或修改后合法）的决策数 ÷ 期间内作出的决策数（含未经集体讨论作出的）', passedReviewExists('majorDecision', d.id)),
  share(
    'decisions.collectiveDeliberationRate',
    '集体讨论决定率',
    '经集体讨论决定（政府常务会议、全体会议，或部门、管委会、街道的领导班子会议）的决策数 ÷ 期间内作出的决策数（含未经集体讨论作出的）',
    deliberated,
  ),
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
    definition: '会前经合法性审查通过的街道涉法事项数 ÷ 期间内街道会议决定的涉法事项数（重大决策、规范性文件、重大执法决定、合同协议，不论是否经审查；人事任免等事项不计）',
    numerator: matterSet(reviewedBeforeMeeting, reviewedCategories),
    denominator: matterSet(undefined, reviewedCategories),
  },
];
