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
  decidedOn: null,
  executionReports: 0,
};

describe('重大行政决策 rules', () => {
  it('counts a head’s decision against the majority, but not against a tie', () => {
    assert.equal(departsFromMajority(['disagree', 'disagree', 'agree'], 'adopted'), true);
    assert.equal(departsFromMajority(['agree', 'agreeWithChanges', 'disagree'], 'rejected'), true);
    assert.equal(departsFromMajority(['agree', 'disagree'], 'adopted'), false);
    assert.equal(departsFromMajority(['agree', 'agree', 'abstain'], 'adoptedWithChanges'), false);
  });

  it('holds 向社会公开征求意见 to 30 days, counted from the day after it opens, unless a shorter period is explained', () => {
    const base = { status: 'done', forms: ['openSolicitation'], commentStartOn: '2026-08-01', channel: '区政府网站', commentsReceived: 0 } as const;
    assert.equal(stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-31' }).success, true);
    const short = stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-30' });
    assert.deepEqual(
      short.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['shortPeriodReason', '向社会公开征求意见的期限少于30日，须说明理由（《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于30日）']],
    );
    assert.equal(stepInputs.publicComment.safeParse({ ...base, commentEndOn: '2026-08-30', shortPeriodReason: '紧急' }).success, true);
    // 第十五条 also asks where the draft was published.
    assert.deepEqual(
      stepInputs.publicComment.safeParse({ ...base, channel: undefined, commentEndOn: '2026-08-31' }).error?.issues.map((i) => i.path.join('.')),
      ['channel'],
    );
  });

  it('has no 30-day floor for the other forms of 第十四条 (a 座谈会 of one day)', () => {
    const symposium = { status: 'done', forms: ['symposium', 'fieldVisit'], commentStartOn: '2026-08-01', commentEndOn: '2026-08-01', commentsReceived: 9 } as const;
    assert.equal(stepInputs.publicComment.safeParse(symposium).success, true);
    assert.equal(stepInputs.publicComment.safeParse({ ...symposium, forms: [] }).success, false, 'at least one form');
    assert.equal(stepInputs.publicComment.safeParse({ ...symposium, forms: ['symposium', 'symposium'] }).success, false, 'no form twice');
    assert.equal(stepInputs.publicComment.safeParse({ ...symposium, forms: ['symposium', 'openSolicitation'] }).success, false, 'a public solicitation among them has the floor');
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
        ['recordUndeliberated', 'allowed'],
        ['publish', 'state'],
        ['close', 'state'],
      ],
    );
    assert.match(options[0]!.reasons.join(), /公众参与/);
  });

  it('judges the meeting date against the comment period and the review when the step fires', () => {
    assert.deepEqual(refused(ready, 'deliberate', { ...meeting, meetingOn: '2026-09-20' })!.reasons, ['听取意见期限尚未届满，不能集体讨论决定', '会议日期早于合法性审查意见出具日期']);
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
    assert.deepEqual(refused({ ...ready, state: 'decided' }, 'deliberate')!.reasons, ['已经作出决定，不能重复登记']);
    const published: DecisionFacts = { ...ready, state: 'published', decidedOn: '2026-11-05', steps: { ...ready.steps, archive: 'done' } };
    assert.match(refused(published, 'close')!.reasons.join(), /执行情况报告.*后评估/);
    assert.deepEqual(refused({ ...published, state: 'decided' }, 'publish', { publishedOn: '2026-11-01', channel: 'website' })!.reasons, ['公布日期早于作出决定日期']);
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

  it('lets a 街道 涉法事项 be decided after a passed review, or record that the meeting decided it without one', () => {
    const decide = { meetingOn: '2026-11-20', meetingName: '党工委会议', decisionText: '同意', judicialOfficeHeadAttended: true };
    const unreviewed = { state: 'pending', category: 'majorDecision', reviewPassed: false, reviewConcludedOn: null } as const;
    assert.deepEqual(matterWorkflow.refusal('decide', unreviewed, decide)!.reasons, ['重大决策事项尚未通过合法性审查，不能登记会议决定；会议已未经审查作出决定的，请如实填写未经合法性审查的情况说明']);
    assert.equal(matterWorkflow.refusal('decide', unreviewed, { ...decide, unreviewedNote: '会议时审查意见未出具，先行决定' }), null);
    assert.equal(matterWorkflow.refusal('decide', { ...unreviewed, category: 'contract' }, decide)!.kind, 'guard');
    // 人事任免 needs no legality review.
    assert.equal(matterWorkflow.refusal('decide', { ...unreviewed, category: 'personnel' }, decide), null);
    assert.equal(matterWorkflow.refusal('decide', { ...unreviewed, reviewPassed: true, reviewConcludedOn: '2026-11-10' }, decide), null);
    assert.deepEqual(matterWorkflow.refusal('decide', { ...unreviewed, reviewPassed: true, reviewConcludedOn: '2026-11-25' }, decide)!.reasons, ['会议日期早于合法性审查意见出具日期']);
    assert.equal(matterWorkflow.refusal('decide', { ...unreviewed, state: 'decided' })!.kind, 'state');
  });

  it('records a decision reached without collective deliberation from 论证审查中 only, whatever steps are missing', () => {
    const found = { decidedOn: '2026-11-01', form: 'headSigned', decidedBy: '孙区长', explanation: '督察发现未提交常务会议' } as const;
    const bare: DecisionFacts = { ...ready, review: 'none', steps: { ...ready.steps, publicComment: 'pending' } };
    assert.equal(decisionWorkflow.refusal('recordUndeliberated', bare, found), null);
    assert.equal(decisionWorkflow.next('recordUndeliberated', bare, found), 'decided');
    assert.deepEqual(decisionWorkflow.refusal('recordUndeliberated', { ...bare, state: 'decided' }, found)!.reasons, ['已经作出决定，不能重复登记']);
    assert.deepEqual(refused({ ...ready, state: 'decided', decidedOn: '2026-11-01' }, 'publish', { publishedOn: '2026-10-30', channel: 'website' })!.reasons, ['公布日期早于作出决定日期']);
  });

  it('freezes the steps before the meeting once it decided', () => {
    assert.deepEqual(stepProblems('publicComment', 'preparing'), []);
    assert.equal(stepProblems('publicComment', 'decided').length, 1);
    assert.equal(stepProblems('archive', 'preparing').length, 1);
    assert.deepEqual(stepProblems('archive', 'notAdopted'), []);
    assert.equal(stepProblems('postEvaluation', 'closed').length, 1);
  });
});
