import { z } from 'zod';

/** The portal's 普法活动 list: published events only, no participants' or organisers' contacts. */
export const publicEventsSchema = z.array(z.object({ id: z.string(), heldOn: z.string(), kind: z.string(), kindLabel: z.string(), title: z.string(), place: z.string() }));
export type PublicEvents = z.infer<typeof publicEventsSchema>;
