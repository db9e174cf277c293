import type { BreakdownItem, IndicatorDef, IndicatorRecords, IndicatorValue, RecordPart } from '@fazhi/core';
import { api } from '../../api/client';

// The shapes live in core, beside the server that produces them.

export type { BreakdownItem, IndicatorDef, IndicatorRecords, IndicatorValue, RecordPart };

/** Org subtree × period every indicator is computed over. */
export type IndicatorScope = { org: string; from: string; to: string };

export const indicatorApi = {
  catalogue: (signal?: AbortSignal) => api.get<IndicatorDef[]>('indicators', undefined, { signal }),
  values: async (ids: string[], scope: IndicatorScope, signal?: AbortSignal) => (await api.get<{ values: IndicatorValue[] }>('indicators/values', { ids: ids.join(','), ...scope }, { signal })).values,
  records: (id: string, scope: IndicatorScope, page: number, pageSize: number, part: RecordPart, signal?: AbortSignal) =>
    api.get<IndicatorRecords>(`indicators/${encodeURIComponent(id)}/records`, { ...scope, page, pageSize, part }, { signal }),
  breakdown: (id: string, by: string, scope: IndicatorScope, signal?: AbortSignal) => api.get<BreakdownItem[]>(`indicators/${encodeURIComponent(id)}/breakdown`, { by, ...scope }, { signal }),
};

/** Route of the drill-down page for one figure. */
export function drillPath(id: string, scope: IndicatorScope): string {
  return `/indicators/${encodeURIComponent(id)}?${new URLSearchParams(scope).toString()}`;
}
