import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { departsFromMajority } from './majority.js';
import { stepInputs } from './steps.js';
import { catalogueWorkflow, decisionWorkflow, deliberateInput, matterWorkflow, stepProblems, type DecisionFacts } from './workflow.js';

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
    assert.deepEqual(
      short.error?.issues.map((i) => i.path.join('.')),
      ['shortPeriodReason'],
    );
    assert.equal(stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-30', shortPeriodReason: '紧急' }).success, true);
  });

  it('sends hearing materials at least 7 days before the hearing', () => {
    const h = { status: 'done', hearingOn: '2026-09-10', participants: 5 } as const;
    assert.equal(stepInputs.hearing.safeParse({ ...h, materialsSentOn: '2026-09-03' }).success, true);
    assert.equal(stepInputs.hearing.safeParse({ ...h, materialsSentOn: '2026-09-04' }).success, false);
  });

  it('asks the meeting record for the reason when the head departs from the majority', () => {
    const meeting = {
      meetingType: 'executive',
      meetingName: '常务会议',
      meetingOn: '2026-11-01',
      headName: '区长',
      outcome: 'adopted',
      members: [{ memberName: '甲', post: '副区长', stance: 'disagree', statement: '不同意' }],
    };
    assert.deepEqual(
      deliberateInput.safeParse(meeting).error?.issues.map((i) => i.path.join('.')),
      ['departureReason'],
    );
    assert.equal(deliberateInput.safeParse({ ...meeting, departureReason: '时限紧迫' }).success, true);
  });

  const meeting = deliberateInput.parse({
    meetingType: 'executive',
    meetingName: '常务会议',
    meetingOn: '2026-11-01',
    headName: '区长',
    outcome: 'adopted',
    members: [{ memberName: '甲', post: '副区长', stance: 'agree', statement: '同意' }],
  });
  const refused = (f: DecisionFacts, name: 'deliberate' | 'publish' | 'close', input?: Record<string, unknown>) => decisionWorkflow.refusal(name, f, input as never);

  it('names each missing step before collective deliberation, from the record alone', () => {
    assert.equal(refused(ready, 'deliberate', meeting), null);
    assert.deepEqual(refused({ ...ready, review: 'none' }, 'deliberate'), { kind: 'guard', reasons: ['尚未提请合法性审查，不能提交集体讨论决定'] });
    assert.match(refused({ ...ready, review: 'reviewing' }, 'deliberate')!.reasons.join(), /尚未出具审查意见/);
    assert.match(refused({ ...ready, review: 'passedWithoutAdviser' }, 'deliberate')!.reasons.join(), /法律顾问或公职律师/);
    assert.match(refused({ ...ready, steps: { ...ready.steps, riskAssessment: 'pending' } }, 'deliberate')!.reasons.join(), /风险评估/);
    // The detail page shows the guard on the button before the form is opened.
    const options = decisionWorkflow.options({ ...ready, steps: { ...ready.steps, publicComment: 'pending' } }, () => true);
    assert.deepEqual(
      options.map((o) => [o.name, o.refusedBy ?? 'allowed']),
      [
        ['deliberate', 'guard'],
        ['publish', 'state'],
        ['close', 'state'],
      ],
    );
    assert.match(options[0]!.reasons.join(), /公众参与/);
  });

  it('judges the meeting date against the comment period and the review when the step fires', () => {
    assert.deepEqual(refused(ready, 'deliberate', { ...meeting, meetingOn: '2026-09-20' })!.reasons, ['征求意见期限尚未届满，不能集体讨论决定', '会议日期早于合法性审查意见出具日期']);
    assert.deepEqual(refused(ready, 'deliberate', { ...meeting, meetingOn: '2026-10-10' })!.reasons, ['会议日期早于合法性审查意见出具日期']);
  });

  it('leads a rejected decision to 未通过, and it closes once archived without publication', () => {
    assert.equal(decisionWorkflow.next('deliberate', ready, { ...meeting, outcome: 'rejected' }), 'notAdopted');
    assert.equal(decisionWorkflow.next('deliberate', ready, { ...meeting, outcome: 'adoptedWithChanges' }), 'decided');
    const notAdopted: DecisionFacts = { ...ready, state: 'notAdopted' };
    assert.deepEqual(refused(notAdopted, 'publish', { publishedOn: '2026-11-10', channel: 'website' }), { kind: 'state', reasons: ['决策未获通过，不能公布'] });
    assert.deepEqual(refused(notAdopted, 'close', { closedOn: '2026-11-26' })!.reasons, ['决策过程记录和材料尚未归档，不能办结']);
    assert.equal(refused({ ...notAdopted, steps: { ...ready.steps, archive: 'done' } }, 'close', { closedOn: '2026-11-26' }), null);
  });

  it('says why a step is out of order in words of the procedure', () => {
    assert.deepEqual(refused(ready, 'publish')!.reasons, ['尚未集体讨论决定，不能公布']);
    assert.deepEqual(refused({ ...ready, state: 'decided' }, 'close')!.reasons, ['决策尚未公布，不能办结']);
    assert.deepEqual(refused({ ...ready, state: 'decided' }, 'deliberate')!.reasons, ['已经集体讨论决定，不能重复登记']);
    const published: DecisionFacts = { ...ready, state: 'published', meetingOn: '2026-11-05', steps: { ...ready.steps, archive: 'done' } };
    assert.match(refused(published, 'close')!.reasons.join(), /执行情况报告.*后评估/);
    assert.deepEqual(refused({ ...published, state: 'decided' }, 'publish', { publishedOn: '2026-11-01', channel: 'website' })!.reasons, ['公布日期早于集体讨论决定日期']);
  });

  it('approves a catalogue with items after the Party committee agreed, and publishes it after approval', () => {
    const draft = { state: 'draft', itemCount: 2, approvedOn: null } as const;
    const approve = { approvedOn: '2026-02-20', partyCommitteeAgreedOn: '2026-02-10', partyCommitteeNote: '区委同意' };
    assert.equal(catalogueWorkflow.refusal('approve', draft, approve), null);
    assert.deepEqual(catalogueWorkflow.refusal('approve', { ...draft, itemCount: 0 }), { kind: 'guard', reasons: ['目录尚无决策事项，不能审定'] });
    assert.match(catalogueWorkflow.refusal('approve', draft, { ...approve, approvedOn: '2026-02-01' })!.reasons.join(), /党委同意日期晚于审定日期/);
    assert.deepEqual(catalogueWorkflow.refusal('publish', draft)!.reasons, ['目录尚未审定，不能公布']);
    assert.deepEqual(catalogueWorkflow.refusal('publish', { state: 'approved', itemCount: 2, approvedOn: '2026-02-20' }, { publishedOn: '2026-02-19', channel: 'website' })!.reasons, [
      '公布日期早于审定日期',
    ]);
  });

  it('lets a 街道 matter be decided only after a passed review, on a later date', () => {
    const decide = { meetingOn: '2026-11-20', meetingName: '党工委会议', decisionText: '同意', judicialOfficeHeadAttended: true };
    assert.deepEqual(matterWorkflow.refusal('decide', { state: 'pending', reviewPassed: false, reviewConcludedOn: null }), { kind: 'guard', reasons: ['尚未通过合法性审查，不能登记会议决定'] });
    assert.equal(matterWorkflow.refusal('decide', { state: 'pending', reviewPassed: true, reviewConcludedOn: '2026-11-10' }, decide), null);
    assert.deepEqual(matterWorkflow.refusal('decide', { state: 'pending', reviewPassed: true, reviewConcludedOn: '2026-11-25' }, decide)!.reasons, ['会议日期早于合法性审查意见出具日期']);
    assert.equal(matterWorkflow.refusal('decide', { state: 'decided', reviewPassed: true, reviewConcludedOn: null })!.kind, 'state');
  });

  it('freezes the steps before the meeting once it decided', () => {
    assert.deepEqual(stepProblems('publicComment', 'preparing'), []);
    assert.equal(stepProblems('publicComment', 'decided').length, 1);
    assert.equal(stepProblems('archive', 'preparing').length, 1);
    assert.deepEqual(stepProblems('archive', 'notAdopted'), []);
    assert.equal(stepProblems('postEvaluation', 'closed').length, 1);
  });
});
