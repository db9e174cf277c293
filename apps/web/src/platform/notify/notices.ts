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

/** Unread messages first, then alerts, then reminders by deadline, then read messages (newest first). */
export function sortNotices(notices: Notice[]): Notice[] {
  const rank = (n: Notice) => (n.level === 'info' ? (n.readAt ? 3 : 0) : n.level === 'alert' ? 1 : 2);
  return [...notices].sort((a, b) => rank(a) - rank(b) || (a.level === 'info' ? b.createdAt.localeCompare(a.createdAt) : (a.dueOn ?? '').localeCompare(b.dueOn ?? '')));
}

/** Messages addressed to the user and not yet read. */
export const unreadOf = (notices: Notice[] | undefined) => notices?.filter((n) => n.level === 'info' && !n.readAt).length ?? 0;

/** Marks one message (or all) read, then asks for the notices again. */
export async function markRead(id?: number): Promise<void> {
  await api.post(id === undefined ? 'notifications/read-all' : `notifications/${id}/read`);
  await loadNotices(true);
}

/** The user's notices; `refreshKey` (e.g. the path) asks again when it changes, within the cache age. */
export function useNotices(refreshKey = ''): Loaded<Notice[]> {
  return useApi(`notifications:${refreshKey}`, () => loadNotices());
}
