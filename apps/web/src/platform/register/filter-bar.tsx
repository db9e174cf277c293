import type { FieldSpec, RegisterSpec } from '@fazhi/core';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { toDayjs, toIsoDate } from '../common/dates';
import { messages } from '../messages';
import { OrgTreeSelect } from '../org/org-tree-select';
import type { ListParams } from './list-params';

const booleanOptions = [
  { value: 'true', label: messages.yes },
  { value: 'false', label: messages.no },
];

const controlWidth = 200;

function FilterControl({ field, list }: { field: FieldSpec; list: ListParams }) {
  const key = `f.${field.name}`;
  const set = (value: string | undefined) => list.update({ [key]: value });
  switch (field.kind) {
    case 'code':
      return (
        <Select
          allowClear
          placeholder={field.label}
          aria-label={field.label}
          style={{ width: controlWidth }}
          value={list.get(key)}
          onChange={(v: string | undefined) => set(v)}
          options={field.codes?.items.map((i) => ({ value: i.code, label: i.label })) ?? []}
        />
      );
    case 'boolean':
      return (
        <Select
          allowClear
          placeholder={field.label}
          aria-label={field.label}
          style={{ width: controlWidth }}
          value={list.get(key)}
          onChange={(v: string | undefined) => set(v)}
          options={booleanOptions}
        />
      );
    case 'orgUnit':
      return <OrgTreeSelect allowClear placeholder={field.label} style={{ width: controlWidth }} value={list.get(key)} onChange={(v) => set(v ?? undefined)} />;
    case 'date':
    case 'dateTime':
      return (
        <DatePicker.RangePicker
          aria-label={field.label}
          placeholder={[`${field.label}起`, `${field.label}止`]}
          style={{ width: 280 }}
          value={[toDayjs(list.get(`${key}From`)), toDayjs(list.get(`${key}To`))]}
          allowEmpty={[true, true]}
          onChange={(range) => list.update({ [`${key}From`]: toIsoDate(range?.[0]) ?? undefined, [`${key}To`]: toIsoDate(range?.[1]) ?? undefined })}
        />
      );
    default:
      // Free text is covered by the keyword search.
      return null;
  }
}

function isActive(field: FieldSpec, list: ListParams) {
  const key = `f.${field.name}`;
  return Boolean(list.get(key) ?? list.get(`${key}From`) ?? list.get(`${key}To`));
}

/** Keyword search plus one control per filterable field; list-column filters first, the rest behind 更多筛选. */
export function FilterBar({ spec, list }: { spec: RegisterSpec; list: ListParams }) {
  const fields = spec.fields.filter((f) => f.filter && f.kind !== 'text' && f.kind !== 'longText' && f.kind !== 'integer');
  const primary = fields.filter((f) => f.list);
  const secondary = fields.filter((f) => !f.list);
  const [more, setMore] = useState(() => secondary.some((f) => isActive(f, list)));
  const [keyword, setKeyword] = useState(list.get('q') ?? '');
  const q = list.get('q') ?? '';
  // Back/forward changes the URL; keep the box in step.
  useEffect(() => setKeyword(q), [q]);
  const anyActive = fields.some((f) => isActive(f, list)) || Boolean(q);

  const clearAll = () => {
    const patch: Record<string, undefined> = { q: undefined };
    for (const key of list.params.keys()) if (key.startsWith('f.')) patch[key] = undefined;
    list.update(patch);
  };

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder={messages.keyword}
        aria-label={messages.keyword}
        allowClear
        enterButton={messages.search}
        style={{ width: 260 }}
        value={keyword}
        onChange={(e) => setKeyword(e.target.value)}
        onSearch={(v) => list.update({ q: v.trim() || undefined })}
      />
      {primary.map((f) => (
        <FilterControl key={f.name} field={f} list={list} />
      ))}
      {more && secondary.map((f) => <FilterControl key={f.name} field={f} list={list} />)}
      {secondary.length > 0 && (
        <Button type="link" onClick={() => setMore((m) => !m)}>
          {more ? '收起筛选' : '更多筛选'}
        </Button>
      )}
      {anyActive && (
        <Button type="link" onClick={clearAll}>
          {messages.reset}
        </Button>
      )}
    </Flex>
  );
}
