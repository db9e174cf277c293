import { api } from '../../api/client';

/** Shapes of /api/indicators/*; core has no contract for them yet. */
export type IndicatorDef = { id: string; label: string; unit: string; kind: string; definition: string; module: string };

export type IndicatorValue = {
  id: string;
  label: string;
  unit: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Formatted by the server ("—" for a rate with nothing to divide by). */
  display: string;
};

/** For a rate, the records behind its numerator (default) or its denominator. */
export type RecordPart = 'numerator' | 'denominator';

export type IndicatorRecords = {
  items: Record<string, unknown>[];
  total: number;
  page: number;
  pageSize: number;
  columns: { name: string; label: string; kind?: string }[];
  /** Web route of one record, e.g. '/litigation/cases/:id'. */
  recordPath?: string;
};

export type BreakdownItem = { key: string; label: string; value: number | null; display?: string };

/** Org subtree × period every indicator is computed over. */
export type IndicatorScope = { org: string; from: string; to: string };

export const indicatorApi = {
  catalogue: (signal?: AbortSignal) => api.get<IndicatorDef[]>('indicators', undefined, { signal }),
  values: async (ids: string[], scope: IndicatorScope, signal?: AbortSignal) =>
    (await api.get<{ values: IndicatorValue[] }>('indicators/values', { ids: ids.join(','), ...scope }, { signal })).values,
  records: (id: string, scope: IndicatorScope, page: number, pageSize: number, part: RecordPart, signal?: AbortSignal) =>
    api.get<IndicatorRecords>(`indicators/${encodeURIComponent(id)}/records`, { ...scope, page, pageSize, part }, { signal }),
  breakdown: (id: string, by: string, scope: IndicatorScope, signal?: AbortSignal) =>
    api.get<BreakdownItem[]>(`indicators/${encodeURIComponent(id)}/breakdown`, { by, ...scope }, { signal }),
};

/** Route of the drill-down page for one figure. */
export function drillPath(id: string, scope: IndicatorScope): string {
  return `/indicators/${encodeURIComponent(id)}?${new URLSearchParams(scope).toString()}`;
}
