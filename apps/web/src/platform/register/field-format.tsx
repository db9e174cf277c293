import type { FieldSpec } from '@fazhi/core';
import type { ReactNode } from 'react';
import { formatDateTime } from '../common/dates';
import { messages } from '../messages';

/** Name column that accompanies an org-unit id column ("orgUnitId" → "orgUnitName"). */
export function nameKeyOf(field: FieldSpec): string {
  return field.name.replace(/Id$/, 'Name');
}

/** Plain text of a value, for tables, descriptions and history (org units need a name lookup). */
export function formatValue(field: FieldSpec | undefined, value: unknown, orgName?: (id: string) => string | undefined): string {
  if (value === null || value === undefined || value === '') return messages.empty;
  if (!field) {
    if (typeof value === 'boolean') return value ? messages.yes : messages.no;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  switch (field.kind) {
    case 'code':
      return field.codes ? field.codes.label(String(value)) : String(value);
    case 'boolean':
      return value === true || value === 'true' ? messages.yes : messages.no;
    case 'dateTime':
      return formatDateTime(value);
    case 'orgUnit':
      return orgName?.(String(value)) ?? String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** A record's field as shown in lists and the detail page. */
export function renderField(field: FieldSpec, record: Record<string, unknown>, orgName?: (id: string) => string | undefined): ReactNode {
  if (field.kind === 'orgUnit' || field.kind === 'ref') {
    const name = record[nameKeyOf(field)];
    return typeof name === 'string' && name ? name : formatValue(field, record[field.name], orgName);
  }
  const text = formatValue(field, record[field.name]);
  if (field.kind === 'longText') return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
  return text;
}
