import type { Db } from '../db/client.js';
import { orgTreeState, orgUnits } from './tables.js';

/**
 * The org tree held in memory, so that access scopes reach the planner as the units they are (`org_unit_id =
 * any(…)`, or no predicate at all for the whole tree) rather than as a path sub-query whose row count it cannot
 * estimate. A trigger bumps `org_tree_state.version` on every change to `org_units`; each session lookup reads the
 * version, so every instance reloads on its next request after any instance (or a migration, or raw SQL) changes the tree.
 */
export class OrgTree {
  private readonly pathById: Map<string, string>;
  private readonly memo = new Map<string, { count: number; literal: string }>();

  /** `units` sorted by path, so a subtree is one contiguous run. */
  constructor(
    readonly version: number,
    private readonly units: readonly { id: string; path: string }[],
  ) {
    this.pathById = new Map(units.map((u) => [u.id, u.path]));
  }

  /** Actors are logged and compared in tests: the tree shows as its version, not as every unit. */
  toJSON() {
    return { version: this.version, size: this.units.length };
  }

  get size(): number {
    return this.units.length;
  }

  pathOf(id: string): string | undefined {
    return this.pathById.get(id);
  }

  /** Ids of the units in the subtrees of `paths` (each path's unit and everything below it), as a uuid[] literal. */
  idsUnder(paths: readonly string[]): { count: number; literal: string } {
    const key = paths.join('|');
    let hit = this.memo.get(key);
    if (!hit) {
      const ids: string[] = [];
      const sorted = [...new Set(paths)].sort();
      const folded = sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
      for (const path of folded) for (let i = this.lowerBound(path), end = this.lowerBound(`${path}\uffff`); i < end; i++) ids.push(this.units[i]!.id);
      hit = { count: ids.length, literal: ids.length === 1 ? ids[0]! : `{${ids.join(',')}}` };
      // Scopes repeat (one per role and unit), so a small memo serves nearly every request; it is dropped with the tree.
      if (this.memo.size >= 1000) this.memo.clear();
      this.memo.set(key, hit);
    }
    return hit;
  }

  private lowerBound(path: string): number {
    let lo = 0;
    let hi = this.units.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.units[mid]!.path < path) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Keyed by database: tests open several databases in one process, each with its own tree at its own version.
const trees = new WeakMap<Db, OrgTree>();
const loading = new WeakMap<Db, Promise<OrgTree>>();

/** The tree at `version` (read from `org_tree_state` by the caller, e.g. in the session lookup), loaded once per change. */
export async function orgTreeAt(db: Db, version: number): Promise<OrgTree> {
  const held = trees.get(db);
  // Equality, not ≥: a restored database may carry a lower version than the tree held.
  if (held?.version === version) return held;
  const pending = loading.get(db);
  if (pending) {
    const tree = await pending;
    if (tree.version === version) return tree;
  }
  const load = (async () => {
    // Version first, rows second: the rows are then at least as new as the number they are held under.
    const [state] = await db.select({ version: orgTreeState.version }).from(orgTreeState);
    const units = await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits);
    // Sorted here, not by the database: its collation need not order '/' and hex digits as the binary search does.
    units.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const tree = new OrgTree(Number(state?.version ?? 0), units);
    trees.set(db, tree);
    return tree;
  })();
  loading.set(db, load);
  try {
    return await load;
  } finally {
    if (loading.get(db) === load) loading.delete(db);
  }
}
