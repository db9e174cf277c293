import { disputeAreas, instances, caseStates, outcomes } from '@fazhi/core/litigation';
import { and, between, eq, isNull, sql, type SQL } from 'drizzle-orm';
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
const hearingSet = (extra?: SQL): RecordSet => ({
  module: 'litigation',
  table: h,
  idColumn: h.caseId,
  orgUnitColumn: h.orgUnitId,
  dateColumn: h.heldOn,
  where: (s) => and(isNull(h.deletedAt), between(h.heldOn, s.from, s.to), extra)!,
  columns: [
    { name: 'heldOn', label: '开庭日期', column: h.heldOn, kind: 'date' },
    { name: 'caseNumber', label: '案号', column: sql<string>`(select case_number from litigation_cases where id = ${h.caseId})` },
    { name: 'leaderAppeared', label: '负责人出庭', column: h.leaderAppeared, kind: 'boolean' },
    {
      name: 'appeared',
      label: '出庭人员',
      column: sql<string>`coalesce(${h.leaderName} || '（' || ${h.leaderPost} || '）', ${h.substituteName} || '（' || coalesce(${h.substitutePost}, '') || '）')`,
    },
    { name: 'absenceReason', label: '负责人未出庭原因', column: h.absenceReason },
  ],
  recordPath: '/litigation/cases/:id',
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
    definition: '期间内结案且裁判结果为确认违法、撤销、责令履行或变更的案件数',
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
    definition: '行政机关负责人出庭的庭审次数 ÷ 期间内开庭次数',
    numerator: hearingSet(eq(h.leaderAppeared, true)),
    denominator: hearingSet(),
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
