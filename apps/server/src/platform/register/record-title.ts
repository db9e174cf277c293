import type { FieldSpec } from '@fazhi/core';
import type { RegisterDef } from './define.js';

/**
 * The fields that name a record: its first text columns in the list (案号, 文号 then 标题, 姓名), else its first
 * listed column. Search results read just these; messages and 我的待办 read them from the whole row.
 */
export function titleFields(def: RegisterDef): FieldSpec[] {
  const listed = def.spec.fields.filter((f) => f.list);
  const texts = listed.filter((f) => f.kind === 'text' || f.kind === 'longText').slice(0, 2);
  return texts.length ? texts : listed.slice(0, 1);
}

function valueLabel(field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.kind === 'code' && field.codes) return field.codes.label(String(value));
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** What a person reads as the record's name: the first title field with a value (a draft has no 文号 yet), else the register's title. */
export function recordTitle(def: RegisterDef, row: Readonly<Record<string, unknown>>): string {
  return (
    titleFields(def)
      .map((f) => valueLabel(f, row[f.name]))
      .find(Boolean) ?? def.spec.title
  );
}
