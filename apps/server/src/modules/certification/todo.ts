import { defineTodo } from '../../platform/my-work/define.js';
import { verificationFlow } from './workflow.js';

/** 协助核查: the responding unit answers (the access policy gives it the request through its counterpart column). */
export const certificationTodo = [
  defineTodo({ key: 'certification.answer', label: '待答复的协助核查', flow: verificationFlow, steps: ['answer', 'return'], due: 'dueOn' }),
  defineTodo({ key: 'certification.returned', label: '被退回的协助核查请求', flow: verificationFlow, submitter: { states: ['returned'], withinDays: 30 } }),
];
