import { absenceReasonKinds, caseStates, disputeAreas, instances, leaderTypes, outcomes } from '@fazhi/core/litigation';
import { and, between, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, RecordSet } from '../../platform/indicators/define.js';
import { litigationCases, litigationHearings, litigationObservations } from './tables.js';

const c = litigationCases;
const caseColumns = [
  { name: 'caseNumber', label: '案号', column: c.caseNumber },
  { name: 'cause', label: '案由', column: c.cause },
  { name: 'plaintiffNames', label: '原告', column: c.plaintiffNames },
  { name: 'disputeArea', label: '争议领域', column: c.disputeArea, codes: disputeAreas },
  { name: 'instance', label: '审级', column: c.instance, codes: instances },
  { name: 'complaintReceivedOn', label: '收到起诉状日期', column: c.complaintReceivedOn, kind: 'date' as const },
  { name: 'state', label: '状态', column: c.state, codes: caseStates },
  { name: 'outcome', label: '裁判结果', column: c.outcome, codes: outcomes },
  { name: 'effectiveOutcome', label: '生效裁判结果', column: c.effectiveOutcome, codes: outcomes },
  { name: 'closedOn', label: '结案日期', column: c.closedOn, kind: 'date' as const },
];
const caseSet = (dateColumn: AnyPgColumn, extra?: SQL): RecordSet => ({
  module: 'litigation',
  table: c,
  idColumn: c.id,
  orgUnitColumn: c.orgUnitId,
  dateColumn,
  where: (s) => and(isNull(c.deletedAt), between(dateColumn, s.from, s.to), extra)!,
  columns: caseColumns,
  dimensions: { disputeArea: { label: '争议领域', column: c.disputeArea, codes: disputeAreas } },
  recordPath: '/litigation/cases/:id',
});

const h = litigationHearings;
// A hearing counts only while its case does: deleting the case takes its hearings out of every figure.
const caseLive = sql`exists (select 1 from ${c} where ${c.id} = ${h.caseId} and ${c.deletedAt} is null)`;
const hearingSet = (extra?: SQL): RecordSet => ({
  module: 'litigation',
  table: h,
  idColumn: h.caseId,
  orgUnitColumn: h.orgUnitId,
  dateColumn: h.heldOn,
  where: (s) => and(isNull(h.deletedAt), between(h.heldOn, s.from, s.to), caseLive, extra)!,
  columns: [
    { name: 'heldOn', label: '开庭日期', column: h.heldOn, kind: 'date' },
    { name: 'caseNumber', label: '案号', column: sql<string>`(select case_number from litigation_cases where id = ${h.caseId})` },
    { name: 'leaderAppeared', label: '负责人出庭', column: h.leaderAppeared, kind: 'boolean' },
    {
      name: 'appeared',
      label: '出庭人员',
      column: sql<string>`coalesce(${h.leaderName} || '（' || ${h.leaderPost} || '）', ${h.substituteName} || '（' || coalesce(${h.substitutePost}, '') || '）')`,
    },
    { name: 'leaderType', label: '负责人类型', column: h.leaderType, codes: leaderTypes },
    { name: 'absenceReasonKind', label: '负责人未出庭事由', column: h.absenceReasonKind, codes: absenceReasonKinds },
    { name: 'absenceReason', label: '负责人未出庭原因', column: h.absenceReason },
    { name: 'noticeServedOn', label: '出庭通知书送达日期', column: h.noticeServedOn, kind: 'date' },
  ],
  recordPath: '/litigation/cases/:id',
});

/**
 * Cases heard in court in the period (at least one hearing of a live case), optionally only those at which the
 * organ's own 正职, 副职 or 分管 负责人 appeared (法释〔2020〕3号 第2条). A case is counted once however many hearings.
 */
const heardCaseSet = (leaderOnly: boolean): RecordSet => ({
  ...caseSet(c.complaintReceivedOn),
  where: (s) =>
    and(
      isNull(c.deletedAt),
      // An uncorrelated set, hashed once per query; a correlated EXISTS probed the hearings once per case of every year.
      sql`${c.id} in (select ${h.caseId} from ${h} where ${h.deletedAt} is null and ${h.heldOn} between ${s.from} and ${s.to}${
        // A hearing recorded before the head's type was asked (null) keeps counting; new ones must name it.
        leaderOnly ? sql` and ${h.leaderAppeared} and (${h.leaderType} is null or ${h.leaderType} in ('principal', 'deputy', 'inCharge'))` : sql``
      })`,
    )!,
});

