import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { ratingSpec } from './contract.js';

/** The portal's 司法所 directory: public facts of each office and its latest confirmed star level. */
export const publicOfficesSchema = z.array(
  z.object({
    name: z.string(),
    subdistrict: z.string(),
    address: z.string().nullable(),
    officePhone: z.string().nullable(),
    starLevel: z.number().nullable(),
    ratedYear: z.number().nullable(),
  }),
);
export type PublicOffices = z.infer<typeof publicOfficesSchema>;

/** The score sheet of one rating: the year's checklist with the self and district scores. */
export const scoreSheetSchema = z.object({
  maxTotal: z.number(),
  thresholds: z.object({ oneStar: z.number(), twoStar: z.number(), threeStar: z.number(), fourStar: z.number(), fiveStar: z.number() }),
  items: z.array(z.object({ id: z.string(), category: z.string(), title: z.string(), maxPoints: z.number(), selfScore: z.number().nullable(), districtScore: z.number().nullable() })),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

export const revealedSchema = z.object({ value: z.string() });

/** GET /api/judicial-offices/ratings/:id: the rating, its score sheet and every step of its workflow. */
export const ratingDetailSchema = rowSchemaOf(ratingSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  year: z.int(),
  state: z.string(),
  sheet: scoreSheetSchema,
  transitions: z.array(stepOptionSchema),
});
export type RatingDetail = z.infer<typeof ratingDetailSchema>;
