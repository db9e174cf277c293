import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { dateField } from '../validators/zod.js';
import { scoreSpec, subjectSpec } from './contract.js';

const withSteps = { ...baseRowShape, ...detailExtras, state: z.string(), transitions: z.array(stepOptionSchema) };
/** GET /api/inspection/subjects/:id: the inspected unit's record, its 整改 fields and the steps of its workflow. */
export const subjectDetailSchema = rowSchemaOf(subjectSpec).extend(withSteps);
/** GET /api/inspection/scores/:id: a score with its drill-down target and the appeal steps. */
export const scoreDetailSchema = rowSchemaOf(scoreSpec).extend({
  ...withSteps,
  indicatorId: z.string().nullable(),
  drillDown: z.string().nullable(),
  appealDueOn: z.string().nullable(),
});

const ranked = z.object({ orgUnitId: z.string(), unitName: z.string(), total: z.number(), rank: z.int(), items: z.int() });
/** GET /api/inspection/schemes/:id/ranking: totals per unit, once published (or to the organiser). */
export const rankingSchema = z.object({ schemeId: z.string(), title: z.string(), year: z.int(), publishedOn: z.string().nullable(), units: z.array(ranked) });

/** POST /api/inspection/schemes/:id/compute: how many scores the indicators gave, and the items left to hand scoring. */
export const computeResultSchema = z.object({ computed: z.int(), unscorable: z.array(z.object({ itemCode: z.string(), unitName: z.string(), reason: z.string() })) });

export const publishSchema = z.object({ version: z.int().positive(), publishedOn: dateField('公布日期') });

/** GET /api/inspection/demonstration/readiness: each 示范 item with its tasks' progress and its indicator's value. */
export const readinessSchema = z.array(
  z.object({
    id: z.string(),
    code: z.string(),
    level: z.string(),
    title: z.string(),
    parentCode: z.string().nullable(),
    indicatorId: z.string().nullable(),
    indicatorDisplay: z.string().nullable(),
    tasks: z.int(),
    done: z.int(),
    met: z.int(),
    partly: z.int(),
    notMet: z.int(),
    ready: z.boolean(),
  }),
);

export type SubjectDetail = z.infer<typeof subjectDetailSchema>;
export type ScoreDetail = z.infer<typeof scoreDetailSchema>;
export type Ranking = z.infer<typeof rankingSchema>;
export type ReadinessRow = z.infer<typeof readinessSchema>[number];
