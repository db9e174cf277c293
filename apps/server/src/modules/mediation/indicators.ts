import { committeeLevels, committeeSize, disputeSources, disputeStates, disputeTypes, honourKinds, honourLevels, memberPositions, outcomes } from '@fazhi/core/mediation';
import { and, between, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, RecordSet } from '../../platform/indicators/define.js';
import { mediationCampaigns, mediationCommittees, mediationDisputes, mediationHonours, mediationMediators } from './tables.js';

const d = mediationDisputes;
const disputeSet = (dateColumn: AnyPgColumn, extra?: SQL): RecordSet => ({
  module: 'mediation',
  table: d,
  idColumn: d.id,
  orgUnitColumn: d.orgUnitId,
  dateColumn,
  where: (s) => and(isNull(d.deletedAt), between(dateColumn, s.from, s.to), extra)!,
  columns: [
    { name: 'caseNumber', label: '纠纷编号', column: d.caseNumber },
    { name: 'committeeName', label: '调解组织', column: d.committeeName },
    { name: 'disputeType', label: '纠纷类型', column: d.disputeType, codes: disputeTypes },
    { name: 'source', label: '纠纷来源', column: d.source, codes: disputeSources },
    { name: 'partyNames', label: '当事人', column: d.partyNames },
    { name: 'receivedOn', label: '受理日期', column: d.receivedOn, kind: 'date' },
    { name: 'state', label: '状态', column: d.state, codes: disputeStates },
    { name: 'outcome', label: '调解结果', column: d.outcome, codes: outcomes },
    { name: 'concludedOn', label: '调解结束日期', column: d.concludedOn, kind: 'date' },
    { name: 'smartSystemEntered', label: '已录入智慧民调', column: d.smartSystemEntered, kind: 'boolean' },
  ],
  dimensions: { disputeType: { label: '纠纷类型', column: d.disputeType, codes: disputeTypes }, source: { label: '纠纷来源', column: d.source, codes: disputeSources } },
  recordPath: '/mediation/disputes/:id',
});

const h = mediationHonours;
const honourSet = (extra?: SQL): RecordSet => ({
  module: 'mediation',
  table: h,
  idColumn: h.id,
  orgUnitColumn: h.orgUnitId,
  dateColumn: h.awardedOn,
  where: (s) => and(isNull(h.deletedAt), between(h.awardedOn, s.from, s.to), extra)!,
  columns: [
    { name: 'mediatorName', label: '获评人员', column: h.mediatorName },
    { name: 'kind', label: '荣誉类别', column: h.kind, codes: honourKinds },
    { name: 'level', label: '荣誉级别', column: h.level, codes: honourLevels },
    { name: 'awardedOn', label: '授予日期', column: h.awardedOn, kind: 'date' },
    { name: 'awardedBy', label: '授予机关', column: h.awardedBy },
  ],
  dimensions: { kind: { label: '荣誉类别', column: h.kind, codes: honourKinds }, level: { label: '荣誉级别', column: h.level, codes: honourLevels } },
  recordPath: '/mediation/honours/:id',
});

const g = mediationCampaigns;
const campaignSet: RecordSet = {
  module: 'mediation',
  table: g,
  idColumn: g.id,
  orgUnitColumn: g.orgUnitId,
  dateColumn: g.startOn,
  where: (s) => and(isNull(g.deletedAt), between(g.startOn, s.from, s.to))!,
  columns: [
    { name: 'title', label: '活动名称', column: g.title },
    { name: 'startOn', label: '开始日期', column: g.startOn, kind: 'date' },
    { name: 'endOn', label: '结束日期', column: g.endOn, kind: 'date' },
    { name: 'disputeCount', label: '排查发现纠纷', column: sql<number>`(select count(*)::int from mediation_disputes where campaign_id = ${g.id} and deleted_at is null)`, kind: 'integer' },
  ],
  recordPath: '/mediation/campaigns/:id',
};

// A committee's serving 委员 (第8条 counts 委员, not hired mediators) as of the period's end.
const c = mediationCommittees;
const m = mediationMediators;
const members = (to: string, extra = sql``) =>
  sql`(select count(*)::int from ${m} where ${m.orgUnitId} = ${c.orgUnitId} and ${m.deletedAt} is null and ${m.position} in (${sql.join(
    memberPositions.map((p) => sql`${p}`),
    sql`, `,
  )}) and (${m.leftOn} is null or ${m.leftOn} > ${to})${extra})`;
/** 村(居) committees existing at the period's end (the base of the composition rates: all of them, compliant or not). */
const communityCommitteeSet = (extra?: (to: string) => SQL): RecordSet => ({
  module: 'mediation',
  table: c,
  idColumn: c.id,
  orgUnitColumn: c.orgUnitId,
  dateColumn: c.establishedOn,
  where: (s) => and(isNull(c.deletedAt), eq(c.level, 'community'), lte(c.establishedOn, s.to), extra?.(s.to))!,
  columns: [
    { name: 'name', label: '调委会名称', column: c.name },
    { name: 'level', label: '类别', column: c.level, codes: committeeLevels },
    { name: 'termEndOn', label: '本届任期届满', column: c.termEndOn, kind: 'date' },
  ],
  recordPath: '/mediation/committees/:id',
});
const hasWoman = (to: string) => sql`${members(to, sql` and ${m.gender} = 'female'`)} > 0`;
// 第8条: 委员三至九人, 应当有妇女成员.
const compliant = (to: string) => sql`${members(to)} between ${committeeSize.min} and ${committeeSize.max} and ${hasWoman(to)}`;

