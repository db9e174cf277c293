import { z } from 'zod';
import { described } from './field-meta.js';

export type CodeItem = { readonly code: string; readonly label: string };

/** A code table with Chinese labels: the single source for selects, labels in lists and exports, and validation. */
export function codeTable<const T extends readonly CodeItem[]>(items: T, what: string) {
  type Code = T[number]['code'];
  const codes = items.map((i) => i.code) as unknown as [Code, ...Code[]];
  const labels = new Map<string, string>(items.map((i) => [i.code, i.label]));
  const label = (code: string | null | undefined) => (code == null ? '' : (labels.get(code) ?? code));
  const table = { items, label };
  /** The code as an input named `fieldLabel` (a select of this table in forms). */
  const field = (fieldLabel: string) => described(z.enum(codes, { message: `请选择${fieldLabel}` }), { label: fieldLabel, kind: 'code', codes: table });
  return { items, codes, schema: field(what), field, label };
}

export type CodeTable = { items: readonly CodeItem[]; label: (code: string | null | undefined) => string };
