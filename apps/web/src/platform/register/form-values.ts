import type { FieldSpec, RegisterSpec } from '@fazhi/core';
import type { Validator } from '../form/validation';

type Shape = Record<string, Validator>;

function shapeOf(schema: unknown): Shape {
  const shape = (schema as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? (shape as Shape) : {};
}

/** A field is required when its create schema rejects a missing value (no default, not optional). */
export function isRequired(spec: RegisterSpec, name: string): boolean {
  const field = shapeOf(spec.createSchema)[name];
  return field ? !field.safeParse(undefined).success : false;
}

export function formFields(spec: RegisterSpec): FieldSpec[] {
  return spec.fields.filter((f) => f.form);
}

/**
 * Form store → request body. Empty inputs mean "not given" on create (so defaults and "请填写…" apply) and
 * "cleared" (null) on edit.
 */
export function cleanValues(values: Record<string, unknown>, mode: 'create' | 'edit'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const empty = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (empty) {
      if (mode === 'edit') out[k] = null;
    } else out[k] = Array.isArray(v) ? v.map(cleanItem) : v;
  }
  return out;
}

// Inside list items (e.g. plaintiffs) an empty input is simply absent.
function cleanItem(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    out[k] = v;
  }
  return out;
}

const norm = (v: unknown) => JSON.stringify(v ?? null);

/** Only what the user changed, so an edit never overwrites someone else's change to another field. */
export function changedValues(values: Record<string, unknown>, initial: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (norm(v) !== norm(initial[k])) out[k] = v;
  return out;
}

/** Record → form store for editing: the form fields plus whatever extra keys the page asks for. */
export function initialFromRecord(spec: RegisterSpec, record: Record<string, unknown>, extraKeys: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of formFields(spec)) out[f.name] = record[f.name] ?? null;
  for (const k of extraKeys) out[k] = record[k];
  return out;
}
