import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { departsFromMajority } from './majority.js';
import { stepInputs } from './steps.js';
import { decisionTransitionProblems, deliberateInput, stepProblems, type DecisionFacts } from './workflow.js';

const ready: DecisionFacts = {
  state: 'preparing',
  steps: { publicComment: 'done', hearing: 'notApplicable', expertReview: 'done', riskAssessment: 'done', postEvaluation: 'pending', archive: 'pending' },
  review: 'passed',
  reviewConcludedOn: '2026-10-20',
  commentEndOn: '2026-10-01',
  meetingOn: null,
  executionReports: 0,
};

describe('重大行政决策 rules', () => {
  it('counts a head’s decision against the majority, but not against a tie', () => {
    assert.equal(departsFromMajority(['disagree', 'disagree', 'agree'], 'adopted'), true);
    assert.equal(departsFromMajority(['agree', 'agreeWithChanges', 'disagree'], 'rejected'), true);
    assert.equal(departsFromMajority(['agree', 'disagree'], 'adopted'), false);
    assert.equal(departsFromMajority(['agree', 'agree', 'abstain'], 'adoptedWithChanges'), false);
  });

  it('needs a reason for a comment period under 30 days, counted from the day after it opens', () => {
    const base = { status: 'done', commentStartOn: '2026-08-01', channel: '网站', commentsReceived: 0 } as const;
    assert.equal(stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-31' }).success, true);
    const short = stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-30' });
    assert.equal(short.success, false);
    assert.deepEqual(short.error?.issues.map((i) => i.path.join('.')), ['shortPeriodReason']);
    assert.equal(stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-30', shortPeriodReason: '紧急' }).success, true);
  });

  it('sends hearing materials at least 7 days before the hearing', () => {
    const h = { status: 'done', hearingOn: '2026-09-10', participants: 5 } as const;
    assert.equal(stepInputs.hearing.safeParse({ ...h, materialsSentOn: '2026-09-03' }).success, true);
    assert.equal(stepInputs.hearing.safeParse({ ...h, materialsSentOn: '2026-09-04' }).success, false);
  });

  it('asks the meeting record for the reason when the head departs from the majority', () => {
    const meeting = { meetingType: 'executive', meetingName: '常务会议', meetingOn: '2026-11-01', headName: '区长', outcome: 'adopted', members: [{ memberName: '甲', post: '副区长', stance: 'disagree', statement: '不同意' }] };
    assert.deepEqual(deliberateInput.safeParse(meeting).error?.issues.map((i) => i.path.join('.')), ['departureReason']);
    assert.equal(deliberateInput.safeParse({ ...meeting, departureReason: '时限紧迫' }).success, true);
  });

  it('names each missing step before collective deliberation', () => {
    const input = { meetingOn: '2026-11-01' };
    assert.deepEqual(decisionTransitionProblems('deliberate', ready, input), []);
    assert.match(decisionTransitionProblems('deliberate', { ...ready, review: 'none' }, input).join(), /尚未提请合法性审查/);
    assert.match(decisionTransitionProblems('deliberate', { ...ready, review: 'reviewing' }, input).join(), /尚未出具审查意见/);
    assert.match(decisionTransitionProblems('deliberate', { ...ready, steps: { ...ready.steps, riskAssessment: 'pending' } }, input).join(), /风险评估/);
    assert.match(decisionTransitionProblems('deliberate', ready, { meetingOn: '2026-09-20' }).join(), /征求意见期限尚未届满/);
    assert.match(decisionTransitionProblems('publish', ready, {}).join(), /尚未集体讨论决定/);
    assert.match(decisionTransitionProblems('close', { ...ready, state: 'notAdopted' }, {}).join(), /尚未归档/);
    assert.deepEqual(decisionTransitionProblems('close', { ...ready, state: 'notAdopted', steps: { ...ready.steps, archive: 'done' } }, {}), []);
  });

  it('freezes the steps before the meeting once it decided', () => {
    assert.deepEqual(stepProblems('publicComment', 'preparing'), []);
    assert.equal(stepProblems('publicComment', 'decided').length, 1);
    assert.equal(stepProblems('archive', 'preparing').length, 1);
    assert.deepEqual(stepProblems('archive', 'notAdopted'), []);
    assert.equal(stepProblems('postEvaluation', 'closed').length, 1);
  });
});
