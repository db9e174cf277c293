import { requiredMaterials, reviewDueOn, type ReviewOpinion, type ReviewSubjectKind } from '@fazhi/core/legal-review';
import type { Db } from '../../platform/db/client.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import { allocateOpinionSeq, formatOpinionNumber, reviewingOrgan } from './opinion-number.js';
import { reviewRegister } from './registers.js';
import { legalReviewRequests } from './tables.js';

// The interface through which other modules' demo seeds and bench generators record the 合法性审核 of their own
// subjects (a document's, a decision's review), so that they never reach into legal review's seed or tables.

/** The table the rows go into: bench generators insert them in batches. */
export { legalReviewRequests };

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

/** The row of one review request as the demo seeds (and the bench's generators) record it. */
export function reviewRow(input: SeedReviewInput): Record<string, unknown> {
  const due = reviewDueOn(input.subjectKind, input.receivedOn);
  const concluded = input.concludedOn ?? null;
  const row: Record<string, unknown> = {
    ...input,
    subjectId: input.subjectId ?? null,
    dueOn: due,
    state: concluded ? 'concluded' : 'reviewing',
    concludedOn: concluded,
    concludedLate: concluded !== null && concluded > due,
    adviserTookPart: input.adviserTookPart ?? Boolean(input.adviserNames),
    materials: requiredMaterials(input.subjectKind),
  };
  row.searchText = searchTextOf(reviewRegister, row as Row);
  return row;
}

/** One review request as the demo seeds of legal review, normative documents and decisions record it. */
export async function seedReview(tx: Db, input: SeedReviewInput): Promise<{ id: string }> {
  const row = reviewRow(input);
  if (input.concludedOn && input.opinion) Object.assign(row, await opinionNumberOf(tx, input.orgUnitId, input.concludedOn));
  const [inserted] = await tx
    .insert(legalReviewRequests)
    .values(row as typeof legalReviewRequests.$inferInsert)
    .returning({ id: legalReviewRequests.id });
  return inserted!;
}

/** A review row with a given id, typed for a batched insert (bench generators). */
export const reviewRowOf = (input: SeedReviewInput, id: string) => ({ ...reviewRow(input), id }) as typeof legalReviewRequests.$inferInsert;

/** The 意见书 number columns of a review concluded on `concludedOn` (the reviewing organ's next of that year). */
export async function opinionNumberOf(tx: Db, orgUnitId: string, concludedOn: string) {
  const organ = await reviewingOrgan(tx, orgUnitId);
  const year = Number(concludedOn.slice(0, 4));
  const seq = await allocateOpinionSeq(tx, organ.id, year);
  return { opinionOrgUnitId: organ.id, opinionYear: year, opinionSeq: seq, opinionNumber: formatOpinionNumber(year, seq) };
}
