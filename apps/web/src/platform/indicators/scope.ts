import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { homeUnitOf, useMe } from '../auth/me-context';
import { startOfYear, today } from '../common/dates';
import type { IndicatorScope } from './api';

/** Dashboard scope from the URL (org, from, to), defaulting to the user's unit and this year so far. */
export function useScope(): [IndicatorScope, (patch: Partial<IndicatorScope>) => void] {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const scope: IndicatorScope = {
    org: params.get('org') ?? homeUnitOf(me),
    from: params.get('from') ?? startOfYear(),
    to: params.get('to') ?? today(),
  };
  const update = useCallback(
    (patch: Partial<IndicatorScope>) =>
      setParams(() => {
        // The live URL, not the last render's copy.
        const next = new URLSearchParams(window.location.search);
        for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v);
        // A new scope means a new record list: start from its first page.
        next.delete('page');
        return next;
      }),
    [setParams],
  );
  return [scope, update];
}
