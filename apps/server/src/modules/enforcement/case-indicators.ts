import { caseOutcomes, caseStages, itemKinds } from '@fazhi/core/enforcement';
import { and, between, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { passedReviewExists } from '../legal-review/subjects.js';
import { enforcementCases as k } from './tables.js';

const caseSet = (where: (scope: IndicatorScope) => SQL, dateColumn: AnyPgColumn = k.filedOn): RecordSet => ({
  module: 'enforcement',
  table: k,
  idColumn: k.id,
  orgUnitColumn: k.orgUnitId,
  dateColumn,
  where: (scope) => and(isNull(k.deletedAt), where(scope))!,
  columns: [
    { name: 'caseNumber', label: '案号', column: k.caseNumber },
    { name: 'itemName', label: '执法事项', column: k.itemName },
    { name: 'itemKind', label: '事项类别', column: k.itemKind, codes: itemKinds },
    { name: 'bodyName', label: '执法主体', column: k.bodyName },
    { name: 'filedOn', label: '立案日期', column: k.filedOn, kind: 'date' },
    { name: 'decisionDueOn', label: '办案期限', column: k.decisionDueOn, kind: 'date' },
    { name: 'decidedOn', label: '决定日期', column: k.decidedOn, kind: 'date' },
    { name: 'outcome', label: '决定结果', column: k.outcome, codes: caseOutcomes },
    { name: 'disclosureDueOn', label: '公示期限', column: k.disclosureDueOn, kind: 'date' },
    { name: 'disclosedOn', label: '公示日期', column: k.disclosedOn, kind: 'date' },
    { name: 'stage', label: '案件阶段', column: k.stage, codes: caseStages },
    { name: 'online', label: '网上运行', column: k.online, kind: 'boolean' },
    { name: 'major', label: '重大执法决定', column: k.major, kind: 'boolean' },
  ],
  dimensions: { itemKind: { label: '事项类别', column: k.itemKind, codes: itemKinds } },
  recordPath: '/enforcement/cases/:id',
});

const filed = (scope: IndicatorScope) => between(k.filedOn, scope.from, scope.to);
const decided = (scope: IndicatorScope) => between(k.decidedOn, scope.from, scope.to);
/** Cases whose 90-day limit fell in the period: decided in it, or still undecided with the limit passed by its end (or today). */
const decisionDue = (scope: IndicatorScope) => or(decided(scope), and(isNull(k.decidedOn), between(k.decisionDueOn, scope.from, scope.to), sql`${k.decisionDueOn} < current_date`))!;

export const caseIndicators: Indicator[] = [
  { id: 'enforcement.cases', module: 'enforcement', label: '执法案件', unit: '件', kind: 'count', definition: '期间内立案的执法案件数（含网上办案平台导入）', set: caseSet(filed) },
  { id: 'enforcement.casesDecided', module: 'enforcement', label: '作出决定的执法案件', unit: '件', kind: 'count', definition: '期间内作出决定的执法案件数', set: caseSet(decided, k.decidedOn) },
  {
    id: 'enforcement.onlineRate',
    module: 'enforcement',
    label: '网上运行率',
    unit: '%',
    kind: 'rate',
    definition: '期间内立案且在网上办案平台运行的案件数 ÷ 期间内立案的全部案件数',
    numerator: caseSet((s) => and(filed(s), eq(k.online, true))!),
    denominator: caseSet(filed),
  },
  {
    id: 'enforcement.disclosureOnTimeRate',
    module: 'enforcement',
    label: '公示及时率',
    unit: '%',
    kind: 'rate',
    definition: '期间内作出的决定中按期公示的（许可、处罚决定7个工作日内，其他20个工作日内，国办发〔2018〕118号）÷ 期间内作出的全部决定（未公示的计入基数）',
    numerator: caseSet((s) => and(decided(s), sql`${k.disclosedOn} <= ${k.disclosureDueOn}`)!, k.decidedOn),
    denominator: caseSet(decided, k.decidedOn),
  },
  {
    id: 'enforcement.legalReviewRate',
    module: 'enforcement',
    label: '重大执法决定法制审核率',
    unit: '%',
    kind: 'rate',
    definition: '期间内作出的重大执法决定中经法制审核通过的 ÷ 期间内作出的全部重大执法决定（行政处罚法第58条）',
    numerator: caseSet((s) => and(decided(s), eq(k.major, true), passedReviewExists('enforcementDecision', k.id))!, k.decidedOn),
    denominator: caseSet((s) => and(decided(s), eq(k.major, true))!, k.decidedOn),
  },
  {
    id: 'enforcement.decisionOnTimeRate',
    module: 'enforcement',
    label: '办理及时率',
    unit: '%',
    kind: 'rate',
    definition: '期间内作出决定且未超过办案期限（立案之日起90日，经批准延长的加延长天数，行政处罚法第60条）的案件 ÷ 期间内作出决定的案件与期限已届满仍未决定的案件之和',
    numerator: caseSet((s) => and(decided(s), sql`${k.decidedOn} <= ${k.decisionDueOn}`)!, k.decidedOn),
    denominator: caseSet(decisionDue, k.decisionDueOn),
  },
];
