import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { caseStates, caseWorkflow, type CaseFacts } from './workflow.js';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  state: 'closed',
  instance: 'first',
  judicialSuggestionReceived: false,
  judicialSuggestionAnsweredOn: null,
  outcome: 'revoked',
  closedOn: '2026-06-01',
  appealAnswerDueOn: null,
  inForce: false,
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
    assert.deepEqual(
      caseWorkflow
        .options(facts({ state: 'closed', inForce: true }), () => true)
        .filter((o) => o.allowed)
        .map((o) => o.name),
      ['appeal', 'perform', 'courtMeasure', 'archive'],
    );
    assert.deepEqual(
      caseWorkflow
        .options(facts({ state: 'closed', instance: 'second', outcome: 'remanded' }), () => true)
        .filter((o) => o.allowed)
        .map((o) => o.name),
      ['retry'],
    );
    assert.deepEqual(offered('appealed'), ['close']);
    assert.deepEqual(offered('archived'), []);
  });

  it('each transition leads to the expected state', () => {
    const f = facts();
    assert.equal(caseWorkflow.next('submitDefence', f, { defenceSubmittedOn: '2026-03-01' }), 'trial');
    assert.equal(caseWorkflow.next('close', f, { outcome: 'dismissed', closedOn: '2026-06-01' }), 'closed');
    assert.equal(caseWorkflow.next('appeal', f, { appealedOn: '2026-06-10', appellant: 'plaintiff', caseNumber: '（2026）鲁08行终5号', court: '示范市中级人民法院' }), 'appealed');
    assert.equal(caseWorkflow.next('retry', f, { caseNumber: '（2026）鲁0811行初9号', court: '示范市任城区人民法院', retrialFiledOn: '2026-09-01' }), 'trial');
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
    assert.deepEqual(r.error?.issues.map((i) => i.message).sort(), ['裁判日期不存在', '请选择裁判结果'].sort());
    const amended = input.safeParse({ outcome: 'amended', closedOn: '2026-06-01', servedOn: '2026-05-30' });
    assert.deepEqual(
      amended.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [
        ['amendedOutcome', '改判的，请选择改判结果'],
        ['servedOn', '送达日期不能早于裁判日期'],
      ],
    );
  });

  it('close takes 第89条 outcomes only on appeal, first-instance ones only at trial', () => {
    const closing = (instance: string, outcome: string) => caseWorkflow.refusal('close', facts({ state: 'trial', instance }), { outcome, closedOn: '2026-06-01' } as never)?.reasons ?? [];
    assert.deepEqual(closing('first', 'confirmedVoid'), []);
    assert.deepEqual(closing('second', 'appealDismissed'), []);
    assert.match(closing('second', 'revoked')[0]!, /第八十九条/);
    assert.match(closing('first', 'remanded')[0]!, /只能是二审/);
  });

  it('the appeal step needs a 行终 number', () => {
    const input = caseWorkflow.steps.appeal.input;
    const r = input.safeParse({ appealedOn: '2026-06-10', appellant: 'plaintiff', appealCopyReceivedOn: '2026-06-15', caseNumber: '（2026）鲁08行初5号', court: '示范市中级人民法院' });
    assert.deepEqual(
      r.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['caseNumber', '该审级的案号类型应为“行终”，所填为“行初”']],
    );
  });

  it('the other party’s appeal needs the date the copy was received; the organ’s own does not', () => {
    const input = caseWorkflow.steps.appeal.input;
    const base = { appealedOn: '2026-06-10', caseNumber: '（2026）鲁08行终5号', court: '示范市中级人民法院' };
    assert.deepEqual(
      input.safeParse({ ...base, appellant: 'plaintiff' }).error?.issues.map((i) => i.path.join('.')),
      ['appealCopyReceivedOn'],
    );
    assert.equal(input.safeParse({ ...base, appellant: 'defendant' }).success, true);
    assert.match(input.safeParse({ ...base, appellant: 'plaintiff', appealCopyReceivedOn: '2026-06-09' }).error!.issues[0]!.message, /不能早于上诉日期/);
    assert.deepEqual(reasons('submitAppealAnswer', facts({ state: 'appealed' })), ['本机关为上诉人，无需提交二审答辩状']);
    assert.deepEqual(reasons('submitAppealAnswer', facts({ state: 'appealed', appealAnswerDueOn: '2026-06-30' })), []);
  });

  it('履行 and the court’s measures are recorded only once the decision is in force, and not before it', () => {
    assert.match(reasons('perform', facts({ inForce: false }))[0]!, /尚未发生法律效力/);
    assert.deepEqual(reasons('perform', facts({ inForce: true })), []);
    const early = caseWorkflow.refusal('perform', facts({ inForce: true }), { performedOn: '2026-05-01', performanceMode: 'voluntary' });
    assert.deepEqual(early?.reasons, ['履行日期不能早于裁判日期2026-06-01']);
    assert.equal(caseWorkflow.next('perform', facts(), { performedOn: '2026-07-01', performanceMode: 'voluntary' }), 'closed', 'recording does not move the case');
    assert.match(reasons('courtMeasure', facts({ state: 'appealed', inForce: true }))[0]!, /上诉/);
  });

  it('allows one appeal only: a second-instance judgment is final (两审终审)', () => {
    assert.deepEqual(reasons('appeal', facts({ state: 'closed', instance: 'first' })), []);
    assert.deepEqual(reasons('appeal', facts({ state: 'closed', instance: 'second' })), ['二审裁判为终审裁判，不能再上诉']);
    assert.deepEqual(reasons('appeal', facts({ state: 'closed', outcome: 'mediated' })), ['“调解结案”不能上诉']);
    assert.deepEqual(reasons('appeal', facts({ state: 'closed', outcome: 'suitDismissed' })), []);
  });

  it('a user without the action sees the step refused for permission, not offered', () => {
    const archive = caseWorkflow.options(facts(), () => false).find((o) => o.name === 'archive');
    assert.equal(archive?.allowed, false);
    assert.equal(archive?.refusedBy, 'permission');
  });
});
