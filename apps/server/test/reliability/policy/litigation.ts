import assert from 'node:assert/strict';
import { withIdCheckCharacter, type Action } from '@fazhi/core';
import { caseWorkflow } from '@fazhi/core/litigation';
import { marker, registerProbes, workflowProbes, type PolicyPart, type Target } from './kit.js';

const cases = '/api/litigation/cases';
const observations = '/api/litigation/observations';
const suggestions = '/api/litigation/suggestions';

let caseNumber = 0;
export const caseBody = (orgUnitId: string, cause = `${marker}案件`) => ({
  caseNumber: `（2026）鲁0800行初${60000 + ++caseNumber}号`,
  court: '示范市任城区人民法院',
  instance: 'first',
  orgUnitId,
  cause,
  disputeArea: 'other',
  complaintReceivedOn: '2026-11-20',
  plaintiffs: [{ kind: 'person', name: '矩阵原告', idNumber: withIdCheckCharacter('37089919800101002') }],
});
const observationBody = (orgUnitId: string) => ({ heldOn: '2026-11-18', orgUnitId, title: `${marker}旁听`, participants: 12 });
let suggestionNumber = 0;
const suggestionBody = (orgUnitId: string) => ({
  kind: 'judicial',
  issuer: '示范市任城区人民法院',
  docNumber: `（2026）鲁0800司建${++suggestionNumber}号`,
  orgUnitId,
  receivedOn: '2026-11-10',
  content: `${marker}司法建议`,
});
const hearingBody = { heldOn: '2026-11-25', leaderAppeared: true, leaderName: '矩阵负责人', leaderPost: '局长', leaderType: 'principal' };

const id = (name: string) => (t: Target) => t.records[name]!;
const record = (action: Action, entity: string) => ({ kind: 'record', module: 'litigation', action, entity }) as const;

/** Routes of the litigation module: cases with hearings and plaintiffs, 旁听庭审, the to-do list and 月度通报. */
export const litigationPolicy: PolicyPart = {
  setup: async ({ fzb }, { unitId }) => {
    const kase = await fzb.post(cases, caseBody(unitId));
    assert.equal(kase.status, 201, JSON.stringify(kase.body));
    const obs = await fzb.post(observations, observationBody(unitId));
    assert.equal(obs.status, 201, JSON.stringify(obs.body));
    const suggestion = await fzb.post(suggestions, suggestionBody(unitId));
    assert.equal(suggestion.status, 201, JSON.stringify(suggestion.body));
    // Generating answers with the figures, not the stored file: its id comes from the list.
    assert.equal((await fzb.post('/api/litigation/bulletins', { month: '2026-11', org: unitId })).status, 201);
    const bulletin = (await fzb.get(`/api/litigation/bulletins?org=${unitId}`)).body.find((b: { month: string }) => b.month === '2026-11');
    return { case: kase.body.id, plaintiff: kase.body.plaintiffs[0].id, observation: obs.body.id, suggestion: suggestion.body.id, bulletin: bulletin.id };
  },
  afterSetup: async ({ fzb, userIds }, targets) => {
    const donghu = targets.get('donghu')!;
    const adviser = userIds.get('adviser')!;
    assert.equal((await fzb.post(`${cases}/${donghu.records.case}/assignees`, { userId: adviser, role: 'adviser' })).status, 200);
    assert.equal((await fzb.post(`${observations}/${donghu.records.observation}/assignees`, { userId: adviser, role: 'adviser' })).status, 200);
    return ['adviser case donghu', 'adviser observation donghu'];
  },
  probes: (f) => ({
    [`GET ${cases}/{id}`]: { need: record('read', 'case'), ok: 200, call: (c, t) => c.get(`${cases}/${id('case')(t)}`) },
    ...registerProbes(f, cases, 'litigation', 'case', id('case'), { ok: 201, body: (t) => caseBody(t.unitId, '矩阵新增案件') }),
    ...registerProbes(f, observations, 'litigation', 'observation', id('observation'), { ok: 201, body: (t) => observationBody(t.unitId) }),
    ...registerProbes(f, suggestions, 'litigation', 'suggestion', id('suggestion'), { ok: 201, body: (t) => suggestionBody(t.unitId) }),
    'GET /api/litigation/todo': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/litigation/todo') },
    'GET /api/litigation/bulletin': { need: { kind: 'unit', module: 'litigation', action: 'read' }, ok: 200, call: (c, t) => c.get(`/api/litigation/bulletin?month=2026-11&org=${t.unitId}`) },
    ...workflowProbes(cases, 'litigation', 'case', id('case'), caseWorkflow, {
      samples: {
        appeal: { caseNumber: '（2026）鲁08行终60001号', court: '示范市中级人民法院' },
        retry: { caseNumber: '（2026）鲁0800行初69001号', court: '示范市任城区人民法院' },
      },
    }),
    [`POST ${cases}/{id}/hearings`]: { need: record('update', 'case'), ok: 201, call: (c, t) => c.post(`${cases}/${id('case')(t)}/hearings`, hearingBody) },
    [`DELETE ${cases}/{id}/hearings/{hearingId}`]: {
      need: record('update', 'case'),
      ok: 200,
      call: async (c, t) => {
        const made = await f.fzb.post(`${cases}/${id('case')(t)}/hearings`, hearingBody);
        assert.equal(made.status, 201, 'fixture hearing');
        return c.delete(`${cases}/${id('case')(t)}/hearings/${made.body.id}`);
      },
    },
    // Personal data: the reveal action in the record's unit (roles.ts), not merely the right to read it.
    [`POST ${cases}/{id}/plaintiffs/{plaintiffId}/reveal`]: {
      need: record('reveal', 'case'),
      ok: 200,
      call: (c, t) => c.post(`${cases}/${id('case')(t)}/plaintiffs/${id('plaintiff')(t)}/reveal`, { reason: `${marker}核对` }),
    },
    // 月度通报: generating one needs the export action (assertCan) and reading the unit's figures.
    'GET /api/litigation/bulletins': { need: { kind: 'unit', module: 'litigation', action: 'read' }, ok: 200, call: (c, t) => c.get(`/api/litigation/bulletins?org=${t.unitId}`) },
    'POST /api/litigation/bulletins': {
      need: { kind: 'unit', module: 'litigation', action: 'export' },
      ok: 201,
      call: (c, t) => c.post('/api/litigation/bulletins', { month: '2026-10', org: t.unitId }),
    },
    // A bulletin is read by its unit's scope; assignments to cases do not extend to it.
    'GET /api/litigation/bulletins/{id}/docx': {
      need: { kind: 'record', module: 'litigation', action: 'read' },
      ok: 200,
      call: (c, t) => c.get(`/api/litigation/bulletins/${id('bulletin')(t)}/docx`),
    },
  }),
};
