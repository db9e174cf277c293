import { z } from 'zod';

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
