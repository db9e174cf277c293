import { z } from 'zod';
import type { FieldKind, RegisterSpec } from './spec.js';

/**
 * Response contracts shared by the server (route `response` schemas, so the OpenAPI document shows them and tests
 * fail on a mismatch) and the web app (`z.infer`). They describe the wire form: dates and times are strings.
 */

export const okResponse = z.object({ ok: z.boolean() });

/** A file answer (xlsx, docx, an attachment): not JSON, shown as binary in the OpenAPI document. */
export const fileResponse = z.unknown().meta({ type: 'string', format: 'binary', description: '文件下载' });

export function listResponseOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int(), totalCapped: z.boolean().optional(), page: z.int(), pageSize: z.int() });
}

const wire: Record<FieldKind, z.ZodType> = {
  text: z.string(),
  longText: z.string(),
  date: z.string(),
  dateTime: z.string(),
  integer: z.number(),
  boolean: z.boolean(),
  // A code table may label integer values too (印发年度 2024, 2025 …).
  code: z.union([z.string(), z.int()]),
  orgUnit: z.string(),
  ref: z.string(),
};

/** Columns every register row has (businessColumns()) plus the owning unit's name joined in by the kit. */
export const baseRowShape = {
  id: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/**
 * A register row as lists and details send it: the base columns and each spec field by its kind (null when empty).
 * Loose, because a row also carries columns no view names; the server checks the fields against the table.
 */
export function rowSchemaOf(spec: Pick<RegisterSpec, 'fields'>) {
  const fields = Object.fromEntries(spec.fields.filter((f) => !(f.name in baseRowShape)).map((f) => [f.name, wire[f.kind].nullable()]));
  return z.looseObject({ ...baseRowShape, ...fields });
}
export type RecordRow = z.infer<ReturnType<typeof rowSchemaOf>>;

export const permissionsSchema = z.object({ update: z.boolean(), delete: z.boolean(), transition: z.boolean() });
export const assigneeSchema = z.object({ id: z.string(), userId: z.string(), role: z.string(), displayName: z.string() });
/** `publishedAt`: when someone published it to the public portal (records the portal shows); null while internal. */
export const attachmentSchema = z.object({ id: z.string(), filename: z.string(), mimeType: z.string(), size: z.int(), createdAt: z.string(), publishedAt: z.string().nullable() });

/** The kit's detail: the row, the people assigned, the attachments and what the actor may do. Modules extend it. */
export const detailExtras = { assignees: z.array(assigneeSchema), attachments: z.array(attachmentSchema), permissions: permissionsSchema };

export function detailSchemaOf<R extends z.ZodObject>(row: R) {
  return row.extend(detailExtras);
}
export type RecordDetail = RecordRow & { [K in keyof typeof detailExtras]: z.infer<(typeof detailExtras)[K]> };

export const fieldChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;
export const historyEntrySchema = z.object({
  seq: z.int(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  summary: z.string().nullable(),
  changes: z.array(fieldChangeSchema).nullable(),
});
export const historyResponse = z.array(historyEntrySchema);
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** A step as the detail lists it (see StepOption): allowed now, or refused with the reasons. */
export const stepOptionSchema = z.object({
  name: z.string(),
  label: z.string(),
  allowed: z.boolean(),
  refusedBy: z.enum(['state', 'permission', 'guard']).optional(),
  reasons: z.array(z.string()),
});
export const uploadedAttachmentSchema = z.object({ id: z.string(), filename: z.string(), size: z.int() });

/** What a step answers unless its module names its detail: a record that lists its steps. */
export const workflowDetailDefault = z.looseObject({ id: z.string(), version: z.int(), transitions: z.array(stepOptionSchema) });

/** An import or export running on the server: progress, and for an import the preview of every problem found. */
export const importIssueSchema = z.object({ row: z.int(), column: z.string(), message: z.string() });
export const importPreviewSchema = z.object({
  sheet: z.string(),
  rows: z.int(),
  creates: z.int(),
  updates: z.int(),
  unchanged: z.int(),
  invalid: z.int(),
  issueCount: z.int(),
  issues: z.array(importIssueSchema),
});
export const registerJobSchema = z.object({
  id: z.string(),
  kind: z.enum(['import', 'export']),
  state: z.enum(['running', 'previewed', 'done', 'failed', 'cancelled']),
  fileName: z.string(),
  phase: z.string(),
  done: z.int(),
  total: z.int(),
  result: z.looseObject({ preview: importPreviewSchema.optional(), problem: z.looseObject({ detail: z.string() }).optional() }).nullable(),
  createdAt: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type RegisterJob = z.infer<typeof registerJobSchema>;
