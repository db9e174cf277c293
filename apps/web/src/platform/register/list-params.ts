import type { RegisterSpec } from '@fazhi/core';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const defaultPageSize = 20;

export type ListParams = {
  /** The URL's search params; they are also exactly the API's list query. */
  params: URLSearchParams;
  page: number;
  pageSize: number;
  sort: string | undefined;
  order: 'asc' | 'desc' | undefined;
  get: (key: string) => string | undefined;
  /** Sets (or clears, with undefined/'') keys; any change other than paging returns to page 1. */
  update: (patch: Record<string, string | undefined>) => void;
};

/** List state lives in the URL, so reload, links and the back button all keep the filters. */
export function useListParams(spec: RegisterSpec): ListParams {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: Record<string, string | undefined>) => {
      setParams(
        () => {
          // The live URL, not the last render's copy: a quick second change must not undo the first.
          const next = new URLSearchParams(window.location.search);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, v);
          }
          const paging = Object.keys(patch).every((k) => k === 'page' || k === 'pageSize');
          if (!paging) next.delete('page');
          if (next.get('page') === '1') next.delete('page');
          return next;
          // Synchronously, not as a transition: the list must not keep showing the previous search's rows under the
          // new search's URL while a slow device renders.
        },
        { flushSync: true },
      );
    },
    [setParams],
  );
  const order = params.get('order');
  return {
    params,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: Number(params.get('pageSize') ?? defaultPageSize) || defaultPageSize,
    sort: params.get('sort') ?? spec.defaultSort.field,
    order: order === 'asc' || order === 'desc' ? order : params.get('sort') ? 'asc' : spec.defaultSort.order,
    get: (key) => params.get(key) ?? undefined,
    update,
  };
}

/** Query for the API: the URL params with page size defaulted. */
export function apiQuery(list: ListParams): URLSearchParams {
  const q = new URLSearchParams(list.params);
  q.set('page', String(list.page));
  q.set('pageSize', String(list.pageSize));
  return q;
}

/** Export takes the same filters without paging. */
export function exportQuery(list: ListParams): string {
  const q = new URLSearchParams(list.params);
  q.delete('page');
  q.delete('pageSize');
  const s = q.toString();
  return s ? `?${s}` : '';
}
