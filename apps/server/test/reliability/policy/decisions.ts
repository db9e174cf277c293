import assert from 'node:assert/strict';
import type { Action } from '@fazhi/core';
import { catalogueWorkflow, decisionWorkflow, matterWorkflow } from '@fazhi/core/decisions';
import { marker, registerProbes, staleVersion, workflowProbes, type PolicyPart, type Target } from './kit.js';

const catalogues = '/api/decisions/catalogues';
const decisions = '/api/decisions/decisions';
const matters = '/api/decisions/matters';

// One catalogue per organ and year: each created catalogue takes a year of its own.
let nextYear = 2030;
const catalogueBody = (orgUnitId: string, year = nextYear++) => ({ orgUnitId, year, title: `${marker}决策事项目录` });
const decisionBody = (orgUnitId: string) => ({ orgUnitId, title: `${marker}重大行政决策`, kind: 'publicPolicy', startedOn: '2026-11-02' });
const matterBody = (orgUnitId: string) => ({ orgUnitId, subject: `${marker}重大事项`, category: 'largeFunds', proposedOn: '2026-11-02' });

/** Routes of the decisions module: 决策事项目录, 重大行政决策 with its procedure steps, 街道重大事项. */
export const decisionsPolicy: PolicyPart = {
  setup: async ({ fzb }, { unitId }) => {
    const ids: Record<string, string> = {};
    for (const [name, path, body] of [
      ['catalogue', catalogues, catalogueBody(unitId, 2027)],
      ['decision', decisions, decisionBody(unitId)],
      ['matter', matters, matterBody(unitId)],
    ] as const) {
      const made = await fzb.post(path, body);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      ids[name] = made.body.id;
    }
    return ids;
  },
  afterSetup: async ({ fzb, userIds }, targets) => {
    const donghu = targets.get('donghu')!;
    const made = await fzb.post(`${decisions}/${donghu.records.decision}/assignees`, { userId: userIds.get('adviser'), role: 'adviser' });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    return ['adviser decision donghu'];
  },
  probes: (f) => {
    const id = (name: string) => (t: Target) => t.records[name]!;
    const record = (action: Action, entity: string) => ({ kind: 'record', module: 'decisions', action, entity }) as const;
    // Writes name a version no record has: once access is granted they stop at the 409.
    return {
      ...registerProbes(f, catalogues, 'decisions', 'catalogue', id('catalogue'), { ok: 201, body: (t) => catalogueBody(t.unitId) }, { skipDetail: true }),
      ...registerProbes(f, decisions, 'decisions', 'decision', id('decision'), { ok: 201, body: (t) => decisionBody(t.unitId) }, { skipDetail: true }),
      ...registerProbes(f, matters, 'decisions', 'matter', id('matter'), { ok: 201, body: (t) => matterBody(t.unitId) }, { skipDetail: true }),
      [`GET ${catalogues}/{id}`]: { need: record('read', 'catalogue'), ok: 200, call: (c, t) => c.get(`${catalogues}/${id('catalogue')(t)}`) },
      [`GET ${decisions}/{id}`]: { need: record('read', 'decision'), ok: 200, call: (c, t) => c.get(`${decisions}/${id('decision')(t)}`) },
      [`GET ${matters}/{id}`]: { need: record('read', 'matter'), ok: 200, call: (c, t) => c.get(`${matters}/${id('matter')(t)}`) },
      'GET /api/decisions/open-items': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/decisions/open-items') },
      ...workflowProbes(catalogues, 'decisions', 'catalogue', id('catalogue'), catalogueWorkflow),
      ...workflowProbes(decisions, 'decisions', 'decision', id('decision'), decisionWorkflow, {
        samples: { deliberate: { members: [{ memberName: marker, post: marker, stance: 'agree', statement: marker }] } },
      }),
      [`POST ${decisions}/{id}/steps/{step}`]: {
        need: record('update', 'decision'),
        ok: 409,
        call: (c, t) => c.post(`${decisions}/${id('decision')(t)}/steps/archive`, { version: staleVersion, status: 'done', archivedOn: '2026-11-20', archiveNumber: marker }),
      },
      // The fixture decision is still before its meeting, so an allowed report is refused as too early (409).
      [`POST ${decisions}/{id}/execution-reports`]: {
        need: record('update', 'decision'),
        ok: 409,
        call: (c, t) => c.post(`${decisions}/${id('decision')(t)}/execution-reports`, { reportedOn: '2026-11-20', reportingUnit: marker, content: marker }),
      },
      [`DELETE ${decisions}/{id}/execution-reports/{reportId}`]: {
        need: record('update', 'decision'),
        ok: 409,
        call: (c, t) => c.delete(`${decisions}/${id('decision')(t)}/execution-reports/00000000-0000-4000-8000-000000000001`),
      },
      ...workflowProbes(matters, 'decisions', 'matter', id('matter'), matterWorkflow),
    };
  },
};
