import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import { startHarness, type Harness } from '../../../test/harness.js';

describe('access: role × org scope, and assignees', () => {
  let h: Harness;
  let xilingCaseId: string;
  let donghuCaseId: string;
  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    const make = async (unit: string, n: number) =>
      (
        await fzb.post('/api/litigation/cases', {
          caseNumber: `（2026）鲁0899行初95${n}号`,
          court: '示范市任城区人民法院',
          instance: 'first',
          orgUnitId: h.seeded.org.subdistricts.get(unit),
          cause: '确认强制拆除行为违法',
          disputeArea: 'landAcquisition',
          complaintReceivedOn: '2026-11-10',
          plaintiffs: [{ kind: 'person', name: `原告${n}`, idNumber: withIdCheckCharacter('37089919700101001') }],
        })
      ).body.id as string;
    xilingCaseId = await make('西岭街道', 1);
    donghuCaseId = await make('东湖街道', 2);
  });
  after(() => h.close());

  it('a 街道 user reads and changes only cases of their own 街道', async () => {
    const donghu = await h.login('donghu');
    assert.equal((await donghu.get(`/api/litigation/cases/${donghuCaseId}`)).status, 200);
    assert.equal((await donghu.get(`/api/litigation/cases/${xilingCaseId}`)).status, 404);
    assert.equal((await donghu.patch(`/api/litigation/cases/${xilingCaseId}`, { version: 1, court: '改' })).status, 404);
    assert.equal((await donghu.post(`/api/litigation/cases/${xilingCaseId}/transitions/startDefence`, { version: 1 })).status, 404);
    const list = (await donghu.get('/api/litigation/cases?pageSize=200')).body;
    const eastId = h.seeded.org.subdistricts.get('东湖街道');
    assert.ok(list.total > 0);
    assert.ok(list.items.every((c: { orgUnitId: string }) => c.orgUnitId === eastId));
  });

  it('a 街道 user cannot register a case against another unit', async () => {
    const donghu = await h.login('donghu');
    const res = await donghu.post('/api/litigation/cases', {
      caseNumber: '（2026）鲁0899行初999号',
      court: '示范市任城区人民法院',
      instance: 'first',
      orgUnitId: h.seeded.org.subdistricts.get('西岭街道'),
      cause: '越权登记',
      disputeArea: 'other',
      complaintReceivedOn: '2026-11-10',
      plaintiffs: [{ kind: 'organization', name: '某公司' }],
    });
    assert.equal(res.status, 403);
  });

  it('read-only roles read but cannot write', async () => {
    const leader = await h.login('leader');
    assert.equal((await leader.get(`/api/litigation/cases/${xilingCaseId}`)).status, 200);
    const res = await leader.patch(`/api/litigation/cases/${xilingCaseId}`, { version: 1, court: '改' });
    assert.equal(res.status, 403);
    assert.equal((await leader.get('/api/users')).status, 403);
  });

  it('an assignee reads the assigned case outside their scope, and nothing else', async () => {
    const adviser = await h.login('adviser');
    assert.equal((await adviser.get(`/api/litigation/cases/${xilingCaseId}`)).status, 404);
    const fzb = await h.login('fzb');
    const assigned = await fzb.post(`/api/litigation/cases/${xilingCaseId}/assignees`, { userId: h.seeded.users.get('adviser'), role: 'adviser' });
    assert.equal(assigned.status, 200);
    assert.equal((await adviser.get(`/api/litigation/cases/${xilingCaseId}`)).status, 200);
    assert.equal((await adviser.get(`/api/litigation/cases/${donghuCaseId}`)).status, 404);
    const list = (await adviser.get('/api/litigation/cases')).body;
    assert.deepEqual(
      list.items.map((c: { id: string }) => c.id),
      [xilingCaseId],
    );
    assert.equal((await adviser.patch(`/api/litigation/cases/${xilingCaseId}`, { version: 1, court: '改' })).status, 403);
  });

  it('indicators are refused for units outside the scope', async () => {
    const donghu = await h.login('donghu');
    const own = await donghu.get(`/api/indicators/values?ids=litigation.casesReceived&org=${h.seeded.org.subdistricts.get('东湖街道')}`);
    assert.equal(own.status, 200);
    const other = await donghu.get(`/api/indicators/values?ids=litigation.casesReceived&org=${h.seeded.org.districtId}`);
    assert.equal(other.status, 403);
  });
});
