import type { Notice } from '@fazhi/core';
import { api } from '../../api/client';
import { useApi, type Loaded } from '../../api/hooks';

// The header badge and the 首页 panel share one answer; a navigation refreshes it at most once a minute.
// (No timer: polling would keep an idle session alive past its timeout.)
const maxAgeMs = 60_000;
let cache: { at: number; promise: Promise<Notice[]> } | undefined;

export function loadNotices(force = false): Promise<Notice[]> {
  if (force || !cache || Date.now() - cache.at > maxAgeMs) {
    const promise = api.get<Notice[]>('notifications').catch((e: unknown) => {
      cache = undefined;
      throw e;
    });
    cache = { at: Date.now(), promise };
  }
  return cache.promise;
}

/** Alerts first, then by deadline. */
export function sortNotices(notices: Notice[]): Notice[] {
  const rank = (n: Notice) => (n.level === 'alert' ? 0 : 1);
  return [...notices].sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
}

/** The user's notices; `refreshKey` (e.g. the path) asks again when it changes, within the cache age. */
export function useNotices(refreshKey = ''): Loaded<Notice[]> {
  return useApi(`notifications:${refreshKey}`, () => loadNotices());
}
