import { breakdownLabel, type FigureName } from '@fazhi/core/reports';
import { and, inArray, notInArray } from 'drizzle-orm';
import type { Dimension, Indicator, RecordSet } from './define.js';

const dimensionOf = (set: RecordSet, name: string): Dimension | undefined => (set.dimensions && Object.hasOwn(set.dimensions, name) ? set.dimensions[name] : undefined);
const setsOf = (indicator: Indicator) => (indicator.kind === 'rate' ? [indicator.numerator, indicator.denominator] : [indicator.set]);

/** The dimensions a report may name a value of (for a rate, those both its numerator and denominator have), for the catalogue. */
export function indicatorDimensions(indicator: Indicator) {
  const [first, ...rest] = setsOf(indicator);
  return Object.entries(first!.dimensions ?? {})
    .filter(([key]) => rest.every((s) => dimensionOf(s, key)))
    .map(([key, d]) => ({ key, label: d.label, codes: d.codes.items.map((i) => ({ code: i.code, label: i.label, ...(d.units?.[i.code] ? { unit: d.units[i.code] } : {}) })) }));
}

/**
 * One breakdown value of an indicator as an indicator of its own (清理 by 清理结论 = 废止), so a report can name it:
 * the same record set narrowed to the codes kept, computed with the others in the same query. For a rate, both its
 * numerator and its denominator are narrowed. Answers the reason in Chinese when the name does not fit.
 */
export function narrowIndicator(indicator: Indicator, name: string, filter: NonNullable<FigureName['filter']>): Indicator | string {
  const sets = setsOf(indicator);
  const dims = sets.map((s) => dimensionOf(s, filter.dimension));
  const dim = dims[0];
  if (!dim || dims.some((d) => !d)) return `指标“${indicator.label}”不能按“${filter.dimension}”分组`;
  const unknown = filter.codes.filter((c) => !dim.codes.items.some((i) => i.code === c));
  if (unknown.length) return `“${dim.label}”没有代码“${unknown.join('、')}”`;
  const narrow = (set: RecordSet, d: Dimension): RecordSet => ({
    ...set,
    where: (scope) => and(set.where(scope), filter.exclude ? notInArray(d.column, filter.codes) : inArray(d.column, filter.codes))!,
  });
  const labels = filter.codes.map((c) => dim.codes.label(c));
  const words = labels.join('、');
  const common = {
    id: name,
    module: indicator.module,
    label: breakdownLabel(indicator.label, dim.label, labels, filter.exclude),
    unit: (!filter.exclude && filter.codes.length === 1 ? dim.units?.[filter.codes[0]!] : undefined) ?? indicator.unit,
    definition: `${indicator.definition}；仅计${dim.label}${filter.exclude ? `不是“${words}”` : `为“${words}”`}的记录`,
  };
  if (indicator.kind === 'rate') return { ...common, kind: 'rate', numerator: narrow(indicator.numerator, dims[0]!), denominator: narrow(indicator.denominator, dims[1]!) };
  return { ...indicator, ...common, set: narrow(indicator.set, dim) };
}
