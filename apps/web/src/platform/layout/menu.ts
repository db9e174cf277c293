import type { Me } from '@fazhi/core';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';

/** One menu entry; `module` hides it from users without that module's `action` (read by default). */
export type MenuEntry = {
  key: string;
  label: string;
  icon?: ReactNode;
  module?: string;
  action?: string;
  children?: MenuEntry[];
};

type Item = Required<MenuProps>['items'][number];

/** The server's answer on which registers (by API path) the user can use; the menu hides entries of the others. */
export type RegisterUse = { hidden: readonly string[] };

function allowed(entry: MenuEntry, me: Me): boolean {
  return !entry.module || (me.permissions[entry.module]?.includes(entry.action ?? 'read') ?? false);
}

const registerOf = (entry: MenuEntry) => entry.key.replace(/^\//, '');

/**
 * Menu items the user may see: entries of modules their grants allow, minus registers they can neither add to nor
 * find a record in (the server decides from the access policy). A group's other pages (统计, 材料报送) stay with
 * the grant: a unit may owe material to a register it does not keep. Groups left without children disappear.
 */
export function menuItems(entries: MenuEntry[], me: Me, registers?: RegisterUse): Item[] {
  const hidden = new Set(registers?.hidden ?? []);
  const items: Item[] = [];
  for (const e of entries) {
    if (!allowed(e, me)) continue;
    if (e.children) {
      const children = menuItems(e.children, me, registers);
      if (children.length) items.push({ key: e.key, label: e.label, icon: e.icon, children });
    } else if (!hidden.has(registerOf(e))) items.push({ key: e.key, label: e.label, icon: e.icon });
  }
  return items;
}

/** The entry whose path is the longest prefix of the current path (so /litigation/cases/123 lights 案件). */
export function selectedKey(entries: MenuEntry[], pathname: string): { selected?: string; parents: string[] } {
  let best: { selected?: string; parents: string[] } = { parents: [] };
  const walk = (list: MenuEntry[], parents: string[]) => {
    for (const e of list) {
      if (e.children) walk(e.children, [...parents, e.key]);
      else {
        const hit = e.key === '/' ? pathname === '/' : pathname === e.key || pathname.startsWith(`${e.key}/`);
        if (hit && (!best.selected || e.key.length > best.selected.length)) best = { selected: e.key, parents };
      }
    }
  };
  walk(entries, []);
  return best;
}
