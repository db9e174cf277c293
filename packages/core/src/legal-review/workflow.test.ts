import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueOutsideWindow, reviewCreateSchema, reviewDueOn, reviewDueWindow } from './contract.js';
import { materialsProblem, requiredMaterials } from './materials.js';
import { dueAfterPause, extensionLimit, reviewWorkflow, workingDaysBetween, type ReviewFacts } from './workflow.js';

const facts = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({
  state: 'reviewing',
  subjectKind: 'contract',
  receivedOn: '2026-09-21',
  dueOn: '2026-09-29',
  pausedWorkingDays: 0,
  supplementRequestedOn: null,
  adopted: null,
  adviserTookPart: false,
  ...over,
});
const reasons = <K extends Parameters<typeof reviewWorkflow.refusal>[0]>(name: K, f: ReviewFacts, input?: Parameters<typeof reviewWorkflow.refusal<K>>[2]) =>
  reviewWorkflow.refusal(name, f, input)?.reasons ?? [];
const option = (name: string, f: ReviewFacts, may: (a: string) => boolean = () => true) => reviewWorkflow.options(f, may).find((o) => o.name === name)!;

describe('legal review rules', () => {
  it('counts due dates in working days across 中秋 and 国庆 (with the 调休 Saturday)', () => {
    assert.equal(reviewDueOn('contract', '2026-09-21'), '2026-09-29');
    // 10 working days: the district's setting, not the 7-day floor of 条例 第二十六条.
    assert.equal(reviewDueOn('majorDecision', '2026-09-28'), '2026-10-16');
    assert.equal(workingDaysBetween('2026-09-28', '2026-10-09'), 4);
    assert.deepEqual(dueAfterPause('2026-09-29', '2026-09-28', '2026-10-09'), { dueOn: '2026-10-10', paused: 4 });
    assert.deepEqual(dueAfterPause('2026-09-29', '2026-09-30', '2026-09-30'), { dueOn: '2026-09-29', paused: 0 });
  });

  it('limits a document extension to 15 working days from receipt, plus paused days', () => {
    assert.equal(extensionLimit({ receivedOn: '2026-11-02', pausedWorkingDays: 0 }), '2026-11-23');
    assert.equal(extensionLimit({ receivedOn: '2026-11-02', pausedWorkingDays: 2 }), '2026-11-25');
    const doc = facts({ subjectKind: 'normativeDocument', receivedOn: '2026-11-02', dueOn: '2026-11-09' });
    const extend = (extendedDueOn: string) => reasons('extend', doc, { extendedDueOn, extensionReason: '涉及面广' });
    assert.deepEqual(extend('2026-11-23'), []);
    assert.match(extend('2026-11-24')[0]!, /最长不超过15个工作日/);
    assert.match(extend('2026-11-06')[0]!, /应晚于现审核期限/);
  });

  it('holds back the extension of anything but a document, and says so before the form opens', () => {
    assert.deepEqual(option('extend', facts()), {
      name: 'extend',
      label: '延长审核期限',
      allowed: false,
      refusedBy: 'guard',
      reasons: ['只有行政规范性文件的合法性审核可以延长审核期限'],
    });
    assert.equal(option('extend', facts({ subjectKind: 'normativeDocument' })).allowed, true);
  });

  it('names the missing step when a conclusion comes too early or without an adviser on a decision', () => {
    const opinion = { opinion: 'lawful', opinionText: '同意', concludedOn: '2026-10-13' } as const;
    assert.match(reasons('conclude', facts({ state: 'received' }), opinion)[0]!, /尚未开始审核/);
    assert.match(reasons('conclude', facts({ state: 'supplementing' }), opinion)[0]!, /补充材料尚未补齐/);
    // The opinion itself is part of the step's input: without one the request is refused before any rule is judged.
    const missing = reviewWorkflow.steps.conclude.input.safeParse({ opinionText: '同意', concludedOn: '2026-10-13' });
    assert.deepEqual(
      missing.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['opinion', '请选择审核意见']],
    );
    assert.match(reasons('conclude', facts({ subjectKind: 'majorDecision' }), opinion)[0]!, /法律顾问或公职律师/);
    assert.deepEqual(reasons('conclude', facts({ subjectKind: 'majorDecision', adviserTookPart: true }), opinion), []);
    assert.match(reasons('conclude', facts(), { ...opinion, concludedOn: '2026-09-18' })[0]!, /出具意见日期不能早于2026-09-21/);
    assert.deepEqual(reasons('recordAdoption', facts({ state: 'reviewing' })), ['尚未出具审核意见，不能登记采纳情况']);
    assert.match(reasons('recordAdoption', facts({ state: 'concluded', adopted: true }), { adopted: false, adoptionNote: '改了主意' })[0]!, /已登记/);
    assert.deepEqual(option('recordAdoption', facts({ state: 'concluded', adopted: true })).reasons, ['采纳情况已登记']);
  });

  it('asks a reason when the opinion is not adopted', () => {
    const input = reviewWorkflow.steps.recordAdoption.input;
    assert.deepEqual(
      input.safeParse({ adopted: false }).error?.issues.map((i) => i.path.join('.')),
      ['adoptionNote'],
    );
    assert.equal(input.safeParse({ adopted: true }).success, true);
  });

  it('leaves the reviewer steps to `transition` and the submitting unit’s own steps to `update`', () => {
    const received = facts({ state: 'received' });
    const reviewerOnly = reviewWorkflow.options(received, (a) => a === 'transition');
    assert.deepEqual(
      reviewerOnly.filter((o) => o.allowed).map((o) => o.name),
      ['startReview', 'returnRequest'],
    );
    assert.equal(reviewerOnly.find((o) => o.name === 'withdraw')?.refusedBy, 'permission');
    const unitOnly = reviewWorkflow.options(received, (a) => a === 'update');
    assert.deepEqual(
      unitOnly.filter((o) => o.allowed).map((o) => o.name),
      ['withdraw'],
    );
    assert.deepEqual(
      reviewWorkflow.options(facts({ state: 'withdrawn' }), () => true).filter((o) => o.allowed),
      [],
    );
  });

  it('treats the review time limits as windows: a document 5–15 working days, a decision at least 7, the default inside', () => {
    assert.deepEqual(reviewDueWindow('normativeDocument', '2026-11-02'), { earliest: '2026-11-09', latest: '2026-11-23' });
    assert.deepEqual(reviewDueWindow('majorDecision', '2026-09-28'), { earliest: '2026-10-13', latest: null });
    assert.equal(reviewDueWindow('contract', '2026-09-28'), null);
    const doc = reviewDueOn('normativeDocument', '2026-11-02');
    assert.equal(doc, '2026-11-16');
    assert.ok(doc >= '2026-11-09' && doc <= '2026-11-23', 'the district default lies in the window');
    assert.ok(reviewDueOn('majorDecision', '2026-09-28') >= '2026-10-13', 'the decision default allows at least the 7-day floor');
    assert.match(dueOutsideWindow('normativeDocument', '2026-11-02', '2026-11-06')!, /不少于5个工作日、最长不超过15个工作日.*2026-11-09至2026-11-23/);
    assert.match(dueOutsideWindow('normativeDocument', '2026-11-02', '2026-11-24')!, /2026-11-23/);
    assert.equal(dueOutsideWindow('normativeDocument', '2026-11-02', '2026-11-09'), null);
    assert.equal(dueOutsideWindow('normativeDocument', '2026-11-02', '2026-11-23'), null);
    assert.equal(dueOutsideWindow('majorDecision', '2026-09-28', '2027-01-29'), null, 'no ceiling for a decision');
    assert.match(dueOutsideWindow('majorDecision', '2026-09-28', '2026-10-12')!, /第二十六条/);
  });

  it('lets the reviewer return a request without an opinion (退回/不予审核) before concluding, not after', () => {
    const input = { returnKind: 'notReviewable', returnedOn: '2026-09-22', returnReason: '不属于行政规范性文件，按一般公文办理' } as const;
    for (const state of ['received', 'reviewing', 'supplementing'] as const) assert.deepEqual(reasons('returnRequest', facts({ state }), input), []);
    assert.equal(reviewWorkflow.steps.returnRequest.to, 'returned');
    assert.match(reasons('returnRequest', facts(), { ...input, returnedOn: '2026-09-18' })[0]!, /退回日期不能早于2026-09-21/);
    assert.equal(option('returnRequest', facts({ state: 'concluded' })).allowed, false);
    assert.equal(option('returnRequest', facts(), (a) => a === 'update').refusedBy, 'permission', 'the reviewer’s step, not the submitter’s');
    assert.deepEqual(
      reviewWorkflow.options(facts({ state: 'returned' }), () => true).filter((o) => o.allowed),
      [],
    );
  });

  it('refuses a decision due date earlier than the 7-working-day floor, and a due date for other kinds', () => {
    const base = { subjectKind: 'majorDecision', subjectId: crypto.randomUUID(), orgUnitId: crypto.randomUUID(), receivedOn: '2026-09-28', materials: requiredMaterials('majorDecision') };
    const early = reviewCreateSchema.safeParse({ ...base, dueOn: '2026-10-12' });
    assert.equal(early.success, false);
    assert.deepEqual(
      early.error?.issues.map((i) => i.path.join('.')),
      ['dueOn'],
    );
    assert.equal(reviewCreateSchema.safeParse({ ...base, dueOn: '2026-10-13' }).success, true);
    const contract = reviewCreateSchema.safeParse({
      subjectKind: 'contract',
      title: '合同',
      orgUnitId: base.orgUnitId,
      receivedOn: '2026-09-28',
      dueOn: '2026-12-01',
      materials: requiredMaterials('contract'),
    });
    assert.deepEqual(
      contract.error?.issues.map((i) => i.path.join('.')),
      ['dueOn'],
    );
    const unlinked = reviewCreateSchema.safeParse({ subjectKind: 'normativeDocument', orgUnitId: base.orgUnitId, receivedOn: '2026-09-28', materials: requiredMaterials('normativeDocument') });
    assert.deepEqual(
      unlinked.error?.issues.map((i) => i.path.join('.')),
      ['subjectId'],
    );
  });

  it('requires the kind’s required 送审材料 at submission, and only items of its checklist', () => {
    assert.equal(materialsProblem('contract', requiredMaterials('contract')), null);
    assert.match(materialsProblem('contract', ['requestLetter'])!, /缺少：合同（协议）文本、合同相对方主体资格证明/);
    assert.match(materialsProblem('contract', [...requiredMaterials('contract'), 'draftingNotes'])!, /不属于该类事项的材料清单/);
    const base = { subjectKind: 'contract', title: '合同', orgUnitId: crypto.randomUUID(), receivedOn: '2026-09-28' };
    const paths = (v: object) => reviewCreateSchema.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    assert.deepEqual(paths({ ...base, materials: ['requestLetter', 'contractText'] }), [['materials', '送审材料不齐全，缺少：合同相对方主体资格证明']]);
    assert.deepEqual(paths({ ...base, materials: requiredMaterials('contract'), contractAmount: 1_280_000.5 }), []);
  });

  it('bounds a contract amount in 元 and keeps it to contracts', () => {
    const base = { subjectKind: 'contract', title: '合同', orgUnitId: crypto.randomUUID(), receivedOn: '2026-09-28', materials: requiredMaterials('contract') };
    const first = (v: object) => reviewCreateSchema.safeParse(v).error?.issues[0];
    assert.match(first({ ...base, contractAmount: 0 })!.message, /大于0元/);
    assert.match(first({ ...base, contractAmount: 10_000_000_001 })!.message, /不能超过100亿元/);
    assert.match(first({ ...base, contractAmount: 12.345 })!.message, /精确到分/);
    const other = { ...base, subjectKind: 'other', materials: requiredMaterials('other'), contractAmount: 100 };
    assert.deepEqual(first(other)?.path, ['contractAmount']);
  });

  it('determines first whether a document sent for review is a 规范性文件, and ends the request when it is not', () => {
    const doc = facts({ subjectKind: 'normativeDocument', state: 'received' });
    assert.match(reasons('startReview', doc)[0]!, /须先认定是否属于规范性文件/);
    assert.deepEqual(reasons('startReview', facts({ state: 'received' })), []);
    assert.match(reasons('determine', facts({ state: 'received' }), { determinedOn: '2026-09-22', isNormativeDocument: true })[0]!, /只有送审的行政规范性文件/);
    const step = reviewWorkflow.steps.determine;
    assert.deepEqual(
      step.input.safeParse({ determinedOn: '2026-09-22', isNormativeDocument: false }).error?.issues.map((i) => i.path.join('.')),
      ['determinationNote'],
    );
    const to = step.to as (i: { isNormativeDocument: boolean }, f: ReviewFacts) => string;
    assert.equal(to({ isNormativeDocument: true }, doc), 'reviewing');
    assert.equal(to({ isNormativeDocument: false }, doc), 'notNormative');
    assert.deepEqual(
      reviewWorkflow.options(facts({ state: 'notNormative' }), () => true).filter((o) => o.allowed),
      [],
    );
  });
});
