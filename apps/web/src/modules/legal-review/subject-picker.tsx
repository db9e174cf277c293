import type { ReviewSubjectKind } from '@fazhi/core/legal-review/index';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ListPage, RecordRow } from '../../platform/register/types';
import { messages } from './messages';

/** Where each linked kind's records live (the subject modules' registers) and which column names them. */
export const subjectSources: Partial<Record<ReviewSubjectKind, { path: string; titleField: string }>> = {
  normativeDocument: { path: 'normative-docs/documents', titleField: 'title' },
  majorDecision: { path: 'decisions/decisions', titleField: 'title' },
  subdistrictMatter: { path: 'decisions/matters', titleField: 'subject' },
};

export type PickedSubject = { id: string; title: string; orgUnitId: string };

type Option = { value: string; label: string; orgUnitId: string };
const optionOf = (row: RecordRow, titleField: string): Option => ({ value: row.id, label: String(row[titleField] ?? ''), orgUnitId: row.orgUnitId });

/** Searches the subject module's register for a document, decision or 街道 matter; the server checks the pick again. */
export function SubjectPicker({
  kind,
  value,
  onChange,
  onPicked,
  id,
}: {
  kind: ReviewSubjectKind;
  value?: string;
  onChange?: (v: string | undefined) => void;
  onPicked?: (s: PickedSubject) => void;
  id?: string;
}) {
  const source = subjectSources[kind];
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);

  const search = async (q: string) => {
    if (!source) return;
    setLoading(true);
    try {
      const page = await api.get<ListPage<RecordRow>>(source.path, { q, pageSize: 20 });
      setOptions(page.items.map((row) => optionOf(row, source.titleField)));
    } catch {
      setOptions([]);
    } finally {
      setLoading(false);
    }
  };

  // A subject given in the address (提请合法性审核 from a document's page) shows its name, and fills title and unit.
  useEffect(() => {
    if (!source) return;
    if (value && !options.some((o) => o.value === value)) {
      api
        .get<RecordRow>(`${source.path}/${value}`)
        .then((row) => {
          const o = optionOf(row, source.titleField);
          setOptions((list) => [o, ...list]);
          onPicked?.({ id: o.value, title: o.label, orgUnitId: o.orgUnitId });
        })
        .catch(() => undefined);
    } else if (!value) void search('');
    // Reload when the kind changes or a value arrives from outside.
  }, [kind, value]);

  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      loading={loading}
      placeholder={messages.form.subjectSearch}
      aria-label={messages.form.subject}
      filterOption={false}
      onSearch={(q) => void search(q)}
      options={options}
      onChange={(v: string | undefined) => {
        onChange?.(v);
        const o = options.find((x) => x.value === v);
        if (o) onPicked?.({ id: o.value, title: o.label, orgUnitId: o.orgUnitId });
      }}
    />
  );
}
