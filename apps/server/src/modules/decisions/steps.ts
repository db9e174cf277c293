import {
  adoptingOutcomes,
  participationForms,
  recordedSteps,
  undeliberatedForms,
  type DecisionFacts,
  type DecisionOutcome,
  type DecisionState,
  type RecordedStep,
  type ReviewStanding,
  type StepInput,
  type StepStatus,
} from '@fazhi/core/decisions';
import { reviewPassed, type ReviewConclusion } from '../legal-review/subjects.js';

/** Where the decision's 合法性审查 stands; a withdrawn request counts as none. */
export function reviewStandingOf(c: ReviewConclusion | null): ReviewStanding {
  if (!c || c.state === 'withdrawn') return 'none';
  if (reviewPassed(c)) return c.adviserTookPart ? 'passed' : 'passedWithoutAdviser';
  return c.concludedOn ? 'failed' : 'reviewing';
}

/** Each step's columns: recording a step (or marking it 不适用) rewrites all of them, so nothing stale is left. */
const stepColumns: Record<RecordedStep, { status: string; columns: string[] }> = {
  publicComment: {
    status: 'publicCommentStatus',
    columns: ['commentForms', 'commentStartOn', 'commentEndOn', 'commentChannel', 'commentsReceived', 'commentHandling', 'commentShortReason', 'publicCommentNaReason'],
  },
  hearing: { status: 'hearingStatus', columns: ['hearingOn', 'hearingMaterialsSentOn', 'hearingParticipants', 'hearingSummary', 'hearingNaReason'] },
  expertReview: { status: 'expertReviewStatus', columns: ['expertReviewedOn', 'expertReviewSummary', 'expertReviewNaReason'] },
  riskAssessment: { status: 'riskAssessmentStatus', columns: ['riskAssessedOn', 'riskAssessor', 'riskLevel', 'riskPoints', 'riskMeasures', 'riskAssessmentNaReason'] },
  postEvaluation: { status: 'postEvaluationStatus', columns: ['evaluatedOn', 'evaluationTrigger', 'evaluator', 'evaluationConclusion', 'postEvaluationNaReason'] },
  archive: { status: 'archiveStatus', columns: ['archivedOn', 'archiveNumber'] },
};

const naColumn: Record<Exclude<RecordedStep, 'archive'>, string> = {
  publicComment: 'publicCommentNaReason',
  hearing: 'hearingNaReason',
  expertReview: 'expertReviewNaReason',
  riskAssessment: 'riskAssessmentNaReason',
  postEvaluation: 'postEvaluationNaReason',
};

/** Column values for a recorded step. */
export function stepValues<S extends RecordedStep>(step: S, input: StepInput<S>): Record<string, unknown> {
  const def = stepColumns[step];
  const values: Record<string, unknown> = Object.fromEntries(def.columns.map((c) => [c, null]));
  values[def.status] = input.status;
  const v = input as Record<string, unknown>;
  if (input.status === 'notApplicable') {
    values[naColumn[step as Exclude<RecordedStep, 'archive'>]] = v.reason;
    return values;
  }
  const set = (pairs: Record<string, string>) => {
    for (const [column, field] of Object.entries(pairs)) values[column] = v[field] ?? null;
  };
  switch (step) {
    case 'publicComment':
      set({
        commentForms: 'forms',
        commentStartOn: 'commentStartOn',
        commentEndOn: 'commentEndOn',
        commentChannel: 'channel',
        commentsReceived: 'commentsReceived',
        commentHandling: 'handlingSummary',
        commentShortReason: 'shortPeriodReason',
      });
      break;
    case 'hearing':
      set({ hearingOn: 'hearingOn', hearingMaterialsSentOn: 'materialsSentOn', hearingParticipants: 'participants', hearingSummary: 'summary' });
      break;
    case 'expertReview': {
      const experts = v.experts as { signedOn: string }[];
      values.expertReviewedOn =
        experts
          .map((e) => e.signedOn)
          .sort()
          .at(-1) ?? null;
      values.expertReviewSummary = v.summary ?? null;
      break;
    }
    case 'riskAssessment':
      set({ riskAssessedOn: 'assessedOn', riskAssessor: 'assessor', riskLevel: 'riskLevel', riskPoints: 'riskPoints', riskMeasures: 'measures' });
      break;
    case 'postEvaluation':
      set({ evaluatedOn: 'evaluatedOn', evaluationTrigger: 'trigger', evaluator: 'evaluator', evaluationConclusion: 'conclusion' });
      break;
    case 'archive':
      set({ archivedOn: 'archivedOn', archiveNumber: 'archiveNumber' });
      break;
  }
  return values;
}

