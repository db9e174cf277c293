import { caseWorkflow, type CaseState } from '@fazhi/core/litigation';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { caseRegister, derivedCaseFields } from './registers.js';

/** 收案 → 答辩 → 审理 → 结案 → 上诉 → 归档 on the case register. */
export const caseFlow = bindWorkflow({
  workflow: caseWorkflow,
  register: caseRegister,
  facts: (_db, row) => ({
    state: row.state as CaseState,
    instance: String(row.instance),
    judicialSuggestionReceived: Boolean(row.judicialSuggestionReceived),
    judicialSuggestionAnsweredOn: (row.judicialSuggestionAnsweredOn as string | null) ?? null,
  }),
  values: { appeal: () => ({ instance: 'second' }) },
  derive: derivedCaseFields,
});
