import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { openDatabase } from '../db/client.js';
import * as schema from '../../schema.js';
import { recordAudit, verifyAuditChain } from './service.js';
import { auditLog } from './tables.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('audit chain', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('logs writes, logins and failures, and the chain verifies', async () => {
    const c = await h.login('fzb');
    await h.request('POST', '/api/auth/login', { username: 'fzb', password: 'Wrong-pass-1' });
    await c.post('/api/litigation/observations', { heldOn: '2026-11-20', orgUnitId: h.seeded.org.districtId, title: '审计测试旁听', participants: 5 });
    const actions = (await h.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a);
    for (const a of ['seed.demo', 'auth.login', 'auth.loginFailed', 'create']) assert.ok(actions.includes(a), a);
    const verified = await c.get('/api/audit/verify');
    assert.equal(verified.body.ok, true);
    assert.equal(verified.body.checked, actions.length);
  });

  it('names the first entry whose content was altered', async () => {
    const [target] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'create'));
    await h.db.update(auditLog).set({ summary: '被篡改' }).where(eq(auditLog.seq, target!.seq));
    const result = await verifyAuditChain(h.db);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.brokenAt, target!.seq);
  });

  it('detects a deleted entry in the middle and at the end', async () => {
    const db = (await openDatabase({ pgliteDir: 'memory://', schema })).db;
    const actor = { userId: null, displayName: '测试', ip: '127.0.0.1' };
    for (let i = 0; i < 5; i++) await db.transaction((tx) => recordAudit(tx, actor, { action: 'test', summary: `第${i}条` }));
    assert.deepEqual(await verifyAuditChain(db), { ok: true, checked: 5 });
    await db.delete(auditLog).where(eq(auditLog.seq, 5));
    const tail = await verifyAuditChain(db);
    assert.equal(tail.ok, false);
    await db.delete(auditLog).where(eq(auditLog.seq, 2));
    const middle = await verifyAuditChain(db);
    assert.equal(!middle.ok && middle.brokenAt, 2);
  });

  it('the audit:verify command exits 0 on an intact chain and 1 naming the broken entry', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-audit-'));
    const pgliteDir = path.join(dataDir, 'pgdata');
    let database = await openDatabase({ pgliteDir, schema });
    for (let i = 0; i < 3; i++) await database.db.transaction((tx) => recordAudit(tx, null, { action: 'test', summary: `第${i}条` }));
    await database.close();
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'audit:verify'], { cwd: serverRoot, env: { ...process.env, FAZHI_DATA_DIR: dataDir }, encoding: 'utf8' });
    const ok = run();
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /共校验 3 条/);
    database = await openDatabase({ pgliteDir, schema });
    await database.db.execute(sql`update audit_log set actor_name = '他人' where seq = 2`);
    await database.close();
    const broken = run();
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /首个异常序号 2/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
