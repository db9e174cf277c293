import { z } from 'zod';

const paperQuestion = z.object({
  id: z.string(),
  kind: z.string(),
  tag: z.string(),
  stem: z.string(),
  options: z.array(z.string()),
  points: z.number(),
  answer: z.string().nullable(),
  /** Only once the sitting is submitted: the key and the points given. */
  key: z.string().nullable().optional(),
  scored: z.number().nullable().optional(),
});

/** What a candidate sees of their sitting: the paper (keys only after submitting), their saved answers, the time left. */
export const sittingViewSchema = z.object({
  id: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  attempt: z.number(),
  state: z.string(),
  startedAt: z.string(),
  dueAt: z.string(),
  submittedAt: z.string().nullable(),
  secondsLeft: z.number(),
  score: z.number().nullable(),
  total: z.number(),
  passPercent: z.number(),
  questions: z.array(paperQuestion),
});
export type SittingView = z.infer<typeof sittingViewSchema>;

/** The marker's view of a submitted sitting: whose it is, the answers, keys and marks. */
export const markerViewSchema = sittingViewSchema.extend({ candidate: z.string(), unit: z.string() });
export type MarkerView = z.infer<typeof markerViewSchema>;

export const myExamsSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    durationMinutes: z.number(),
    maxAttempts: z.number(),
    attempts: z.array(z.object({ id: z.string(), attempt: z.number(), state: z.string(), score: z.number().nullable(), submittedAt: z.string().nullable() })),
    canStart: z.boolean(),
  }),
);

export const examResultsSchema = z.object({
  sittings: z.array(
    z.object({ id: z.string(), candidate: z.string(), unit: z.string(), attempt: z.number(), state: z.string(), score: z.number().nullable(), total: z.number(), submittedAt: z.string().nullable() }),
  ),
  units: z.array(z.object({ orgUnitId: z.string(), unit: z.string(), candidates: z.number(), sat: z.number(), passed: z.number() })),
});

export const savedAnswerSchema = z.object({ questionId: z.string(), savedAt: z.string() });
export const enrolledSchema = z.object({ enrolled: z.number() });
