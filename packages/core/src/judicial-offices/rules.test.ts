import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultChecklist } from './checklist.js';
import { activityCreateSchema, assistantCreateSchema, standardCreateSchema } from './contract.js';
import { assistantState, inPostOn, scoreProblems, starLevelOf } from './rules.js';
import { ratingWorkflow } from './workflow.js';

describe('judicial offices: star level, in post, score sheets', () => {
  it('the star level is the highest line the share of full marks reaches (default lines 60/70/80/90/95)', () => {
    assert.equal(starLevelOf(95, 100), 5);
    assert.equal(starLevelOf(94.5, 100), 4);
    assert.equal(starLevelOf(90, 100), 4);
    assert.equal(starLevelOf(59.5, 100), 0);
    assert.equal(starLevelOf(60, 100), 1);
    // Measured on the share of the checklist's full marks, so a 120-point checklist needs 114 for five stars.
    assert.equal(starLevelOf(114, 120), 5);
    assert.equal(starLevelOf(113, 120), 4);
    assert.equal(starLevelOf(80, 100, { oneStar: 50, twoStar: 60, threeStar: 70, fourStar: 75, fiveStar: 80 }), 5);
    assert.equal(starLevelOf(10, 0), 0);
  });

  it('a 司法协理员 is in post from the hiring day up to, not including, the exit day', () => {
    const a = { hiredOn: '2026-03-01', exitOn: '2026-09-30' };
    assert.equal(inPostOn(a, '2026-02-28'), false);
    assert.equal(inPostOn(a, '2026-03-01'), true);
    assert.equal(inPostOn(a, '2026-09-29'), true);
    assert.equal(inPostOn(a, '2026-09-30'), false);
    assert.equal(inPostOn({ hiredOn: '2026-03-01', exitOn: null }, '2030-01-01'), true);
    assert.equal(assistantState(a, '2026-10-01'), 'left');
    assert.equal(assistantState({ hiredOn: '2027-01-01' }, '2026-12-01'), 'pending');
  });

  it('a score sheet scores every item once and never above its full marks', () => {
    const items = [
      { id: 'a', title: '办公用房', maxPoints: 10 },
      { id: 'b', title: '服务大厅', maxPoints: 5 },
    ];
    assert.deepEqual(
      scoreProblems(items, [
        { itemId: 'a', score: 10 },
        { itemId: 'b', score: 4.5 },
      ]),
      [],
    );
    assert.match(
      scoreProblems(items, [
        { itemId: 'a', score: 11 },
        { itemId: 'b', score: 1 },
      ]).join(),
      /不能超过10分/,
    );
    assert.match(scoreProblems(items, [{ itemId: 'a', score: 1 }]).join(), /尚有1项未评分/);
    assert.match(
      scoreProblems(items, [
        { itemId: 'a', score: 1 },
        { itemId: 'a', score: 1 },
        { itemId: 'b', score: 1 },
      ]).join(),
      /重复评分/,
    );
    assert.match(
      scoreProblems(items, [
        { itemId: 'x', score: 1 },
        { itemId: 'a', score: 1 },
        { itemId: 'b', score: 1 },
      ]).join(),
      /不属于/,
    );
  });

  it('the default checklist totals 100 points over the categories the report names', () => {
    assert.equal(
      defaultChecklist.reduce((s, i) => s + i.maxPoints, 0),
      100,
    );
    for (const c of ['premises', 'serviceHall', 'rules', 'staffing'])
      assert.ok(
        defaultChecklist.some((i) => i.category === c),
        c,
      );
  });

  it('the workflow: 自评 → 区级评定 → 已评定 → 已确定; no scoring without a checklist; confirm only after the district scored', () => {
    const items = [{ id: '00000000-0000-4000-8000-000000000001', title: '办公用房', maxPoints: 10 }];
    assert.equal(ratingWorkflow.refusal('submit', { state: 'selfAssessment', items: [] })?.kind, 'guard');
    assert.equal(ratingWorkflow.refusal('submit', { state: 'selfAssessment', items }, { scores: [{ itemId: items[0]!.id, score: 9 }], selfAssessedOn: '2026-11-01' }), null);
    assert.deepEqual(ratingWorkflow.refusal('assess', { state: 'selfAssessment', items })?.reasons, ['司法所尚未提交自评，不能区级评定']);
    assert.equal(ratingWorkflow.refusal('confirm', { state: 'districtReview', items })?.kind, 'state');
    assert.equal(ratingWorkflow.next('returnForRevision', { state: 'districtReview', items }, { reason: '材料不全' }), 'selfAssessment');
    assert.equal(ratingWorkflow.steps.submit.action, 'update');
    assert.equal(ratingWorkflow.steps.confirm.action, 'approve');
  });

  it('field rules: thresholds rise, consultations carry 人次, exits carry a reason', () => {
    const bad = standardCreateSchema.safeParse({ year: 2026, orgUnitId: '00000000-0000-4000-8000-000000000001', basis: '方案', oneStar: 60, twoStar: 70, threeStar: 70, fourStar: 90, fiveStar: 95 });
    assert.equal(bad.success, false);
    assert.deepEqual(
      bad.error?.issues.map((i) => i.path.join('.')),
      ['threeStar'],
    );
    const consult = activityCreateSchema.safeParse({ orgUnitId: '00000000-0000-4000-8000-000000000001', occurredOn: '2026-05-01', kind: 'consultation', subject: '接待', quantity: 1 });
    assert.deepEqual(
      consult.error?.issues.map((i) => i.path.join('.')),
      ['persons'],
    );
    const exit = assistantCreateSchema.safeParse({
      name: '张三',
      gender: 'male',
      idNumber: '11010519491231002X',
      orgUnitId: '00000000-0000-4000-8000-000000000001',
      hiredOn: '2026-03-01',
      batch: '2026年第一批',
      exitOn: '2026-02-01',
    });
    assert.deepEqual(exit.error?.issues.map((i) => i.path.join('.')).sort(), ['exitOn', 'exitReason']);
  });
});
