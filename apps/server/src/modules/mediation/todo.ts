import { defineTodo } from '../../platform/my-work/define.js';
import { disputeFlow } from './workflow.js';

/** 人民调解: disputes the committee is mediating, and agreements awaiting 回访 or 司法确认. */
export const mediationTodo = [
  defineTodo({ key: 'mediation.mediating', label: '调解中的纠纷', flow: disputeFlow, steps: ['startMediation', 'succeed', 'fail'], ownUnit: true }),
  defineTodo({ key: 'mediation.confirmation', label: '待司法确认结果的纠纷', flow: disputeFlow, steps: ['recordConfirmation'], ownUnit: true }),
];
