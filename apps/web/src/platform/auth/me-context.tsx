import type { Me } from '@fazhi/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onAuthProblem } from '../../api/client';

type MeState = {
  /** undefined while loading, null when nobody is logged in. */
  me: Me | null | undefined;
  setMe: (me: Me | null) => void;
  refresh: () => Promise<Me | null>;
};

const MeContext = createContext<MeState | undefined>(undefined);

async function fetchMe(): Promise<Me | null> {
  try {
    // quiet: a missing session on start-up is normal, not a redirect-worthy event.
    return await api.get<Me>('auth/me', undefined, { quiet: true });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function MeProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    const value = await fetchMe().catch(() => null);
    setMe(value);
    return value;
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // An expired session anywhere drops the user; the auth guard then sends them to /login.
  useEffect(
    () =>
      onAuthProblem((code) => {
        if (code === 'unauthenticated') setMe(null);
        else setMe((m) => (m ? { ...m, mustChangePassword: true } : m));
      }),
    [],
  );

  const value = useMemo(() => ({ me, setMe, refresh }), [me, refresh]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMeState(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMeState outside MeProvider');
  return state;
}

/** The logged-in user; only for pages under the auth guard. */
export function useMe(): Me {
  const { me } = useMeState();
  if (!me) throw new Error('useMe outside the auth guard');
  return me;
}

/** Whether the user holds `action` in `module` (in one register, when named) at some unit (the server still decides per record). */
export function useCan(module: string, action: string, entity?: string): boolean {
  const me = useMe();
  return (me.permissions[entity && me.permissions[entity] ? entity : module] ?? []).includes(action);
}

/** The unit a user's dashboards and new records default to: their first grant's unit, else their own. */
export function homeUnitOf(me: Me): string {
  return me.grants[0]?.orgUnitId ?? me.orgUnitId;
}
