import { z } from 'zod';

/** A rule across fields, broken: the field to mark and a Chinese message. */
export type FieldIssue = { path: string; message: string };

/** Runs a cross-field check (shared with the server, which runs it on the merged record) inside a zod schema. */
export function refineWith(check: (v: Record<string, unknown>) => FieldIssue[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const i of check(value)) ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  };
}

/** The largest int4 (versions, page numbers, integer columns): a wider number would reach the driver as an error. */
export const int4Max = 2_147_483_647;

/** The version an edit read (optimistic locking): every update schema extends with it. */
export const versionField = z.int({ message: '缺少版本号' }).positive().max(int4Max, { message: '版本号不正确' });

/** `?version=` of a delete: the version the client read, from the query string. */
export const versionQuerySchema = z.object({ version: z.coerce.number().int().positive().max(int4Max, { message: '版本号不正确' }) });
