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

/** 三项制度 事后公开: 执法机关、执法对象、执法类别、执法结论 (118号), a natural person's name masked. */
export const publicDisclosuresSchema = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      caseNumber: z.string(),
      bodyName: z.string(),
      itemName: z.string(),
      itemKind: z.string(),
      partyName: z.string(),
      outcome: z.string().nullable(),
      decidedOn: z.string().nullable(),
      disclosedOn: z.string(),
    }),
  ),
});
export const publicDisclosuresQuerySchema = z.object({
  page: z.coerce.number({ error: '页码应为整数' }).int({ message: '页码应为整数' }).min(1, { message: '页码至少为1' }).max(1000, { message: '页码过大' }).default(1),
  pageSize: z.coerce.number({ error: '每页条数应为整数' }).int({ message: '每页条数应为整数' }).min(1, { message: '每页至少1条' }).max(50, { message: '每页最多50条' }).default(20),
});

export const fileScoresSchema = z.object({
  assignedToMe: z.boolean(),
  rubric: z.array(z.object({ id: z.string(), code: z.string(), group: z.string(), title: z.string(), maxDeduction: z.number() })),
  mine: z.array(z.object({ itemId: z.string(), deduction: z.number(), vetoed: z.boolean(), comment: z.string().nullable() })),
  reviewers: z.array(z.object({ name: z.string(), submitted: z.boolean(), score: z.number().nullable(), vetoed: z.boolean() })),
  score: z.number().nullable(),
  grade: z.string().nullable(),
});
export type FileScores = z.infer<typeof fileScoresSchema>;

export const campaignResultsSchema = z.array(
  z.object({ bodyName: z.string(), files: z.number(), scored: z.number(), meanScore: z.number().nullable(), excellent: z.number(), passed: z.number(), failed: z.number(), nominated: z.number() }),
);
