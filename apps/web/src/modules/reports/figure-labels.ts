import { breakdownLabel, contextPlaceholders, parseFigureName } from '@fazhi/core/reports';
import type { IndicatorDef } from '../../platform/indicators/api';

/**
 * How a placeholder is named to people: an indicator's label, a breakdown value's ("在聘法律顾问（顾问类型：律师事务所）",
 * worded as the server words it), or a report fact ({year}); undefined when it names nothing known.
 */
export function figureLabeller(catalogue: IndicatorDef[]): (name: string) => string | undefined {
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  return (name) => {
    if (Object.hasOwn(contextPlaceholders, name)) return contextPlaceholders[name as keyof typeof contextPlaceholders];
    const { id, filter } = parseFigureName(name);
    const def = byId.get(id);
    if (!def || !filter) return def?.label;
    const dim = def.dimensions?.find((d) => d.key === filter.dimension);
    const codes = filter.codes.map((c) => dim?.codes.find((x) => x.code === c)?.label);
    if (!dim || codes.some((c) => c === undefined)) return undefined;
    return breakdownLabel(def.label, dim.label, codes as string[], filter.exclude);
  };
}