const o = litigationObservations;
const observationSet: RecordSet = {
  module: 'litigation',
  table: o,
  idColumn: o.id,
  orgUnitColumn: o.orgUnitId,
  dateColumn: o.heldOn,
  where: (s) => and(isNull(o.deletedAt), between(o.heldOn, s.from, s.to))!,
  columns: [
    { name: 'heldOn', label: '旁听日期', column: o.heldOn, kind: 'date' },
    { name: 'title', label: '旁听主题', column: o.title },
    { name: 'participants', label: '参加人数', column: o.participants, kind: 'integer' },
  ],
  recordPath: '/litigation/observations/:id',
};

export const litigationIndicators: Indicator[] = [
  { id: 'litigation.casesReceived', module: 'litigation', label: '收案数', unit: '件', kind: 'count', definition: '期间内收到起诉状副本的行政诉讼案件数', set: caseSet(c.complaintReceivedOn) },
  { id: 'litigation.casesClosed', module: 'litigation', label: '结案数', unit: '件', kind: 'count', definition: '期间内结案的案件数（以结案日期计）', set: caseSet(c.closedOn) },
  {
    id: 'litigation.casesLost',
    module: 'litigation',
    label: '败诉案件数',
    unit: '件',
    kind: 'count',
    definition:
      '期间内结案且生效裁判结果为败诉的案件数：判决撤销、履行法定职责、给付、确认违法、确认无效、变更、行政协议（继续履行、补救、赔偿、补偿）或行政赔偿（行政诉讼法第70–78条）；二审维持的以一审结果计，改判的以改判结果计；裁定不予立案、驳回起诉、准予撤诉、按撤诉处理和调解不计',
    set: caseSet(c.closedOn, eq(c.lost, true)),
  },
  {
    id: 'litigation.lossRate',
    module: 'litigation',
    label: '败诉率',
    unit: '%',
    kind: 'rate',
    definition: '败诉案件数 ÷ 期间内结案数',
    numerator: caseSet(c.closedOn, eq(c.lost, true)),
    denominator: caseSet(c.closedOn),
  },
  { id: 'litigation.hearingsHeld', module: 'litigation', label: '开庭次数', unit: '次', kind: 'count', definition: '期间内开庭审理的次数', set: hearingSet() },
  {
    id: 'litigation.leaderAppearanceRate',
    module: 'litigation',
    label: '负责人出庭应诉率',
    unit: '%',
    kind: 'rate',
    definition: '期间内开庭审理的案件中，被诉机关正职、副职或参与分管的负责人出庭应诉的案件数 ÷ 开庭审理的案件数（按案件计，法释〔2020〕3号第2条）',
    numerator: heardCaseSet(true),
    denominator: heardCaseSet(false),
  },
  {
    id: 'litigation.casesHeard',
    module: 'litigation',
    label: '开庭审理案件数',
    unit: '件',
    kind: 'count',
    definition: '期间内至少开庭一次的案件数',
    set: heardCaseSet(false),
  },
  {
    id: 'litigation.noticedHeadAbsent',
    module: 'litigation',
    label: '通知负责人出庭而负责人未出庭的庭审',
    unit: '次',
    kind: 'count',
    definition: '期间内人民法院送达出庭通知书（法释〔2020〕3号第四条）而被诉机关负责人未出庭的庭审次数',
    set: hearingSet(and(isNotNull(h.noticeServedOn), eq(h.leaderAppeared, false))),
  },
  { id: 'litigation.observationSessions', module: 'litigation', label: '旁听庭审场次', unit: '场', kind: 'count', definition: '期间内组织旁听庭审的场次', set: observationSet },
  {
    id: 'litigation.observationParticipants',
    module: 'litigation',
    label: '旁听庭审人次',
    unit: '人次',
    kind: 'sum',
    definition: '期间内旁听庭审的参加人数之和',
    set: observationSet,
    column: o.participants,
  },
];
