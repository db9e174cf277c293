import { isNull } from 'drizzle-orm';
import { defineTodo } from '../../platform/my-work/define.js';
import { reviewFlow } from './workflow.js';

/** 合法性审核: the reviewer's queue (own scope or assigned, e.g. a 法律顾问's new assignments) and the submitter's returns. */
export const legalReviewTodo = [
  defineTodo({ key: 'legalReview.review', label: '待审核的涉法事项', flow: reviewFlow, steps: ['startReview', 'conclude'], due: 'dueOn' }),
  defineTodo({ key: 'legalReview.materials', label: '待补充材料的送审事项', flow: reviewFlow, submitter: { states: ['supplementing'] }, due: 'dueOn' }),
  defineTodo({ key: 'legalReview.adoption', label: '待登记采纳情况', flow: reviewFlow, steps: ['recordAdoption'], ownUnit: true, where: (t) => isNull(t.adopted!) }),
  defineTodo({ key: 'legalReview.returned', label: '被退回（不予审核）的送审事项', flow: reviewFlow, submitter: { states: ['returned'], withinDays: 30 } }),
];
