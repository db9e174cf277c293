import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { reviewSpec } from './contract.js';

/** Answers of the 合法性审核 routes (wire form: dates are strings). */

// The spec's fields come from rowSchemaOf; the base columns are named again so that z.infer keeps their types.
export const reviewDetailSchema = rowSchemaOf(reviewSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  title: z.string(),
  state: z.string(),
  subjectKind: z.string(),
  opinion: z.string().nullable(),
  concludedLate: z.boolean(),
  adopted: z.boolean().nullable(),
  dueOn: z.string(),
  /** Calendar days to the due date while the clock runs; null when paused or finished. */
  daysLeft: z.int().nullable(),
  subject: z.object({ title: z.string(), path: z.string() }).nullable(),
  materials: z.array(z.string()),
  contractAmount: z.number().nullable(),
  /** The roster name of adviserId. */
  adviserName: z.string().nullable(),
  adviserRequested: z.boolean(),
  opinionNumber: z.string().nullable(),
  /** May assign and remove reviewers and advisers (one right for both). */
  canAssign: z.boolean(),
  transitions: z.array(stepOptionSchema),
});

export const reviewTodoSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    subjectKind: z.string(),
    orgUnitName: z.string(),
    receivedOn: z.string(),
    dueOn: z.string(),
    state: z.string(),
    daysLeft: z.int(),
    overdue: z.boolean(),
  }),
);

export type ReviewDetail = z.infer<typeof reviewDetailSchema>;
export type ReviewTodoItem = z.infer<typeof reviewTodoSchema>[number];
export type Assignee = ReviewDetail['assignees'][number];

export const assignableUsersSchema = z.array(z.object({ id: z.string(), displayName: z.string(), orgUnitName: z.string() }));
