import { defineTodo } from '../../platform/my-work/define.js';
import { reportFlow } from './workflow.js';

/** 年度报告: the leader's 签发, and the coordinator's drafting, review and reporting steps. */
export const annualReportTodo = [
  defineTodo({ key: 'reports.sign', label: '待签发的年度报告', flow: reportFlow, steps: ['sign'] }),
  defineTodo({ key: 'reports.progress', label: '待提交审核、报送、公开的年度报告', flow: reportFlow, steps: ['submitForReview', 'submit', 'publish'] }),
];
