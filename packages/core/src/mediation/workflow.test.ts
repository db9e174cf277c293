import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { disputeWorkflow, type DisputeFacts } from './workflow.js';

const facts = (over: Partial<DisputeFacts> = {}): DisputeFacts => ({
  state: 'received',
  receivedOn: '2026-09-01',
  concludedOn: null,
  agreementEffectiveOn: null,
  confirmationAppliedOn: null,
  ...over,
});
const offered = (state: DisputeFacts['state'], over: Partial<DisputeFacts> = {}) =>
  disputeWorkflow
    .options(facts({ state, ...over }), () => true)
    .filter((o) => o.allowed)
    .map((o) => o.name);

describe('the dispute workflow: 受理 → 调解中 → 调解成功/不成 → (司法确认) → 回访/结案', () => {
  it('offers the right steps in each state', () => {
    assert.deepEqual(offered('received'), ['startMediation', 'recordSession', 'succeed', 'fail']);
    assert.deepEqual(offered('mediating'), ['recordSession', 'succeed', 'fail']);
    assert.deepEqual(offered('succeeded'), ['applyConfirmation', 'followUp', 'markTypical']);
    assert.deepEqual(offered('confirming'), ['recordConfirmation', 'markTypical']);
    assert.deepEqual(offered('failed'), ['close', 'markTypical']);
    assert.deepEqual(offered('closed'), ['markTypical']);
  });

  it('leads each step to its state; a session and a typical case do not move the record', () => {
    const f = facts();
    assert.equal(disputeWorkflow.next('succeed', f, { concludedOn: '2026-09-05', agreementForm: 'oral', agreementContent: '和好', agreementEffectiveOn: '2026-09-05' }), 'succeeded');
    assert.equal(disputeWorkflow.next('fail', f, { concludedOn: '2026-09-05', failureAdvice: 'litigation' }), 'failed');
    assert.equal(disputeWorkflow.next('recordSession', facts({ state: 'mediating' }), { heldOn: '2026-09-02', content: '听取陈述' }), 'mediating');
    assert.equal(disputeWorkflow.next('recordConfirmation', facts({ state: 'confirming' }), { confirmationResult: 'rejected', confirmationDecidedOn: '2026-09-20' }), 'succeeded');
  });

  it('checks the 30-day window when applying for 司法确认, and allows one application only', () => {
    const agreed = facts({ state: 'succeeded', concludedOn: '2026-09-05', agreementEffectiveOn: '2026-09-05' });
    assert.deepEqual(disputeWorkflow.refusal('applyConfirmation', agreed, { confirmationAppliedOn: '2026-10-05', confirmationCourt: '区法院' }), null);
    const late = disputeWorkflow.refusal('applyConfirmation', agreed, { confirmationAppliedOn: '2026-10-06', confirmationCourt: '区法院' });
    assert.match(late!.reasons[0]!, /人民调解法第三十三条/);
    assert.deepEqual(offered('succeeded', { confirmationAppliedOn: '2026-09-10', agreementEffectiveOn: '2026-09-05' }), ['followUp', 'markTypical']);
  });

  it('refuses dates before intake', () => {
    const r = disputeWorkflow.refusal('succeed', facts({ state: 'mediating' }), { concludedOn: '2026-08-31', agreementForm: 'written', agreementContent: '协议', agreementEffectiveOn: '2026-09-01' });
    assert.deepEqual(r?.reasons, ['调解结束日期不能早于受理日期']);
  });
});
