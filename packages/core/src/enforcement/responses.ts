import { z } from 'zod';

/** The portal's certificate check: name, body, kind and valid or not — nothing else about the holder. */
export const certificateCheckSchema = z.object({ found: z.boolean(), name: z.string().nullable(), bodyName: z.string().nullable(), kind: z.string().nullable(), valid: z.boolean() });
export type CertificateCheck = z.infer<typeof certificateCheckSchema>;

export const publicBodiesSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    field: z.string(),
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: z.string(),
        legalBasis: z.string(),
        standards: z.array(z.object({ circumstance: z.string(), fineMin: z.number().nullable(), fineMax: z.number().nullable(), measure: z.string().nullable() })),
      }),
    ),
  }),
);
export const publicLeniencyListSchema = z.array(z.object({ code: z.string(), behaviour: z.string(), legalBasis: z.string(), outcome: z.string(), conditions: z.string(), field: z.string() }));

export const officerYearSchema = z.object({
  year: z.number(),
  trainingHours: z.number(),
  floor: z.number(),
  certificates: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      number: z.string(),
      issuedOn: z.string(),
      status: z.string(),
      revokedOn: z.string().nullable(),
      reviews: z.array(z.object({ year: z.number(), result: z.string(), reviewedOn: z.string() })),
    }),
  ),
  trainings: z.array(z.object({ id: z.string(), trainedOn: z.string(), course: z.string(), hours: z.number(), source: z.string() })),
});

export const revealedIdNumberSchema = z.object({ idNumber: z.string() });
