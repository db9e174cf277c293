import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { committeeSpec, disputeSpec } from './contract.js';

export const partySchema = z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string().nullable(), phoneMasked: z.string().nullable() });
export const sessionSchema = z.object({ id: z.string(), heldOn: z.string(), content: z.string(), recordedBy: z.string().nullable() });

/** GET /api/mediation/disputes/:id: the dispute, its parties (masked), sessions and every step of its workflow. */
export const disputeDetailSchema = rowSchemaOf(disputeSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  caseNumber: z.string(),
  state: z.string(),
  parties: z.array(partySchema),
  sessions: z.array(sessionSchema),
  transitions: z.array(stepOptionSchema),
});

/** GET /api/mediation/committees/:id: the committee with its members and the composition check (第8条). */
export const committeeDetailSchema = rowSchemaOf(committeeSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  members: z.array(z.object({ id: z.string(), name: z.string(), gender: z.string(), position: z.string() })),
  composition: z.object({ memberCount: z.int(), femaleCount: z.int(), problems: z.array(z.string()) }),
});

/** The portal's 调解委员会 directory: name, address and office phone; never a person's phone. */
export const publicCommitteesSchema = z.array(
  z.object({
    subdistrict: z.string(),
    committees: z.array(z.object({ name: z.string(), level: z.string(), unitName: z.string(), address: z.string(), officePhone: z.string() })),
  }),
);

export const revealedPartySchema = z.object({ idNumber: z.string().nullable(), phone: z.string().nullable() });

export type DisputeDetail = z.infer<typeof disputeDetailSchema>;
export type CommitteeDetail = z.infer<typeof committeeDetailSchema>;
export type PublicCommittees = z.infer<typeof publicCommitteesSchema>;
export type Party = z.infer<typeof partySchema>;
