import { defineTodo } from '../../platform/my-work/define.js';
import { applicationFlow } from './application-registers.js';

/** 执法证件新申领: exams to record and certificates to issue. */
export const enforcementTodo = [defineTodo({ key: 'enforcement.application', label: '待考试、发证的执法证申领', flow: applicationFlow, steps: ['exam', 'issue', 'refuse'] })];
