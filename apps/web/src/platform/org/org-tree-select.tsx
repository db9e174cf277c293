import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { messages } from '../messages';
import { buildOrgTree, useOrgUnits } from './use-org-units';

type Props = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
};

/** Org unit picker over the units the user may see; searchable by name. */
export function OrgTreeSelect({ value, onChange, placeholder = messages.org.selectUnit, allowClear, style, id, ...rest }: Props) {
  const { units, loading } = useOrgUnits();
  const treeData = useMemo(() => buildOrgTree(units), [units]);
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label'] ?? placeholder}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={loading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={units.length < 60}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
