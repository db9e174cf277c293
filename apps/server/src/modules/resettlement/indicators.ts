import { handoverModes, placementKinds, riskLevels } from '@fazhi/core/resettlement';
import { and, between, eq, gte, isNotNull, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { resettlementActivities, resettlementPersons } from './tables.js';

// Definitions (docs/glossary.md): no national formula is published for 衔接率/安置率/帮教率; these are the working
// ones of the 司法局, each with a base that the measured step does not filter.
const p = resettlementPersons;
const a = resettlementActivities;
const unitName = sql<string>`(select u.name from org_units u where u.id = "resettlement_persons"."org_unit_id")`;

const personSet = (where: (scope: IndicatorScope) => SQL | undefined): RecordSet => ({
  module: 'resettlement',
  table: p,
  idColumn: p.id,
  orgUnitColumn: p.orgUnitId,
  dateColumn: p.releasedOn,
  where: (scope) => and(isNull(p.deletedAt), where(scope))!,
  columns: [
    { name: 'name', label: '姓名', column: p.name },
    { name: 'unit', label: '负责司法所', column: unitName },
    { name: 'releasedOn', label: '释放日期', column: p.releasedOn, kind: 'date' },
    { name: 'handoverOn', label: '衔接日期', column: p.handoverOn, kind: 'date' },
    { name: 'handoverMode', label: '衔接方式', column: p.handoverMode, codes: handoverModes },
    { name: 'placementKind', label: '安置情况', column: p.placementKind, codes: placementKinds },
    { name: 'riskLevel', label: '风险等级', column: p.riskLevel, codes: riskLevels },
    { name: 'helpEndOn', label: '帮教期满', column: p.helpEndOn, kind: 'date' },
  ],
  recordPath: '/resettlement/persons/:id',
});

const releasedIn = (scope: IndicatorScope) => between(p.releasedOn, scope.from, scope.to);
/** In the 帮教期 at the end of the period (released by then, period not yet over). */
const inPeriodAtEnd = (scope: IndicatorScope) => and(lte(p.releasedOn, scope.to), gte(p.helpEndOn, scope.to));
const helpedIn = (scope: IndicatorScope) => sql`exists (select 1 from ${a} where ${a.personId} = ${p.id} and ${a.deletedAt} is null and ${a.occurredOn} between ${scope.from} and ${scope.to})`;

const ind = (i: Record<string, unknown>) => ({ module: 'resettlement', ...i }) as Indicator;

export const resettlementIndicators: Indicator[] = [
  ind({ id: 'resettlement.released', label: '新释放安置帮教对象', unit: '名', kind: 'count', definition: '释放日期在期间内的刑满释放人员数', set: personSet(releasedIn) }),
  ind({ id: 'resettlement.inHelp', label: '在册帮教对象', unit: '名', kind: 'count', definition: '期末处于帮教期（释放之日起五年）内的人数', set: personSet(inPeriodAtEnd) }),
  ind({
    id: 'resettlement.handoverRate',
    label: '衔接率',
    unit: '%',
    kind: 'rate',
    definition: '期间内释放且收到释放通知书的人员中已衔接的人数 ÷ 期间内释放且收到释放通知书的人数',
    numerator: personSet((s) => and(releasedIn(s), isNotNull(p.noticeReceivedOn), isNotNull(p.handoverOn))),
    denominator: personSet((s) => and(releasedIn(s), isNotNull(p.noticeReceivedOn))),
  }),
  ind({
    id: 'resettlement.escortRate',
    label: '重点帮教对象必接必送率',
    unit: '%',
    kind: 'rate',
    definition: '期间内释放的重点帮教对象中由司法所在释放当日接回的人数 ÷ 期间内释放的重点帮教对象数',
    numerator: personSet((s) => and(releasedIn(s), eq(p.keyPerson, true), eq(p.handoverMode, 'escorted'))),
    denominator: personSet((s) => and(releasedIn(s), eq(p.keyPerson, true))),
  }),
  ind({
    id: 'resettlement.placementRate',
    label: '安置率',
    unit: '%',
    kind: 'rate',
    definition: '期末在帮教期内且已安置（就业、创业、务农、救助、赡养扶养、就学）的人数 ÷ 期末在帮教期内的人数',
    numerator: personSet((s) => and(inPeriodAtEnd(s), isNotNull(p.placementKind), ne(p.placementKind, 'none'))),
    denominator: personSet(inPeriodAtEnd),
  }),
  ind({
    id: 'resettlement.helpRate',
    label: '帮教率',
    unit: '%',
    kind: 'rate',
    definition: '期末在帮教期内、已落实帮教小组且期间内有帮教记录的人数 ÷ 期末在帮教期内的人数',
    numerator: personSet((s) => and(inPeriodAtEnd(s), isNotNull(p.helpTeam), helpedIn(s))),
    denominator: personSet(inPeriodAtEnd),
  }),
];
