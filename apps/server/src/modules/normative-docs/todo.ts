import { isNull } from 'drizzle-orm';
import { defineTodo } from '../../platform/my-work/define.js';
import { documentFlow } from './workflow.js';

/** 规范性文件: the drafting unit's next steps, the leader's 签发, and 三统一/备案 by whoever does them. */
export const normativeDocsTodo = [
  defineTodo({ key: 'normativeDocs.sign', label: '待签发的规范性文件', flow: documentFlow, steps: ['sign'] }),
  defineTodo({ key: 'normativeDocs.drafting', label: '起草中的规范性文件', flow: documentFlow, steps: ['startDrafting', 'startPublicComment', 'submitForReview', 'deliberate'], ownUnit: true }),
  defineTodo({ key: 'normativeDocs.issuance', label: '待统一登记、编号印发、公布的文件', flow: documentFlow, steps: ['register', 'issue', 'publish'] }),
  defineTodo({ key: 'normativeDocs.filing', label: '待报送备案的文件', flow: documentFlow, steps: ['file'], due: 'filingDueOn', where: (t) => isNull(t.filedOn!) }),
];
