import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { caseStates, caseWorkflow, type CaseFacts } from './workflow.js';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  state: 'closed',
  instance: 'first',
  judicialSuggestionReceived: false,
  judicialSuggestionAnsweredOn: null,
  ...over,
});
const offered = (state: CaseFacts['state']) =>
  caseWorkflow
    .options(facts({ state }), () => true)
    .filter((o) => o.allowed)
    .map((o) => o.name);
const reasons = (name: Parameters<typeof caseWorkflow.refusal>[0], f: CaseFacts) => caseWorkflow.refusal(name, f)?.reasons ?? [];

describe('the litigation case workflow', () => {
  it('offers the right buttons in each state', () => {
    assert.deepEqual(offered('received'), ['startDefence', 'submitDefence']);
    assert.deepEqual(offered('defending'), ['submitDefence']);
    assert.deepEqual(offered('trial'), ['close']);
    assert.deepEqual(offered('closed'), ['appeal', 'archive']);
    assert.deepEqual(offered('appealed'), ['close']);
    assert.deepEqual(offered('archived'), []);
  });

  it('each transition leads to the expected state', () => {
    const f = facts();
    assert.equal(caseWorkflow.next('submitDefence', f, { defenceSubmittedOn: '2026-03-01' }), 'trial');
    assert.equal(caseWorkflow.next('close', f, { outcome: 'dismissed', closedOn: '2026-06-01' }), 'closed');
    assert.equal(caseWorkflow.next('appeal', f, { appealedOn: '2026-06-10', appellant: 'plaintiff' }), 'appealed');
    assert.equal(caseWorkflow.next('archive', f, {}), 'archived');
  });

  it('refuses a transition from the wrong state, naming the state in Chinese', () => {
    assert.deepEqual(reasons('archive', facts({ state: 'trial' })), ['“审理”状态下不能归档']);
    assert.deepEqual(reasons('startDefence', facts({ state: 'archived' })), ['“归档”状态下不能开始答辩']);
    assert.equal(caseStates.label('trial'), '审理');
  });

  it('refuses archiving while a 司法建议 is unanswered, allows it once answered', () => {
    const pending = facts({ judicialSuggestionReceived: true, judicialSuggestionAnsweredOn: null });
    assert.deepEqual(reasons('archive', pending), ['收到的司法建议尚未回复，不能归档']);
    const option = caseWorkflow.options(pending, () => true).find((o) => o.name === 'archive');
    assert.deepEqual(option, { name: 'archive', label: '归档', allowed: false, refusedBy: 'guard', reasons: ['收到的司法建议尚未回复，不能归档'] });
    assert.deepEqual(reasons('archive', facts({ judicialSuggestionReceived: true, judicialSuggestionAnsweredOn: '2026-05-01' })), []);
    assert.deepEqual(reasons('archive', facts()), []);
  });

  it('close checks the outcome code and the date', () => {
    const input = caseWorkflow.steps.close.input;
    assert.equal(input.safeParse({ outcome: 'dismissed', closedOn: '2026-06-01' }).success, true);
    const r = input.safeParse({ outcome: 'lost', closedOn: '2026-06-31' });
    assert.deepEqual(r.error?.issues.map((i) => i.message).sort(), ['结案日期不存在', '请选择裁判结果'].sort());
  });

  it('allows one appeal only: a second-instance judgment is final (两审终审)', () => {
    assert.deepEqual(reasons('appeal', facts({ state: 'closed', instance: 'first' })), []);
    assert.deepEqual(reasons('appeal', facts({ state: 'closed', instance: 'second' })), ['二审裁判为终审裁判，不能再上诉']);
  });

  it('a user without the action sees the step refused for permission, not offered', () => {
    const archive = caseWorkflow.options(facts(), () => false).find((o) => o.name === 'archive');
    assert.equal(archive?.allowed, false);
    assert.equal(archive?.refusedBy, 'permission');
  });
});
