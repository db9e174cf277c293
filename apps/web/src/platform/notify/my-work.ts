import type { MyWork } from '@fazhi/core';
import { api } from '../../api/client';
import { useApi, type Loaded } from '../../api/hooks';

// The bell and 首页's 我的待办 share one answer, refreshed at most once a minute as the user moves between pages
// (no timer, as for the notices: polling would keep an idle session alive).
const maxAgeMs = 60_000;
let cache: { at: number; promise: Promise<MyWork> } | undefined;

export function loadMyWork(force = false): Promise<MyWork> {
  if (force || !cache || Date.now() - cache.at > maxAgeMs) {
    const promise = api.get<MyWork>('my-work').catch((e: unknown) => {
      cache = undefined;
      throw e;
    });
    cache = { at: Date.now(), promise };
  }
  return cache.promise;
}

/** 我的待办, grouped by kind of work; `refreshKey` (e.g. the path) asks again when it changes, within the cache age. */
export function useMyWork(refreshKey = ''): Loaded<MyWork> {
  return useApi(`my-work:${refreshKey}`, () => loadMyWork());
}
