import { z } from 'zod';
import { assignmentStates } from './contract.js';

/** Answers of the report routes, shared by the server's route schemas and the web app (`z.infer`). */

/** An HTML document (a preview or a version's text), sent as text/html. */
export const htmlResponse = z.string().meta({ description: 'HTML 文档' });

/** GET /api/public/reports: a published annual report as the portal lists it. */
export const publicReportSchema = z.object({ id: z.string(), year: z.int(), title: z.string(), orgUnitName: z.string(), publishedOn: z.string().nullable() });
export type PublicReport = z.infer<typeof publicReportSchema>;
export const publicReportListResponse = z.array(publicReportSchema);

/** GET /api/public/reports/:id: the signed version's full text. */
export const publicReportTextResponse = publicReportSchema.extend({ html: z.string() });
export type PublicReportText = z.infer<typeof publicReportTextResponse>;

export type AssignmentState = (typeof assignmentStates)[number]['code'];
const assignmentStateCodes = assignmentStates.map((s) => s.code) as [AssignmentState, ...AssignmentState[]];

/** GET /api/reports/assignments: the requests for a block's text addressed to the user's units. */
export const myAssignmentSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  reportTitle: z.string(),
  blockKey: z.string(),
  orgUnitName: z.string(),
  dueOn: z.string(),
  note: z.string().nullable(),
  state: z.enum(assignmentStateCodes),
  text: z.string().nullable(),
  comment: z.string().nullable(),
  version: z.int(),
});
export type MyAssignment = z.infer<typeof myAssignmentSchema>;
export const myAssignmentListResponse = z.array(myAssignmentSchema);

/** POST /api/reports/annual/:id/assignments answers the stored request. */
export const assignmentCreatedResponse = myAssignmentSchema.omit({ reportTitle: true, orgUnitName: true }).extend({
  orgUnitId: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
