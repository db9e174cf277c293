import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { roleAllows, type Action, type ModuleCode, type RoleCode } from '@fazhi/core';
import { defaultAnnualTemplate } from '@fazhi/core/reports';
import { startHarness, type Harness } from '../../harness.js';
import { policyParts } from '../../modules.js';
import { caseBody } from './litigation.js';
import { marker, type Client, type Fixtures, type Need, type Probe, type Target, type UnitKey } from './kit.js';
import { documentedRoutes, policyTable } from './platform.js';
import { demoUsers } from '../../../src/seed/demo-district.js';
import { orgUnits } from '../../../src/platform/org/tables.js';

/**
 * Every route of the OpenAPI document × every demo user × a record inside and one outside the user's scope.
 * The expectation comes from the policy tables (platform.ts and each module's part) and the role grants of
 * packages/core/src/access/roles.ts; the server's answer must agree: allowed → the probe's success status,
 * forbidden → 403/404 (401 anonymous). The users are probed in groups, a test file each, so the groups run in
 * parallel; each file sets up the same fixtures on its own copy of the demo district.
 */

// Who probes which unit: the home unit is inside the user's scope; the away unit outside it where one exists.
export const targetsOf: Record<string, UnitKey[]> = {
  admin: ['xiling'],
  fzb: ['xiling'],
  leader: ['zrzy'],
  inspector: ['scjg'],
  zrzy: ['zrzy', 'xiling'],
  zjj: ['zjj', 'donghu'],
  scjg: ['scjg', 'zrzy'],
  donghu: ['donghu', 'xiling'],
  xiling: ['xiling', 'zjj'],
  adviser: ['donghu', 'xiling'],
  // A village 人民调解员: both 街道-level targets lie outside the village's scope.
  mediator: ['donghu', 'xiling'],
  // 社区矫正: the 司法局's staff see the whole district; a 司法所's staff their 街道 only; a subject nothing but /me.
  sqjz: ['xiling'],
  dhjz: ['donghu', 'xiling'],
  xljz: ['xiling', 'zjj'],
  jzdx: ['donghu', 'xiling'],
};

/**
 * The users in two groups of about equal probing time (not of kind), a test file each (access-matrix.<group>.test.ts),
 * so that the matrix, the suite's longest file, runs on both test workers; each file pays its own fixture setup.
 */
const groups = {
  district: ['admin', 'fzb', 'leader', 'inspector', 'sqjz', 'zrzy', 'zjj', 'scjg'],
  units: ['donghu', 'xiling', 'adviser', 'mediator', 'dhjz', 'xljz', 'jzdx'],
} as const;
const grouped = Object.values(groups).flat() as string[];
const ungrouped = Object.keys(targetsOf).filter((u) => grouped.filter((g) => g === u).length !== 1);
if (ungrouped.length) throw new Error(`access matrix: ${ungrouped.join(', ')} must be in exactly one group`);

/**
 * Probes every route as each user of the group; the district group also makes the checks made once (the policy
 * covers every documented route, list scoping, reveal by assignment, the anonymous caller).
 */
