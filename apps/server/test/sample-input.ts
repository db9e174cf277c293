import { metaOf } from '@fazhi/core';
import type { z } from 'zod';

/**
 * A valid input for a step or form, made from the contract's field meta (a date, a text, the first code), so
 * generated probes reach the handler. Fields the meta cannot fill (lists, ids of other records) come from `given`;
 * an input that still does not pass its schema fails loudly, naming the step to give a sample for.
 */
export function sampleInput(schema: z.ZodObject, given: Record<string, unknown> = {}, what = 'input'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    if (name in given) continue;
    const meta = metaOf(field as z.ZodType);
    if (!meta) continue;
    if (meta.kind === 'date') out[name] = '2026-11-20';
    else if (meta.kind === 'text' || meta.kind === 'longText') out[name] = '访问矩阵';
    else if (meta.kind === 'code') out[name] = meta.codes?.items[0]?.code;
    else if (meta.kind === 'boolean') out[name] = true;
    else if (meta.kind === 'integer') out[name] = 1;
  }
  const sample = { ...out, ...given };
  const parsed = schema.safeParse(sample);
  if (!parsed.success) throw new Error(`sampleInput: ${what} needs a sample for ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return sample;
}
