import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildOrgTree, useOrgUnits, type OrgTreeNode } from '../../platform/org/use-org-units';
import { messages } from './messages';

// 司法所 and 调解委员会 are not served by an adviser on their own.
const notServed = new Set(['judicialOffice', 'mediationCommittee']);

function prune(nodes: OrgTreeNode[]): OrgTreeNode[] {
  return nodes.filter((n) => !notServed.has(n.unit.kind)).map((n) => ({ ...n, children: prune(n.children) }));
}

type Labelled = { value: string; label?: unknown };

/**
 * Units an adviser serves, checked one by one (no parent–child conduction: serving a 街道 is not serving each of its
 * 村(社区)); checking a 街道 also checks its 村(社区), which can then be unchecked.
 */
export function ServedUnitsSelect({ value, onChange, id }: { value?: string[] | null; onChange?: (v: string[]) => void; id?: string }) {
  const { units, loading } = useOrgUnits();
  const treeData = useMemo(() => prune(buildOrgTree(units)), [units]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const selected = value ?? [];
  const change = (next: Labelled[]) => {
    const ids = next.map((v) => v.value);
    const added = ids.filter((i) => !selected.includes(i));
    for (const a of added) {
      if (byId.get(a)?.kind !== 'subdistrict') continue;
      for (const u of units) if (u.parentId === a && u.kind === 'community' && !ids.includes(u.id)) ids.push(u.id);
    }
    onChange?.(ids);
  };
  return (
    <TreeSelect
      id={id}
      aria-label={messages.servedUnits.field}
      placeholder={messages.servedUnits.field}
      treeData={treeData}
      loading={loading}
      treeCheckable
      treeCheckStrictly
      showCheckedStrategy={TreeSelect.SHOW_ALL}
      value={selected.map((v) => ({ value: v, label: byId.get(v)?.name ?? v }))}
      onChange={change}
      maxTagCount="responsive"
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
