import assert from 'node:assert/strict';
import { requiredMaterials, reviewWorkflow } from '@fazhi/core/legal-review';
import { marker, registerProbes, workflowProbes, type PolicyPart, type Target } from './kit.js';

const requests = '/api/legal-review/requests';

const requestBody = (orgUnitId: string) => ({
  subjectKind: 'contract',
  title: `${marker}采购合同`,
  counterparty: `${marker}公司`,
  orgUnitId,
  receivedOn: '2026-11-20',
  materials: requiredMaterials('contract'),
});

/** Routes of the legalReview module. Assigned reviewers and advisers act on a request whatever their scope (policy.ts assigneeActions). */
export const legalReviewPolicy: PolicyPart = {
  setup: async ({ fzb }, { unitId }) => {
    const made = await fzb.post(requests, requestBody(unitId));
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return { reviewRequest: made.body.id };
  },
  afterSetup: async ({ fzb, userIds }, targets) => {
    const donghu = targets.get('donghu')!;
    const made = await fzb.post(`${requests}/${donghu.records.reviewRequest}/assignees`, { userId: userIds.get('adviser'), role: 'adviser' });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    return ['adviser request donghu'];
  },
  probes: (f) => {
    const id = (t: Target) => t.records.reviewRequest!;
    const manage = { kind: 'record', module: 'legalReview', action: 'manage', entity: 'request' } as const;
    const user = (name: string) => f.userIds.get(name)!;
    return {
      ...registerProbes(f, requests, 'legalReview', 'request', id, { ok: 201, body: (t) => requestBody(t.unitId) }, { skipDetail: true }),
      // Assigning and removing people is one right, the reviewing organ's `manage` (registers.ts assignAction).
      [`POST ${requests}/{id}/assignees`]: { need: manage, ok: 200, call: (c, t) => c.post(`${requests}/${id(t)}/assignees`, { userId: user('leader'), role: 'handler' }) },
      [`DELETE ${requests}/{id}/assignees/{assignmentId}`]: {
        need: manage,
        ok: 200,
        call: async (c, t) => {
          const made = await f.fzb.post(`${requests}/${id(t)}/assignees`, { userId: user('inspector'), role: 'handler' });
          assert.equal(made.status, 200, JSON.stringify(made.body));
          const a = made.body.assignees.find((x: { userId: string; role: string }) => x.userId === user('inspector') && x.role === 'handler');
          return c.delete(`${requests}/${id(t)}/assignees/${a.id}`);
        },
      },
      // Not concluded yet: whoever may read the request learns there is no 意见书 (409).
      [`GET ${requests}/{id}/opinion.docx`]: {
        need: { kind: 'record', module: 'legalReview', action: 'read', entity: 'request' },
        ok: 409,
        call: (c, t) => c.get(`${requests}/${id(t)}/opinion.docx`),
      },
      'GET /api/legal-review/assignable-users': { need: { kind: 'grant', module: 'legalReview', action: 'manage' }, ok: 200, call: (c) => c.get('/api/legal-review/assignable-users?role=reviewer') },
      [`GET ${requests}/{id}`]: { need: { kind: 'record', module: 'legalReview', action: 'read', entity: 'request' }, ok: 200, call: (c, t) => c.get(`${requests}/${id(t)}`) },
      'GET /api/legal-review/todo': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/legal-review/todo') },
      // Reviewer steps: `transition` in scope, or an assigned reviewer/adviser. The unit's own steps (撤回, 采纳): `update` in scope only.
      ...workflowProbes(requests, 'legalReview', 'request', id, reviewWorkflow, { assigneeMay: ['transition'] }),
    };
  },
};
