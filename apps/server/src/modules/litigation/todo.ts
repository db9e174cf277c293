import { defineTodo } from '../../platform/my-work/define.js';
import { caseFlow } from './workflow.js';

/** 行政应诉: the defendant unit's answer within the 答辩期, then the judgment to record. */
export const litigationTodo = [
  defineTodo({ key: 'litigation.defence', label: '待答辩的应诉案件', flow: caseFlow, steps: ['startDefence', 'submitDefence'], ownUnit: true, due: 'defenceDueOn' }),
  defineTodo({ key: 'litigation.close', label: '待登记裁判结果的案件', flow: caseFlow, steps: ['close'], ownUnit: true }),
];
