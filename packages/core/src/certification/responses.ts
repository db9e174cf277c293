import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { verificationSpec } from './contract.js';

/** The portal's 证明事项清单: items in force (not cancelled) with their basis and whether 告知承诺 applies. */
export const publicCertItemsSchema = z.array(
  z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    legalBasis: z.string(),
    handling: z.string(),
    handlingLabel: z.string(),
    commitmentApplies: z.boolean(),
    effectiveOn: z.string(),
  }),
);
export type PublicCertItems = z.infer<typeof publicCertItemsSchema>;

export const publicCertItemsQuery = z.object({
  q: z.string().trim().max(50, { message: '关键词不超过50字' }).optional(),
  commitmentOnly: z.enum(['true', 'false']).optional(),
});

/** GET /api/certification/verifications/:id: the request and the steps the actor may take (答复 / 退回). */
export const verificationDetailSchema = rowSchemaOf(verificationSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  state: z.string(),
  respondingUnitId: z.string(),
  dueOn: z.string(),
  transitions: z.array(stepOptionSchema),
});
export type VerificationDetail = z.infer<typeof verificationDetailSchema>;
