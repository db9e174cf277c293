import { z } from 'zod';

export type CodeItem = { readonly code: string; readonly label: string };

/** A code table with Chinese labels: the single source for selects, labels in lists and exports, and validation. */
export function codeTable<const T extends readonly CodeItem[]>(items: T, what: string) {
  type Code = T[number]['code'];
  const codes = items.map((i) => i.code) as unknown as [Code, ...Code[]];
  const labels = new Map<string, string>(items.map((i) => [i.code, i.label]));
  return {
    items,
    codes,
    schema: z.enum(codes, { message: `请选择${what}` }),
    label: (code: string | null | undefined) => (code == null ? '' : (labels.get(code) ?? code)),
  };
}

export type CodeTable = { items: readonly CodeItem[]; label: (code: string | null | undefined) => string };
