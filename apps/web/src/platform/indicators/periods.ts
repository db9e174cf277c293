import dayjs from 'dayjs';
import type { BreakdownItem, IndicatorScope } from './api';

/**
 * Every month of the period, empty ones filled, so a monthly breakdown reads as a time line (up to three years).
 * A count is 0 in a month without records; a rate has no value there (nothing to divide by).
 */
export function fillMonths(scope: IndicatorScope, items: BreakdownItem[], empty: number | null = 0): BreakdownItem[] {
  const first = dayjs(scope.from).startOf('month');
  const last = dayjs(scope.to).startOf('month');
  if (!first.isValid() || !last.isValid() || last.diff(first, 'month') > 36) return items;
  const byKey = new Map(items.map((i) => [i.key, i]));
  const out: BreakdownItem[] = [];
  for (let m = first; !m.isAfter(last); m = m.add(1, 'month')) {
    const key = m.format('YYYY-MM');
    out.push(byKey.get(key) ?? { key, label: key, value: empty });
  }
  return out;
}

/** One month ('YYYY-MM') of the scope, clipped to the chosen period. */
export function monthScope(scope: IndicatorScope, key: string): IndicatorScope {
  const start = dayjs(`${key}-01`);
  if (!start.isValid()) return scope;
  const from = start.format('YYYY-MM-DD');
  const to = start.endOf('month').format('YYYY-MM-DD');
  return { org: scope.org, from: from < scope.from ? scope.from : from, to: to > scope.to ? scope.to : to };
}

/** Axis labels of months: '3月' within one year, '25-03' across years. */
export function monthLabels(keys: string[]): string[] {
  const years = new Set(keys.map((k) => k.slice(0, 4)));
  return keys.map((k) => (years.size <= 1 ? `${Number(k.slice(5, 7))}月` : k.slice(2)));
}
