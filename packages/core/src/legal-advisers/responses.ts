import { z } from 'zod';
import { servedGroups } from './codes.js';

/** What the service log form offers for a served unit (GET /api/legal-advisers/served-options). */
export const servedOptionsSchema = z.object({
  group: z.enum(servedGroups.codes),
  enterprises: z.array(z.object({ id: z.string(), name: z.string() })),
  themes: z.array(z.object({ id: z.string(), title: z.string(), monthOn: z.string() })),
});
export type ServedOptions = z.infer<typeof servedOptionsSchema>;
