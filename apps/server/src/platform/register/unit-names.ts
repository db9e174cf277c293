import type { Db } from '../db/client.js';
import { orgUnits } from '../org/tables.js';

/**
 * Units as a sheet names them: by name, or "上级/名称" where two units share a name (王庄社区 in two 街道), so that
 * an exported unit always reads back as the same unit.
 */
export type UnitNames = { labelOf: (id: string) => string; idOf: (text: string) => string | undefined; isAmbiguous: (text: string) => boolean; pathOf: (id: string) => string | undefined };

export async function loadUnitNames(db: Db): Promise<UnitNames> {
  const rows = await db.select({ id: orgUnits.id, name: orgUnits.name, parentId: orgUnits.parentId, path: orgUnits.path }).from(orgUnits);
  const byId = new Map(rows.map((u) => [u.id, u]));
  const count = new Map<string, number>();
  for (const u of rows) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  const labelOf = (id: string) => {
    const u = byId.get(id);
    if (!u) return id;
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return count.get(u.name)! > 1 && parent ? `${parent.name}/${u.name}` : u.name;
  };
  const byLabel = new Map<string, string>();
  for (const u of rows) {
    byLabel.set(labelOf(u.id), u.id);
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    if (parent) byLabel.set(`${parent.name}/${u.name}`, u.id);
  }
  return {
    labelOf,
    idOf: (text) => byLabel.get(text.trim()),
    isAmbiguous: (text) => (count.get(text.trim()) ?? 0) > 1,
    pathOf: (id) => byId.get(id)?.path,
  };
}
