import { verificationWorkflow, type VerificationState } from '@fazhi/core/certification';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { verificationRegister } from './registers.js';

/** 发起 → 答复 / 退回 on the 协助核查 register; an answer after the due date stays marked overdue. */
export const verificationFlow = bindWorkflow({
  workflow: verificationWorkflow,
  register: verificationRegister,
  facts: (_db, row) => ({ state: row.state as VerificationState, requestedOn: String(row.requestedOn) }),
  values: {
    answer: ({ before, input }) => ({ overdue: input.answeredOn > String(before.dueOn) }),
    return: ({ before, input }) => ({ overdue: input.answeredOn > String(before.dueOn) }),
  },
});
