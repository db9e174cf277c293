import { dueDate, deadlineRules } from '@fazhi/core';
import type { ReviewOpinion, ReviewSubjectKind } from '@fazhi/core/legal-review';
import type { Db } from '../../platform/db/client.js';
import type { SeedContext } from '../../seed/context.js';
import { legalReviewRequests } from './tables.js';

export type SeedReviewInput = {
  subjectKind: ReviewSubjectKind;
  subjectId?: string | null;
  title: string;
  orgUnitId: string;
  receivedOn: string;
  /** Concluded when given, with `opinion`. */
  concludedOn?: string | null;
  opinion?: ReviewOpinion | null;
  opinionText?: string | null;
  adviserTookPart?: boolean;
  adviserNames?: string | null;
  adopted?: boolean | null;
};

const ruleOf: Record<ReviewSubjectKind, keyof typeof deadlineRules> = {
  normativeDocument: 'legalReview.normativeDocument',
  majorDecision: 'legalReview.majorDecision',
  contract: 'legalReview.contract',
  enforcementDecision: 'legalReview.other',
  subdistrictMatter: 'legalReview.other',
  other: 'legalReview.other',
};

/** One review request as the demo seeds of legal review, normative documents and decisions record it. */
export async function seedReview(tx: Db, input: SeedReviewInput): Promise<{ id: string }> {
  const due = dueDate(input.receivedOn, deadlineRules[ruleOf[input.subjectKind]]);
  const concluded = input.concludedOn ?? null;
  const [row] = await tx
    .insert(legalReviewRequests)
    .values({
      ...input,
      subjectId: input.subjectId ?? null,
      dueOn: due,
      state: concluded ? 'concluded' : 'reviewing',
      concludedOn: concluded,
      concludedLate: concluded !== null && concluded > due,
      adviserTookPart: input.adviserTookPart ?? false,
      searchText: input.title.toLowerCase(),
    })
    .returning({ id: legalReviewRequests.id });
  return row!;
}

/** Demo records of 合法性审核; returns counts for the seed's audit summary. */
export async function seedLegalReview(_ctx: SeedContext): Promise<Record<string, number>> {
  return {};
}
