import type { FieldRef } from '@fazhi/core';
import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { messages } from '../messages';

type Row = Record<string, unknown> & { id: string };
type Option = { value: string; label: string };
type Props = { target: FieldRef; value?: string | null; onChange?: (value: string | null) => void; placeholder?: string; allowClear?: boolean; id?: string; 'aria-label'?: string };

const optionOf = (target: FieldRef, row: Row): Option => ({ value: row.id, label: String(row[target.label] ?? row.id) });

/**
 * Picks a record of another register by searching its list (the server scopes the list, so only records the user
 * may read are offered); the chosen record's label is fetched when the form opens with an id already set.
 */
export function RefSelect({ target, value, onChange, placeholder, allowClear, id, ...rest }: Props) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = (q: string) => {
    const mine = ++seq.current;
    setLoading(true);
    api
      .get<{ items: Row[] } | Row[]>(target.path, { q: q || undefined, pageSize: 20 })
      // A register answers a page; a public list (证明事项清单) answers the rows themselves.
      .then((page) => mine === seq.current && setOptions((Array.isArray(page) ? page.slice(0, 50) : page.items).map((r) => optionOf(target, r))))
      .catch(() => mine === seq.current && setOptions([]))
      .finally(() => mine === seq.current && setLoading(false));
  };
  // One request per pause in typing, not per keystroke.
  const search = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load(q), 250);
  };

  useEffect(() => load(''), [target.path]);
  useEffect(() => {
    if (!value || options.some((o) => o.value === value)) return;
    api
      .get<Row>(`${target.path}/${value}`)
      .then((row) => setOptions((os) => (os.some((o) => o.value === row.id) ? os : [optionOf(target, row), ...os])))
      .catch(() => undefined);
  }, [value, target.path]);

  return (
    <Select
      id={id}
      aria-label={rest['aria-label'] ?? placeholder}
      showSearch={{ filterOption: false, onSearch: search }}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      loading={loading}
      placeholder={placeholder}
      allowClear={allowClear}
      notFoundContent={loading ? messages.loading : messages.register.noMatch}
      style={{ width: '100%' }}
    />
  );
}