export const mediationIndicators: Indicator[] = [
  { id: 'mediation.disputesMediated', module: 'mediation', label: '人民调解件数', unit: '件', kind: 'count', definition: '期间内人民调解委员会受理调解的纠纷数', set: disputeSet(d.receivedOn) },
  { id: 'mediation.disputesConcluded', module: 'mediation', label: '调解终结件数', unit: '件', kind: 'count', definition: '期间内调解结束的纠纷数（成功与不成均计）', set: disputeSet(d.concludedOn) },
  {
    id: 'mediation.disputesSucceeded',
    module: 'mediation',
    label: '调解成功件数',
    unit: '件',
    kind: 'count',
    definition: '期间内调解结束且达成调解协议的纠纷数',
    set: disputeSet(d.concludedOn, eq(d.outcome, 'succeeded')),
  },
  {
    id: 'mediation.successRate',
    module: 'mediation',
    label: '调解成功率',
    unit: '%',
    kind: 'rate',
    definition: '调解成功件数 ÷ 期间内调解结束的纠纷数（不论成败）',
    numerator: disputeSet(d.concludedOn, eq(d.outcome, 'succeeded')),
    denominator: disputeSet(d.concludedOn),
  },
  {
    id: 'mediation.smartSystemEntered',
    module: 'mediation',
    label: '录入智慧民调系统件数',
    unit: '件',
    kind: 'count',
    definition: '期间内受理并已录入山东省智慧民调系统的纠纷数',
    set: disputeSet(d.receivedOn, eq(d.smartSystemEntered, true)),
  },
  {
    id: 'mediation.courtReferrals',
    module: 'mediation',
    label: '诉调对接件数',
    unit: '件',
    kind: 'count',
    definition: '期间内受理的人民法院委派、委托调解的纠纷数',
    set: disputeSet(d.receivedOn, eq(d.source, 'courtReferral')),
  },
  {
    id: 'mediation.confirmationsApplied',
    module: 'mediation',
    label: '申请司法确认件数',
    unit: '件',
    kind: 'count',
    definition: '期间内申请司法确认的调解协议数',
    set: disputeSet(d.confirmationAppliedOn),
  },
  {
    id: 'mediation.confirmationsConfirmed',
    module: 'mediation',
    label: '司法确认有效件数',
    unit: '件',
    kind: 'count',
    definition: '期间内人民法院裁定确认有效的调解协议数',
    set: disputeSet(d.confirmationDecidedOn, eq(d.confirmationResult, 'confirmed')),
  },
  {
    id: 'mediation.typicalCases',
    module: 'mediation',
    label: '典型案例入选数',
    unit: '件',
    kind: 'count',
    definition: '期间内入选典型案例汇编的调解案例数',
    set: disputeSet(d.typicalSelectedOn, eq(d.typicalCase, true)),
  },
  { id: 'mediation.honours', module: 'mediation', label: '调解员获评荣誉', unit: '人次', kind: 'count', definition: '期间内调解员获得各级表彰的人次', set: honourSet() },
  {
    id: 'mediation.cityMediationExperts',
    module: 'mediation',
    label: '市级调解能手',
    unit: '人',
    kind: 'count',
    definition: '期间内获评市级“调解能手”的调解员人数',
    set: honourSet(and(eq(h.kind, 'mediationExpert'), eq(h.level, 'city'))),
  },
  {
    id: 'mediation.cityAdvancedWorkers',
    module: 'mediation',
    label: '市级调解先进工作者',
    unit: '人',
    kind: 'count',
    definition: '期间内获评市级“调解先进工作者”的调解员人数',
    set: honourSet(and(eq(h.kind, 'advancedWorker'), eq(h.level, 'city'))),
  },
  { id: 'mediation.campaigns', module: 'mediation', label: '排查专项活动次数', unit: '次', kind: 'count', definition: '期间内开始的矛盾纠纷排查化解专项活动数', set: campaignSet },
  {
    id: 'mediation.communityCommitteeCompliance',
    module: 'mediation',
    label: '村(居)调委会组成合规率',
    unit: '%',
    kind: 'rate',
    definition: '委员三至九人且有妇女成员的村(居)调委会数 ÷ 期末全部村(居)调委会数（人民调解法第八条）',
    numerator: communityCommitteeSet(compliant),
    denominator: communityCommitteeSet(),
  },
  {
    id: 'mediation.communityCommitteeWomenRate',
    module: 'mediation',
    label: '村(居)调委会女性委员配备率',
    unit: '%',
    kind: 'rate',
    definition: '有妇女委员的村(居)调委会数 ÷ 期末全部村(居)调委会数',
    numerator: communityCommitteeSet(hasWoman),
    denominator: communityCommitteeSet(),
  },
];
