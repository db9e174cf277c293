import { defineTodo } from '../../platform/my-work/define.js';
import { ratingFlow } from './workflow.js';

/** 司法所规范化评定: the office's self-assessment, the district's review, the leader's confirmation. */
export const judicialOfficesTodo = [
  defineTodo({ key: 'judicialOffices.selfAssessment', label: '待提交自评的司法所评定', flow: ratingFlow, steps: ['submit'], ownUnit: true }),
  defineTodo({ key: 'judicialOffices.review', label: '待审核评定的司法所', flow: ratingFlow, steps: ['assess', 'returnForRevision'] }),
  defineTodo({ key: 'judicialOffices.confirm', label: '待确认的司法所评定', flow: ratingFlow, steps: ['confirm'] }),
];
