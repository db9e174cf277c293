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
import { testAuditKey } from '../../../test/template.js';
import { writeCheckpoint } from './checkpoints.js';
import { readCheckpointFile } from './checkpoint-file.js';
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

  it('the admin signs a checkpoint on demand, which is audited and then counted by verify; others may not', async () => {
    const admin = await h.login('admin');
    const made = await admin.post('/api/audit/checkpoints');
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.reason, 'manual');
    assert.match(made.body.signature, /^[0-9a-f]{128}$/);
    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'audit.checkpoint'));
    assert.equal(entry?.seq, made.body.seq + 1);
    assert.equal(entry?.actorName, '系统管理员');
    assert.equal(readCheckpointFile(h.config.dataDir).length, 1);
    const verified = await admin.get('/api/audit/verify');
    assert.deepEqual([verified.body.ok, verified.body.checkpoints], [true, 1]);
    for (const user of ['fzb', 'inspector']) assert.equal((await (await h.login(user)).post('/api/audit/checkpoints')).status, 403, user);
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
    const clean = await verifyAuditChain(db);
    assert.deepEqual(clean.ok && clean.checked, 5);
    await db.delete(auditLog).where(eq(auditLog.seq, 5));
    const tail = await verifyAuditChain(db);
    assert.equal(tail.ok, false);
    await db.delete(auditLog).where(eq(auditLog.seq, 2));
    const middle = await verifyAuditChain(db);
    assert.equal(!middle.ok && middle.brokenAt, 2);
  });

  it('the audit:verify command exits 0 on an intact chain and 1 naming the broken entry, a truncation after a checkpoint or a missing key', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-audit-'));
    const pgliteDir = path.join(dataDir, 'pgdata');
    let database = await openDatabase({ pgliteDir, schema });
    for (let i = 0; i < 3; i++) await database.db.transaction((tx) => recordAudit(tx, null, { action: 'test', summary: `第${i}条` }));
    await database.close();
    const run = (env: Record<string, string> = { FAZHI_AUDIT_KEY: testAuditKey }) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'audit:verify'], { cwd: serverRoot, env: { ...process.env, FAZHI_DATA_DIR: dataDir, ...env }, encoding: 'utf8' });
    const ok = run();
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /共校验 3 条/);
    const noKey = run({ FAZHI_AUDIT_KEY: '' });
    assert.equal(noKey.status, 1);
    assert.match(noKey.stderr, /找不到审计日志密钥/);
    database = await openDatabase({ pgliteDir, schema });
    await writeCheckpoint(database.db, dataDir, 'manual');
    // The newest entry deleted and the head moved back, after the checkpoint.
    await database.db.execute(sql`delete from audit_log where seq = 3`);
    await database.db.execute(sql`update audit_head set last_seq = 2, last_hash = (select hash from audit_log where seq = 2)`);
    await database.close();
    const truncated = run();
    assert.equal(truncated.status, 1);
    assert.match(truncated.stderr, /第 3 条及之后的记录被删除.*首个异常序号 3/);
    assert.match(truncated.stderr, /failed at sequence 3: entries from 3 on were deleted/);
    fs.rmSync(path.join(dataDir, 'audit'), { recursive: true });
    database = await openDatabase({ pgliteDir, schema });
    await database.db.execute(sql`update audit_log set actor_name = '他人' where seq = 2`);
    await database.close();
    const broken = run();
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /首个异常序号 2/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
