import { defineTodo } from '../../platform/my-work/define.js';
import { scoreFlow, subjectFlow } from './workflow.js';

/** 法治督察与考核: the inspected unit's 整改 report, the inspectors' notices and acceptance, appeals against scores. */
export const inspectionTodo = [
  defineTodo({ key: 'inspection.rectify', label: '待报送整改报告的督察', flow: subjectFlow, steps: ['report'], ownUnit: true, due: 'rectifyDueOn' }),
  defineTodo({ key: 'inspection.decide', label: '待下发意见或验收整改的督察', flow: subjectFlow, steps: ['notice', 'closeClean', 'accept', 'reject'] }),
  defineTodo({ key: 'inspection.appeal', label: '待办结的考核申诉', flow: scoreFlow, steps: ['resolveAppeal'] }),
];
