import { z } from 'zod';
import { baseRowShape, detailExtras, rowSchemaOf, stepOptionSchema } from '../register/responses.js';
import { caseSpec } from './contract.js';

/** Answers of the litigation routes (wire form: dates are strings). */

export const plaintiffSchema = z.object({ id: z.string(), kind: z.string(), name: z.string(), idNumberMasked: z.string().nullable(), creditCode: z.string().nullable() });

export const hearingSchema = z.looseObject({
  id: z.string(),
  caseId: z.string(),
  heldOn: z.string(),
  leaderAppeared: z.boolean(),
  leaderName: z.string().nullable(),
  leaderPost: z.string().nullable(),
  leaderType: z.string().nullable(),
  substituteName: z.string().nullable(),
  substitutePost: z.string().nullable(),
  absenceReasonKind: z.string().nullable(),
  absenceReason: z.string().nullable(),
  absenceProof: z.string().nullable(),
  noticeServedOn: z.string().nullable(),
  /** 出庭通知书 served and no 负责人 appeared (法释〔2020〕3号 第4条). */
  noticeUnheeded: z.boolean(),
  createdAt: z.string(),
});

/** One 审级 of the case with its own 案号, court, decision and dates. */
export const proceedingSchema = z.looseObject({
  id: z.string(),
  ordinal: z.int(),
  instance: z.string(),
  caseNumber: z.string(),
  court: z.string(),
  startedOn: z.string(),
  appellant: z.string().nullable(),
  outcome: z.string().nullable(),
  amendedOutcome: z.string().nullable(),
  decisionKind: z.string().nullable(),
  decidedOn: z.string().nullable(),
  servedOn: z.string().nullable(),
  appealDueOn: z.string().nullable(),
  judgmentSummary: z.string().nullable(),
});

/** GET /api/litigation/cases/:id: the case, its plaintiffs and hearings, and every step of its workflow. */
// The spec's fields come from rowSchemaOf; the base columns are named again so that z.infer keeps their types.
export const caseDetailSchema = rowSchemaOf(caseSpec).extend({
  ...baseRowShape,
  ...detailExtras,
  caseNumber: z.string(),
  state: z.string(),
  plaintiffs: z.array(plaintiffSchema),
  hearings: z.array(hearingSchema),
  proceedings: z.array(proceedingSchema),
  transitions: z.array(stepOptionSchema),
});

/** Answers due: the defence (第67条) or, when the other party appealed, the 二审 answer (法释〔2018〕1号 第108条). */
export const defenceTodoSchema = z.array(
  z.object({
    id: z.string(),
    kind: z.enum(['defence', 'appealAnswer']),
    caseNumber: z.string(),
    cause: z.string(),
    orgUnitName: z.string(),
    dueOn: z.string(),
    state: z.string(),
    daysLeft: z.int(),
    overdue: z.boolean(),
  }),
);

/** One month's figures by unit, as displayed ("3件", "66.7%"). */
export const bulletinSchema = z.object({
  title: z.string(),
  scope: z.looseObject({ orgUnitId: z.string(), from: z.string(), to: z.string() }),
  columns: z.array(z.object({ id: z.string(), label: z.string() })),
  rows: z.array(z.object({ orgUnitId: z.string(), orgUnitName: z.string(), figures: z.record(z.string(), z.string()) })),
  totals: z.record(z.string(), z.string()),
});

export const bulletinSummarySchema = z.object({ id: z.string(), month: z.string(), title: z.string(), generatedAt: z.string() });
export const bulletinListSchema = z.array(bulletinSummarySchema);

export const revealedIdNumberSchema = z.object({ idNumber: z.string() });

export type Plaintiff = z.infer<typeof plaintiffSchema>;
export type Hearing = z.infer<typeof hearingSchema>;
export type Proceeding = z.infer<typeof proceedingSchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type TodoItem = z.infer<typeof defenceTodoSchema>[number];
export type Bulletin = z.infer<typeof bulletinSchema>;
export type BulletinSummary = z.infer<typeof bulletinSummarySchema>;
