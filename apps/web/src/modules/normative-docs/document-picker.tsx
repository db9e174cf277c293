import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ListPage, RecordRow } from '../../platform/register/types';

type Props = { value?: string; onChange?: (id: string | undefined) => void; id?: string; placeholder: string; exclude?: string };

/** Picks a document by typing part of its title or number (the new version that replaces an amended one). */
export function DocumentPicker({ value, onChange, id, placeholder, exclude }: Props) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<ListPage<RecordRow>>('normative-docs/documents', { q: q || undefined, pageSize: 20, sort: 'proposedOn', order: 'desc' }, { signal: ctrl.signal })
        .then((page) => setOptions(page.items.filter((d) => d.id !== exclude).map((d) => ({ value: d.id, label: `${String(d.docNumber ?? '未编号')} ${String(d.title)}` }))))
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, exclude]);
  return (
    <Select
      id={id}
      aria-label={placeholder}
      placeholder={placeholder}
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
