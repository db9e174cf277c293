import assert from 'node:assert/strict';
import type { Action, ModuleCode } from '@fazhi/core';
import { defaultAnnualTemplate, reportWorkflow } from '@fazhi/core/reports';
import type { Harness } from '../../harness.js';
import { marker, registerProbes, staleVersion, workflowProbes, type Fixtures, type Need, type Probe, type Target } from './kit.js';
import { demoPassword } from '../../../src/seed/demo-district.js';

/** The platform's policy table (session, org, users, audit, indicators, 年度报告): (method, OpenAPI path) → what it needs, and how the matrix calls it. */
export function policyTable(f: Fixtures): Record<string, Probe | Probe[]> {
  const { h, admin, fzb } = f;
  const reportRecord = (action: Action): Need => ({ kind: 'record', module: 'reports', action, entity: 'report' });
  /** A fresh material request to the report's unit, submitted already when it is to be reviewed. */
  const freshAssignment = async (t: Target, submitted: boolean) => {
    const made = await fzb.post(`/api/reports/annual/${t.reportId}/assignments`, { blockKey: 'litigation', orgUnitId: t.unitId, dueOn: '2026-12-20' });
    assert.equal(made.status, 201, `fixture assignment ${JSON.stringify(made.body)}`);
    if (submitted) assert.equal((await fzb.post(`/api/reports/assignments/${made.body.id}/submit`, { text: '矩阵材料' })).status, 200, 'fixture submission');
    return made.body.id as string;
  };
  const register = (p: string, module: ModuleCode, entity: string, id: (t: Target) => string, create: { ok: number; body: (t: Target) => object }) => registerProbes(f, p, module, entity, id, create);

  return {
    'GET /api/health': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/health') },
    'POST /api/auth/login': {
      need: { kind: 'public' },
      ok: 400,
      // Login is rate-limited per address (20/min); each caller gets its own address so the probe stays within it.
      call: async (c, _t, name) => {
        const res = await h.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `10.9.0.${[...name].reduce((s, ch) => s + ch.charCodeAt(0), 0) % 250}`,
          headers: c.cookie ? { cookie: c.cookie } : {},
          payload: {},
        });
        return { status: res.statusCode, body: res.json(), headers: res.headers };
      },
    },
    'POST /api/auth/logout': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.post('/api/auth/logout') },
    'GET /api/auth/me': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/auth/me') },
    // A weak new password fails the schema, which runs only after the session check.
    'POST /api/auth/password': { need: { kind: 'signedIn' }, ok: 400, call: (c) => c.post('/api/auth/password', { oldPassword: 'x', newPassword: 'weak' }) },

    'GET /api/org/units': { need: { kind: 'grant', module: 'org', action: 'read' }, ok: 200, call: (c) => c.get('/api/org/units') },
    'POST /api/org/units': {
      need: { kind: 'unit', module: 'org', action: 'create' },
      ok: 201,
      call: (c, t) => c.post('/api/org/units', { parentId: t.unitId, name: `${marker}新单位`, kind: 'community' }),
    },
    'PATCH /api/org/units/{id}': {
      need: { kind: 'record', module: 'org', action: 'update' },
      ok: 409,
      call: (c, t) => c.patch(`/api/org/units/${t.unitId}`, { version: staleVersion, name: `${marker}改名` }),
    },

    'GET /api/users': { need: { kind: 'grant', module: 'users', action: 'read' }, ok: 200, call: (c) => c.get('/api/users') },
    // An existing username: the 409 comes after the grant and unit checks.
    'POST /api/users': {
      need: { kind: 'unit', module: 'users', action: 'create' },
      ok: 409,
      call: (c, t) => c.post('/api/users', { username: 'admin', displayName: '重名', orgUnitId: t.unitId, password: demoPassword }),
    },
    'PATCH /api/users/{id}': {
      need: { kind: 'record', module: 'users', action: 'update' },
      ok: 409,
      call: (c, t) => c.patch(`/api/users/${t.userId}`, { version: staleVersion, displayName: '改名' }),
    },
    'POST /api/users/{id}/password': {
      need: { kind: 'record', module: 'users', action: 'manage' },
      ok: 200,
      call: (c, t) => c.post(`/api/users/${t.userId}/password`, { password: 'Matrix@2026pass' }),
    },
    'POST /api/users/{id}/grants': { need: { kind: 'record', module: 'users', action: 'manage' }, ok: 409, call: (c, t) => c.post(`/api/users/${t.userId}/grants`, t.grant) },
    'DELETE /api/users/{id}/grants/{grantId}': {
      need: { kind: 'record', module: 'users', action: 'manage' },
      ok: 200,
      call: async (c, t) => {
        const made = await admin.post(`/api/users/${t.userId}/grants`, { role: 'adviser', orgUnitId: f.nextCommunity() });
        assert.equal(made.status, 201, 'fixture grant');
        return c.delete(`/api/users/${t.userId}/grants/${made.body.id}`);
      },
    },

    'GET /api/audit': { need: { kind: 'grant', module: 'audit', action: 'read' }, ok: 200, call: (c) => c.get('/api/audit?limit=5') },
    'GET /api/audit/entity-types': { need: { kind: 'grant', module: 'audit', action: 'read' }, ok: 200, call: (c) => c.get('/api/audit/entity-types') },
    // Every signed-in user searches; what each finds is their read scope (global-search.test.ts).
    'GET /api/search': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get(`/api/search?q=${encodeURIComponent(marker)}`) },
    'GET /api/audit/verify': { need: { kind: 'grant', module: 'audit', action: 'read' }, ok: 200, call: (c) => c.get('/api/audit/verify') },
    'POST /api/audit/checkpoints': { need: { kind: 'grant', module: 'audit', action: 'manage' }, ok: 201, call: (c) => c.post('/api/audit/checkpoints') },

    'GET /api/indicators': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/indicators') },
    'GET /api/indicators/values': {
      need: { kind: 'unit', module: 'litigation', action: 'read' },
      ok: 200,
      call: (c, t) => c.get(`/api/indicators/values?ids=litigation.casesReceived&org=${t.unitId}&from=2026-01-01&to=2026-11-27`),
    },
    'GET /api/indicators/{id}/records': {
      need: { kind: 'unit', module: 'litigation', action: 'read' },
      ok: 200,
      call: (c, t) => c.get(`/api/indicators/litigation.casesReceived/records?org=${t.unitId}&from=2026-01-01&to=2026-11-27`),
    },
    'GET /api/indicators/{id}/breakdown': {
      need: { kind: 'unit', module: 'litigation', action: 'read' },
      ok: 200,
      call: (c, t) => c.get(`/api/indicators/litigation.casesReceived/breakdown?by=month&org=${t.unitId}&from=2026-01-01&to=2026-11-27`),
    },

    'GET /api/notifications': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/notifications') },
    // Messages are the recipient's own: anyone signed in may mark theirs read; another's id is as unknown as a missing one.
    'POST /api/notifications/{id}/read': { need: { kind: 'signedIn' }, ok: 404, call: (c) => c.post('/api/notifications/999999999/read') },
    'POST /api/notifications/read-all': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.post('/api/notifications/read-all') },
    // 我的待办 and the usable registers are computed under each user's own scope and assignments.
    'GET /api/my-work': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/my-work') },
    'GET /api/my-work/registers': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/my-work/registers') },

    // 年度报告. Creating a second report for the same unit and year is a 409 that comes after the access checks.
    ...register('/api/reports/annual', 'reports', 'report', (t) => t.reportId, { ok: 409, body: (t) => ({ year: 2026, orgUnitId: t.unitId }) }),
    ...register('/api/reports/templates', 'reports', 'template', (t) => t.templateId, { ok: 201, body: (t) => ({ orgUnitId: t.unitId, name: '矩阵新增模板', blocks: defaultAnnualTemplate }) }),
    'POST /api/reports/annual/{id}/generate': { need: reportRecord('update'), ok: 201, call: (c, t) => c.post(`/api/reports/annual/${t.reportId}/generate`) },
    'GET /api/reports/annual/{id}/preview': { need: reportRecord('read'), ok: 200, call: (c, t) => c.get(`/api/reports/annual/${t.reportId}/preview`) },
    'GET /api/reports/annual/{id}/versions/{versionId}/html': { need: reportRecord('read'), ok: 200, call: (c, t) => c.get(`/api/reports/annual/${t.reportId}/versions/${t.reportVersionId}/html`) },
    // The server audits this download as an `export`; roles.ts gives export separately from read (督察人员 has read only).
    'GET /api/reports/annual/{id}/versions/{versionId}/docx': { need: reportRecord('export'), ok: 200, call: (c, t) => c.get(`/api/reports/annual/${t.reportId}/versions/${t.reportVersionId}/docx`) },
    // Signing is the leader's `approve`; every other step is `transition`.
    ...workflowProbes('/api/reports/annual', 'reports', 'report', (t) => t.reportId, reportWorkflow),
    'POST /api/reports/annual/{id}/assignments': {
      need: reportRecord('update'),
      ok: 201,
      call: (c, t) => c.post(`/api/reports/annual/${t.reportId}/assignments`, { blockKey: 'litigation', orgUnitId: t.unitId, dueOn: '2026-12-20' }),
    },
    'GET /api/reports/assignments': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get('/api/reports/assignments') },
    // Material is asked of the report's own unit, so the assignment's unit and the report's are the same here.
    'POST /api/reports/assignments/{id}/submit': {
      need: reportRecord('update'),
      ok: 200,
      call: async (c, t) => c.post(`/api/reports/assignments/${await freshAssignment(t, false)}/submit`, { text: `${marker}材料` }),
    },
    'POST /api/reports/assignments/{id}/review': {
      need: reportRecord('update'),
      ok: 200,
      call: async (c, t) => c.post(`/api/reports/assignments/${await freshAssignment(t, true)}/review`, { decision: 'return', comment: `${marker}退回` }),
    },
    'GET /api/public/reports': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/reports') },
    'GET /api/public/reports/{id}': { need: { kind: 'public' }, ok: 200, call: (c) => c.get(`/api/public/reports/${f.publishedReportId()}`) },
    'GET /api/public/reports/{id}/docx': { need: { kind: 'public' }, ok: 200, call: (c) => c.get(`/api/public/reports/${f.publishedReportId()}/docx`) },
  };
}

/** The routes of the generated OpenAPI document as "METHOD /path/{param}". */
export async function documentedRoutes(h: Harness): Promise<string[]> {
  const doc = await h.anonymous.get('/api/openapi.json');
  assert.equal(doc.status, 200);
  const methods = ['get', 'post', 'put', 'patch', 'delete'];
  return Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
    Object.keys(ops)
      .filter((m) => methods.includes(m))
      .map((m) => `${m.toUpperCase()} ${p}`),
  );
}
