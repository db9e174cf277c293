import type { OrgUnit } from '@fazhi/core';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';

export type OrgTreeNode = { value: string; title: string; key: string; unit: OrgUnit; children: OrgTreeNode[] };

// One shared request: every TreeSelect on a page needs the same list.
let cache: Promise<OrgUnit[]> | undefined;
const listeners = new Set<() => void>();

export function loadOrgUnits(): Promise<OrgUnit[]> {
  cache ??= api.get<OrgUnit[]>('org/units').catch((e: unknown) => {
    cache = undefined;
    throw e;
  });
  return cache;
}

/** After an admin change: drop the cache and let mounted hooks reload. */
export function invalidateOrgUnits() {
  cache = undefined;
  for (const l of listeners) l();
}

export function useOrgUnits(): { units: OrgUnit[]; loading: boolean; error: unknown } {
  const [state, setState] = useState<{ units: OrgUnit[]; loading: boolean; error: unknown }>({ units: [], loading: true, error: undefined });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((t) => t + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  useEffect(() => {
    let live = true;
    loadOrgUnits().then(
      (units) => live && setState({ units, loading: false, error: undefined }),
      (error: unknown) => live && setState({ units: [], loading: false, error }),
    );
    return () => {
      live = false;
    };
  }, [tick]);
  return state;
}

/** The flat list the server sends (sorted by depth) → nested nodes; units whose parent is out of scope become roots. */
export function buildOrgTree(units: OrgUnit[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const unit of units) nodes.set(unit.id, { value: unit.id, key: unit.id, title: unit.name, unit, children: [] });
  const roots: OrgTreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** An org unit's name by id, for fields that carry only the id (协查单位, history entries). */
export function useOrgName(): (id: string) => string | undefined {
  const { units } = useOrgUnits();
  return useMemo(() => {
    const names = new Map(units.map((u) => [u.id, u.name]));
    return (id: string) => names.get(id);
  }, [units]);
}
