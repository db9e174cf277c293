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

function allowed(entry: MenuEntry, me: Me): boolean {
  return !entry.module || (me.permissions[entry.module]?.includes(entry.action ?? 'read') ?? false);
}

/** Menu items the user may see; groups left without children disappear too. */
export function menuItems(entries: MenuEntry[], me: Me): Item[] {
  const items: Item[] = [];
  for (const e of entries) {
    if (!allowed(e, me)) continue;
    if (e.children) {
      const children = menuItems(e.children, me);
      if (children.length) items.push({ key: e.key, label: e.label, icon: e.icon, children });
    } else items.push({ key: e.key, label: e.label, icon: e.icon });
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
