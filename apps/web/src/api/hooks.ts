import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = {
  /** The last answer; while a new key loads, it is still the previous key's (see `dataKey`). */
  data: T | undefined;
  /** The key `data` was loaded for. */
  dataKey: string | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
};

/**
 * Loads `fetcher` whenever `key` changes (a string naming everything the fetch depends on, e.g. the URL);
 * a null key skips loading. Stale answers of an earlier key are dropped via the abort signal.
 */
export function useApi<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<{ data: T; key: string }>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(key !== null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    fetcher(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) setLoaded({ data: value, key });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
    // The fetcher is re-created every render; `key` is the declared dependency.
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: loaded?.data, dataKey: loaded?.key, error, loading, reload };
}
