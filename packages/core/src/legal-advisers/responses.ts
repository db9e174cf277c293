import { z } from 'zod';
import { servedGroups } from './codes.js';

/** What the service log form offers for a served unit (GET /api/legal-advisers/served-options). */
export const servedOptionsSchema = z.object({
  group: z.enum(servedGroups.codes),
  enterprises: z.array(z.object({ id: z.string(), name: z.string() })),
  themes: z.array(z.object({ id: z.string(), title: z.string(), monthOn: z.string() })),
});
export type ServedOptions = z.infer<typeof servedOptionsSchema>;

/** The portal's 村(社区)法律顾问 directory: who serves each village today, with the firm, never a phone. */
export const publicVillageAdvisersSchema = z.array(
  z.object({
    subdistrict: z.string(),
    communities: z.array(z.object({ name: z.string(), advisers: z.array(z.object({ name: z.string(), lawFirm: z.string().nullable() })) })),
  }),
);
export type PublicVillageAdvisers = z.infer<typeof publicVillageAdvisersSchema>;
