import { z } from 'zod';

export const revealedSubjectFieldSchema = z.object({ field: z.string(), value: z.string() });

/** One day of a subject's timeline: the reports of that day, or none (a missing day, highlighted). */
export const subjectTimelineSchema = z.object({
  subjectId: z.string(),
  from: z.string(),
  to: z.string(),
  missingDays: z.number(),
  days: z.array(
    z.object({
      date: z.string(),
      missing: z.boolean(),
      reports: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          content: z.string(),
          nilReport: z.boolean(),
          hasPhoto: z.boolean(),
          locationFlag: z.string().nullable(),
          latitude: z.number().nullable(),
          longitude: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const issuedAccountSchema = z.object({ username: z.string(), initialPassword: z.string() });

export const checkInResultSchema = z.object({ id: z.string(), reportedOn: z.string(), locationFlag: z.string().nullable(), hasPhoto: z.boolean() });

const ownLeaveSchema = z.object({
  id: z.string(),
  reason: z.string(),
  destination: z.string(),
  startOn: z.string(),
  days: z.number(),
  endOn: z.string(),
  status: z.string(),
  returnedOn: z.string().nullable(),
});

/** What a subject sees of themself: nothing masked is revealed, nothing of anyone else. */
export const ownRecordSchema = z.object({
  name: z.string(),
  orgUnitName: z.string(),
  category: z.string(),
  termStartOn: z.string(),
  termEndOn: z.string(),
  checkedInToday: z.boolean(),
  recentReports: z.array(z.object({ id: z.string(), reportedOn: z.string(), kind: z.string(), content: z.string() })),
  leaves: z.array(ownLeaveSchema),
  notices: z.array(z.object({ title: z.string(), on: z.string() })),
});
export const ownLeaveResponseSchema = ownLeaveSchema;
