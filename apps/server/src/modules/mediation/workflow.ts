import { disputeWorkflow, type DisputeState } from '@fazhi/core/mediation';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { derivedDisputeFields, disputeRegister } from './registers.js';
import { mediationSessions } from './tables.js';

const dateOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** 受理 → 调解中 → 调解成功/调解不成 → (司法确认) → 回访/结案 on the dispute register. */
export const disputeFlow = bindWorkflow({
  workflow: disputeWorkflow,
  register: disputeRegister,
  facts: (_db, row) => ({
    state: row.state as DisputeState,
    receivedOn: String(row.receivedOn),
    concludedOn: dateOrNull(row.concludedOn),
    agreementEffectiveOn: dateOrNull(row.agreementEffectiveOn),
    confirmationAppliedOn: dateOrNull(row.confirmationAppliedOn),
  }),
  values: {
    recordSession: ({ before }) => ({ sessionCount: Number(before.sessionCount ?? 0) + 1 }),
    succeed: () => ({ outcome: 'succeeded' }),
    fail: () => ({ outcome: 'failed' }),
    followUp: ({ input }) => ({ closedOn: input.followUpOn }),
    markTypical: () => ({ typicalCase: true }),
  },
  derive: derivedDisputeFields,
  after: {
    // 第27条 调解工作记录: each session is kept with the dispute.
    recordSession: async ({ tx, actor, before, input }) => {
      await tx.insert(mediationSessions).values({ disputeId: before.id, heldOn: input.heldOn, content: input.content, recordedBy: actor.displayName });
      return [{ field: 'sessions', from: null, to: `${input.heldOn} ${input.content.slice(0, 50)}` }];
    },
  },
});
