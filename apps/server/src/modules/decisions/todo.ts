import { defineTodo } from '../../platform/my-work/define.js';
import { catalogueFlow, decisionFlow, matterFlow } from './workflow.js';

/** 重大行政决策 and 街道 “三重一大”: what waits for a meeting decision, publication or closing, in the deciding unit. */
export const decisionsTodo = [
  defineTodo({ key: 'decisions.matterMeeting', label: '待会议决定的街道事项', flow: matterFlow, steps: ['decide'], ownUnit: true }),
  defineTodo({ key: 'decisions.deliberate', label: '待集体讨论决定的重大行政决策', flow: decisionFlow, steps: ['deliberate'], ownUnit: true }),
  defineTodo({ key: 'decisions.publish', label: '待公布、办结的重大行政决策', flow: decisionFlow, steps: ['publish', 'close'], ownUnit: true }),
  defineTodo({ key: 'decisions.catalogue', label: '待审定、公布的决策事项目录', flow: catalogueFlow, steps: ['approve', 'publish'], ownUnit: true }),
];
