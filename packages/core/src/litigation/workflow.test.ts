import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { availableTransitions, caseStates, caseTransitions, transitionInputs, transitionProblems, type CaseFacts } from './workflow.js';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  state: 'closed',
  instance: 'first',
  defenceSubmittedOn: '2026-03-10',
  judicialSuggestionReceived: false,
  judicialSuggestionAnsweredOn: null,
  hearingCount: 1,
  ...over,
});

describe('availableTransitions', () => {
  it('offers the right buttons in each state', () => {
    assert.deepEqual(availableTransitions('received'), ['startDefence', 'submitDefence']);
    assert.deepEqual(availableTransitions('defending'), ['submitDefence']);
    assert.deepEqual(availableTransitions('trial'), ['close']);
    assert.deepEqual(availableTransitions('closed'), ['appeal', 'archive']);
    assert.deepEqual(availableTransitions('appealed'), ['close']);
    assert.deepEqual(availableTransitions('archived'), []);
  });

  it('each transition leads to the expected state', () => {
    assert.equal(caseTransitions.submitDefence.to, 'trial');
    assert.equal(caseTransitions.close.to, 'closed');
    assert.equal(caseTransitions.appeal.to, 'appealed');
    assert.equal(caseTransitions.archive.to, 'archived');
  });
});

describe('transitionProblems', () => {
  it('refuses a transition from the wrong state, naming the state in Chinese', () => {
    assert.deepEqual(transitionProblems('archive', facts({ state: 'trial' }), {}), ['“审理”状态下不能归档']);
    assert.deepEqual(transitionProblems('startDefence', facts({ state: 'archived' }), {}), ['“归档”状态下不能开始答辩']);
    assert.equal(caseStates.label('trial'), '审理');
  });

  it('refuses archiving while a 司法建议 is unanswered, allows it once answered', () => {
    const pending = facts({ judicialSuggestionReceived: true, judicialSuggestionAnsweredOn: null });
    assert.deepEqual(transitionProblems('archive', pending, {}), ['收到的司法建议尚未回复，不能归档']);
    const answered = facts({ judicialSuggestionReceived: true, judicialSuggestionAnsweredOn: '2026-05-01' });
    assert.deepEqual(transitionProblems('archive', answered, {}), []);
    assert.deepEqual(transitionProblems('archive', facts(), {}), []);
  });

  it('closing requires an outcome', () => {
    assert.deepEqual(transitionProblems('close', facts({ state: 'trial' }), {}), ['结案须登记裁判结果']);
    assert.deepEqual(transitionProblems('close', facts({ state: 'trial' }), { outcome: 'dismissed' }), []);
    assert.deepEqual(transitionProblems('close', facts({ state: 'appealed' }), { outcome: 'revoked' }), []);
  });
});

describe('transitionInputs', () => {
  it('close checks the outcome code and the date', () => {
    assert.equal(transitionInputs.close.safeParse({ outcome: 'dismissed', closedOn: '2026-06-01' }).success, true);
    const r = transitionInputs.close.safeParse({ outcome: 'lost', closedOn: '2026-06-31' });
    assert.deepEqual(r.error?.issues.map((i) => i.message).sort(), ['结案日期不存在', '请选择裁判结果'].sort());
  });

  it('allows one appeal only: a second-instance judgment is final (两审终审)', () => {
    assert.deepEqual(transitionProblems('appeal', facts({ state: 'closed', instance: 'first' }), {}), []);
    assert.deepEqual(transitionProblems('appeal', facts({ state: 'closed', instance: 'second' }), {}), ['二审裁判为终审裁判，不能再上诉']);
  });
});
