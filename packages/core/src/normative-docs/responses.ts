import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { documentSpec } from './contract.js';

/** Answers of the 规范性文件 routes (wire form: dates are strings). */

export const documentCommentSchema = z.object({
  id: z.string(),
  commenter: z.string(),
  receivedOn: z.string(),
  content: z.string(),
  handling: z.string().nullable(),
  handlingReason: z.string().nullable(),
});

/** The latest 合法性审核 of the document and what it means for the document's next steps. */
export const documentReviewSchema = z.object({
  requestId: z.string(),
  state: z.string(),
  opinion: z.string().nullable(),
  concludedOn: z.string().nullable(),
  adviserTookPart: z.boolean(),
  status: z.enum(['none', 'pending', 'failed', 'passed', 'notNormative']),
});

export const documentLinkSchema = z.object({ id: z.string(), title: z.string(), docNumber: z.string().nullable() });

// The spec's fields come from rowSchemaOf; the base columns are named again so that z.infer keeps their types.
export const documentDetailSchema = rowSchemaOf(documentSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  title: z.string(),
  state: z.string(),
  validity: z.string(),
  comments: z.array(documentCommentSchema),
  review: documentReviewSchema.nullable(),
  newVersion: documentLinkSchema.nullable(),
  previousVersions: z.array(documentLinkSchema),
  transitions: z.array(stepOptionSchema),
});

export type DocumentComment = z.infer<typeof documentCommentSchema>;
export type DocumentReview = z.infer<typeof documentReviewSchema>;
export type DocumentLink = z.infer<typeof documentLinkSchema>;
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/** The 发文字号 the organ's 代字 would give next (a default the user may change at 统一编号). */
export const nextDocNumberSchema = z.object({ prefix: z.string(), year: z.int(), seq: z.int(), docNumber: z.string() });