export function accessMatrix(group: keyof typeof groups) {
  const users: readonly string[] = groups[group];
  const general = group === 'district';
  describe(`access matrix (${group}): every documented route × ${users.join(', ')}${general ? ', anonymous' : ''}, inside and outside scope`, () => {
    let h: Harness;
    let table: Record<string, Probe | Probe[]>;
    const clients = new Map<string, Client>();
    const targets = new Map<UnitKey, Target>();
    const unitPaths = new Map<string, string>();
    // Records assigned to a user: readable whatever the scope (each part's afterSetup says which).
    const assigned = new Set<string>();
    let setupFzb: Client;
    let grantsOf: Map<string, { role: RoleCode; orgUnitId: string }[]>;

    before(async () => {
      h = await startHarness();
      for (const u of demoUsers(h.seeded.org)) clients.set(u.username, await h.login(u.username));
      grantsOf = new Map(demoUsers(h.seeded.org).map((u) => [u.username, u.roles.map((role) => ({ role, orgUnitId: u.orgUnitId }))]));
      for (const u of await h.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits)) unitPaths.set(u.id, u.path);
      // Fixtures get their own sessions: the probed clients log out at the end of their run.
      const admin = await h.login('admin');
      const fzb = await h.login('fzb');
      setupFzb = fzb;
      const communities = [...h.seeded.org.communities];
      let publishedReportId = '';
      const fixtures: Fixtures = { h, admin, fzb, userIds: h.seeded.users, nextCommunity: () => communities.shift()!, publishedReportId: () => publishedReportId };
      table = Object.assign(policyTable(fixtures), ...policyParts.map((part) => part.probes(fixtures)));

      const units: Record<UnitKey, string> = {
        xiling: h.seeded.org.subdistricts.get('西岭街道')!,
        donghu: h.seeded.org.subdistricts.get('东湖街道')!,
        zrzy: h.seeded.org.departments.get('区自然资源和规划局')!,
        zjj: h.seeded.org.departments.get('区住房和城乡建设局')!,
        scjg: h.seeded.org.departments.get('区市场监督管理局')!,
      };
      for (const [key, unitId] of Object.entries(units) as [UnitKey, string][]) {
        const victim = await admin.post('/api/users', { username: `matrix.${key}`, displayName: `矩阵用户${key}`, orgUnitId: unitId, password: 'Matrix@2026pass' });
        assert.equal(victim.status, 201, JSON.stringify(victim.body));
        const grant = { role: 'adviser' as const, orgUnitId: unitId };
        assert.equal((await admin.post(`/api/users/${victim.body.id}/grants`, grant)).status, 201);
        const template = await fzb.post('/api/reports/templates', { orgUnitId: unitId, name: `${marker}模板`, blocks: defaultAnnualTemplate });
        assert.equal(template.status, 201, JSON.stringify(template.body));
        const report = await fzb.post('/api/reports/annual', { year: 2026, orgUnitId: unitId });
        assert.equal(report.status, 201, JSON.stringify(report.body));
        const version = await fzb.post(`/api/reports/annual/${report.body.id}/generate`);
        assert.equal(version.status, 201, JSON.stringify(version.body));
        targets.set(key, {
          key,
          unitId,
          userId: victim.body.id,
          grant,
          templateId: template.body.id,
          reportId: report.body.id,
          reportVersionId: version.body.id,
          records: {},
        });
        for (const part of policyParts) {
          const made = (await part.setup?.(fixtures, { key, unitId })) ?? {};
          const records = targets.get(key)!.records;
          // Fixture names are shared by every part: a second "campaign" would silently replace the first one's.
          for (const name of Object.keys(made)) assert.ok(!(name in records), `two policy parts name a fixture "${name}"`);
          Object.assign(records, made);
        }
      }
      // 起草 → 生成 → 提交审核 → 领导签发 → 报送 → 公开, so the public portal has something to show.
      const leader = await h.login('leader');
      const pub = await fzb.post('/api/reports/annual', { year: 2025, orgUnitId: h.seeded.org.subdistricts.get('南苑街道') });
      assert.equal(pub.status, 201, JSON.stringify(pub.body));
      assert.equal((await fzb.post(`/api/reports/annual/${pub.body.id}/generate`)).status, 201);
      let r = await fzb.post(`/api/reports/annual/${pub.body.id}/transitions/submitForReview`, { version: pub.body.version });
      r = await leader.post(`/api/reports/annual/${pub.body.id}/transitions/sign`, { version: r.body.version });
      r = await fzb.post(`/api/reports/annual/${pub.body.id}/transitions/submit`, { version: r.body.version, submittedOn: '2026-02-20' });
      r = await fzb.post(`/api/reports/annual/${pub.body.id}/transitions/publish`, { version: r.body.version, publishedOn: '2026-03-20' });
      assert.equal(r.body.state, 'published', JSON.stringify(r.body));
      publishedReportId = pub.body.id;
      for (const part of policyParts) for (const a of (await part.afterSetup?.(fixtures, targets)) ?? []) assigned.add(a);
    });
    after(() => h?.close());

    // Probes name registers as `<module>.<entity>`, the entity type whose grant roleAllows may narrow.
    const registerOf = (module: ModuleCode, entity?: string) => (entity ? `${module}.${entity}` : undefined);

    function inUnitScope(user: string, module: ModuleCode, action: Action, unitId: string, entity?: string): boolean {
      const path = unitPaths.get(unitId)!;
      return (grantsOf.get(user) ?? []).some((g) => roleAllows(g.role, module, action, registerOf(module, entity)) && path.startsWith(unitPaths.get(g.orgUnitId)!));
    }

    function expectedAllowed(user: string, need: Need, t: Target): boolean {
      if (need.kind === 'public') return true;
      if (user === 'anonymous') return false;
      switch (need.kind) {
        case 'signedIn':
          return true;
        case 'grant':
          return (grantsOf.get(user) ?? []).some((g) => roleAllows(g.role, need.module, need.action, registerOf(need.module, need.entity)));
        case 'unit':
          return inUnitScope(user, need.module, need.action, t.unitId, need.entity);
        case 'record':
          return inUnitScope(user, need.module, need.action, t.unitId, need.entity) || ((need.action === 'read' || need.assigneeMay === true) && assigned.has(`${user} ${need.entity} ${t.key}`));
      }
    }

    /** Probes every route for one caller; returns the disagreements with the policy. */
    async function runMatrix(user: string, c: Client, keys: UnitKey[]): Promise<string[]> {
      const problems: string[] = [];
      // Logout ends the session, so it goes last.
      const routes = Object.keys(table).sort((a, b) => Number(a === 'POST /api/auth/logout') - Number(b === 'POST /api/auth/logout'));
      const probes = routes.flatMap((route) => [table[route]!].flat().map((probe) => ({ route, probe })));
      for (const { route, probe } of probes) {
        const scoped = probe.need.kind === 'record' || probe.need.kind === 'unit';
        for (const key of scoped ? keys : keys.slice(0, 1)) {
          const t = targets.get(key)!;
          const allowed = expectedAllowed(user, probe.need, t);
          const res = await probe.call(c, t, user);
          const where = `${user} ${route}${probe.label ? ` (${probe.label})` : ''}${scoped ? ` @${key}` : ''}`;
          const got = `${res.status} ${res.body?.code ?? ''}`.trim();
          // Every answer, allowed or refused: never sniffed, never cached, runs no script if opened; a file is a download.
          const h = res.headers;
          if (h['x-content-type-options'] !== 'nosniff' || h['cache-control'] !== 'no-store' || !/script-src 'none'/.test(String(h['content-security-policy']))) {
            problems.push(`${where}: security headers missing`);
          }
          const type = String(h['content-type'] ?? '');
          if (res.status === 200 && type && !/json|^text\/html/.test(type) && !/^attachment; /.test(String(h['content-disposition'] ?? ''))) {
            problems.push(`${where}: file ${type} sent without Content-Disposition: attachment`);
          }
          if (allowed && res.status !== probe.ok) problems.push(`${where}: policy allows, expected ${probe.ok}, got ${got}`);
          if (!allowed) {
            const refusal = user === 'anonymous' ? [401] : [403, 404];
            if (!refusal.includes(res.status)) problems.push(`${where}: policy forbids, expected ${refusal.join('/')}, got ${got}`);
            else assert.match(String(res.headers['content-type']), /^application\/problem\+json/, where);
          }
        }
      }
      return problems;
    }

    if (general) {
      it('has a policy entry for every route of the OpenAPI document, and none for a route that is gone', async () => {
        const documented = await documentedRoutes(h);
        const missing = documented.filter((r) => !(r in table));
        const stale = Object.keys(table).filter((r) => !documented.includes(r));
        assert.deepEqual(missing, [], `new route without a policy entry: ${missing.join(', ')}`);
        assert.deepEqual(stale, [], `policy entry for a route the document no longer has: ${stale.join(', ')}`);
      });

      it('lists show exactly the fixture records the user may read', async () => {
        const problems: string[] = [];
        for (const user of Object.keys(targetsOf)) {
          for (const [entity, base] of [
            ['case', 'cases'],
            ['observation', 'observations'],
          ] as const) {
            const res = await clients.get(user)!.get(`/api/litigation/${base}?q=${encodeURIComponent(marker)}&pageSize=100`);
            assert.equal(res.status, 200);
            const seen = new Set(res.body.items.map((i: { id: string }) => i.id));
            for (const t of targets.values()) {
              const id = t.records[entity]!;
              const may = expectedAllowed(user, { kind: 'record', module: 'litigation', action: 'read', entity }, t);
              if (may !== seen.has(id)) problems.push(`${user} ${base} list: ${t.key} ${may ? 'missing' : 'shown though out of scope'}`);
            }
          }
        }
        assert.deepEqual(problems, []);
      });

      it('reveal of a plaintiff ID number needs the reveal action in the case unit, not only read access by assignment', async () => {
        // zrzy may reveal in its own department; assigned to a 南苑 case it may read that case, but roles.ts scopes reveal by unit.
        const fzb = setupFzb;
        const nanyuan = h.seeded.org.subdistricts.get('南苑街道')!;
        const kase = await fzb.post('/api/litigation/cases', caseBody(nanyuan, '指派后查看身份证号'));
        assert.equal(kase.status, 201);
        const assign = await fzb.post(`/api/litigation/cases/${kase.body.id}/assignees`, { userId: h.seeded.users.get('zrzy'), role: 'reviewer' });
        assert.equal(assign.status, 200);
        const zrzy = clients.get('zrzy')!;
        assert.equal((await zrzy.get(`/api/litigation/cases/${kase.body.id}`)).status, 200, 'the assignee reads the case');
        const reveal = await zrzy.post(`/api/litigation/cases/${kase.body.id}/plaintiffs/${kase.body.plaintiffs[0].id}/reveal`, { reason: '指派核对' });
        assert.ok([403, 404].includes(reveal.status), `expected 403/404, got ${reveal.status} ${JSON.stringify(reveal.body)}`);
      });

      it('a unit user allowed to assign on its own annual report is told the outcome, not a 404 after the write', async () => {
        // roles.ts gives 部门法制机构人员 `update` on reports of their unit but not `read`: the kit answers a write with the record.
        const zrzy = await h.login('zrzy');
        const t = targets.get('zrzy')!;
        const inspectorId = h.seeded.users.get('inspector')!;
        const res = await zrzy.post(`/api/reports/annual/${t.reportId}/assignees`, { userId: inspectorId, role: 'reviewer' });
        const detail = await setupFzb.get(`/api/reports/annual/${t.reportId}`);
        const written = detail.body.assignees.some((a: { userId: string; role: string }) => a.userId === inspectorId && a.role === 'reviewer');
        assert.deepEqual({ status: res.status, written }, { status: 200, written: true }, `answer ${res.status} ${JSON.stringify(res.body)}; assignment written: ${written}`);
      });
    }

    for (const user of users) {
      const keys = targetsOf[user]!;
      it(`${user}: every route answers as the policy says`, async () => {
        assert.deepEqual(await runMatrix(user, clients.get(user)!, keys), []);
      });
    }

    if (general) {
      it('anonymous: only public routes answer, everything else is 401', async () => {
        assert.deepEqual(await runMatrix('anonymous', h.anonymous, ['xiling']), []);
      });
    }
  });
}