export function stepStatusesOf(row: Record<string, unknown>): Record<RecordedStep, StepStatus> {
  return Object.fromEntries(recordedSteps.codes.map((s) => [s, row[stepColumns[s].status] as StepStatus])) as Record<RecordedStep, StepStatus>;
}

export function decisionFacts(row: Record<string, unknown>, review: ReviewConclusion | null, executionReports: number): DecisionFacts {
  return {
    state: row.state as DecisionState,
    steps: stepStatusesOf(row),
    review: reviewStandingOf(review),
    reviewConcludedOn: review?.concludedOn ?? null,
    commentEndOn: (row.commentEndOn as string | null) ?? null,
    decidedOn: (row.decidedOn as string | null) ?? null,
    executionReports,
  };
}

export type ChecklistEntry = { key: string; label: string; mandatory: boolean; status: 'pending' | 'done' | 'notApplicable' | 'inProgress' | 'failed'; note: string | null };

/** The procedure checklist in the law's order, for the detail page. */
export function stepsOf(row: Record<string, unknown>, review: ReviewConclusion | null, executionReports: number): ChecklistEntry[] {
  const s = stepStatusesOf(row);
  const na = (step: Exclude<RecordedStep, 'archive'>) => (row[naColumn[step]] as string | null) ?? null;
  const standing = reviewStandingOf(review);
  const outcome = row.outcome as DecisionOutcome | null;
  const published = typeof row.publishedOn === 'string';
  const forms = ((row.commentForms as string[] | null) ?? []).map((f) => participationForms.label(f)).join('、');
  const undeliberated = typeof row.undeliberatedForm === 'string';
  return [
    {
      key: 'publicComment',
      label: '公众参与',
      mandatory: true,
      status: s.publicComment,
      note: s.publicComment === 'done' ? `${forms ? `${forms}，` : ''}${String(row.commentStartOn)} 至 ${String(row.commentEndOn)}` : na('publicComment'),
    },
    { key: 'hearing', label: '听证', mandatory: false, status: s.hearing, note: s.hearing === 'done' ? String(row.hearingOn) : na('hearing') },
    { key: 'expertReview', label: '专家论证', mandatory: false, status: s.expertReview, note: s.expertReview === 'done' ? String(row.expertReviewedOn) : na('expertReview') },
    { key: 'riskAssessment', label: '风险评估', mandatory: false, status: s.riskAssessment, note: s.riskAssessment === 'done' ? String(row.riskAssessedOn) : na('riskAssessment') },
    {
      key: 'legalityReview',
      label: '合法性审查',
      mandatory: true,
      status: standing === 'passed' ? 'done' : standing === 'none' ? 'pending' : standing === 'reviewing' ? 'inProgress' : 'failed',
      note: review?.concludedOn ?? null,
    },
    {
      key: 'collectiveDeliberation',
      label: '集体讨论决定',
      mandatory: true,
      // A decision reached without the meeting shows here as the step that failed, with how it was reached.
      status: undeliberated ? 'failed' : outcome ? 'done' : 'pending',
      note: undeliberated ? `未经集体讨论，${undeliberatedForms.label(String(row.undeliberatedForm))}（${String(row.decidedOn)}）` : ((row.meetingName as string | null) ?? null),
    },
    { key: 'publication', label: '公布', mandatory: outcome ? adoptingOutcomes.includes(outcome) : true, status: published ? 'done' : 'pending', note: (row.publishedOn as string | null) ?? null },
    {
      key: 'execution',
      label: '执行',
      mandatory: outcome ? adoptingOutcomes.includes(outcome) : true,
      status: executionReports > 0 ? 'done' : 'pending',
      note: executionReports > 0 ? `执行情况报告${executionReports}份` : null,
    },
    { key: 'postEvaluation', label: '决策后评估', mandatory: false, status: s.postEvaluation, note: s.postEvaluation === 'done' ? String(row.evaluatedOn) : na('postEvaluation') },
    { key: 'archive', label: '归档', mandatory: true, status: s.archive, note: (row.archiveNumber as string | null) ?? null },
  ];
}
