import { z } from 'zod';

/** A rule across fields, broken: the field to mark and a Chinese message. */
export type FieldIssue = { path: string; message: string };

/**
 * Runs a cross-field check (shared with the server, which runs it on the merged record) inside a zod schema. Zod runs
 * it even when a field was already refused, so a check may meet a value it never expects (a date that is not one):
 * if it throws then, the field's own message is the answer, not a 500.
 */
export function refineWith(check: (v: Record<string, unknown>) => FieldIssue[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    let found: FieldIssue[];
    try {
      found = check(value);
    } catch (error) {
      if (ctx.issues.length) return;
      throw error;
    }
    for (const i of found) ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  };
}

/** The largest int4 (versions, page numbers, integer columns): a wider number would reach the driver as an error. */
export const int4Max = 2_147_483_647;

/** The version an edit read (optimistic locking): every update schema extends with it. */
export const versionField = z.int({ message: '缺少版本号' }).positive().max(int4Max, { message: '版本号不正确' });

/** `?version=` of a delete: the version the client read, from the query string. */
export const versionQuerySchema = z.object({ version: z.coerce.number().int().positive().max(int4Max, { message: '版本号不正确' }) });
