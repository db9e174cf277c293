import { z } from 'zod';
import type { CodeTable } from './code-table.js';
import type { FieldKind, FieldRef, FieldSpec } from './spec.js';

/** What a form needs to show one input: its Chinese label, its control and, for codes, the table. */
export type FieldMeta = { label: string; kind: FieldKind; codes?: CodeTable; ref?: FieldRef; help?: string };

/**
 * Labels and controls of contract fields, kept beside the schemas rather than in their JSON Schema (a code table
 * holds functions), so that a field is named once and every form reads it from the contract.
 */
export const fieldMeta = z.registry<FieldMeta>();

/** Registers `meta` for `schema` and returns it, so a field is declared in one expression. */
export function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldMeta.add(schema, meta);
  return schema;
}

/** The meta of a field, looking through optional/nullable/default wrappers. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 8; i++) {
    const found = fieldMeta.get(s);
    if (found) return found;
    const inner: z.ZodType | undefined = (s as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
    s = inner;
  }
  return undefined;
}

/** True when the field may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/**
 * Form fields of an input object, in declaration order. Fields without meta (lists, ids of other records) are
 * left out: a module renders those itself.
 */
export function formFieldsOf(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape).flatMap(([name, s]) => {
    const meta = metaOf(s as z.ZodType);
    return meta ? [{ name, label: meta.label, kind: meta.kind, codes: meta.codes, ref: meta.ref, help: meta.help, form: true }] : [];
  });
}

/** How a register shows one contract field; label, control and code table come from the contract. */
export type FieldLayout = Pick<FieldSpec, 'list' | 'filter' | 'sortable' | 'form' | 'help'>;

/**
 * A register's fields, each named once: an entry `[name, layout]` takes its label, control and code table from the
 * contract's field of that name; a computed or workflow-owned column (not in the contract) is spelled out in full.
 * A contract field without meta is a programming error and fails at start-up, not in a form.
 */
export function fieldsOf(schema: z.ZodObject, entries: readonly (readonly [string, FieldLayout] | FieldSpec)[]): FieldSpec[] {
  return entries.map((entry) => {
    if (!Array.isArray(entry)) return entry as FieldSpec;
    const [name, layout] = entry as readonly [string, FieldLayout];
    const field = schema.shape[name] as z.ZodType | undefined;
    const meta = field && metaOf(field);
    if (!meta) throw new Error(`register field “${name}” has no label in its contract`);
    return { name, label: meta.label, kind: meta.kind, ...(meta.codes ? { codes: meta.codes } : {}), ...(meta.ref ? { ref: meta.ref } : {}), ...(meta.help ? { help: meta.help } : {}), ...layout };
  });
}
