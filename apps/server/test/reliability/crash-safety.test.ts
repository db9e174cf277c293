import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withIdCheckCharacter } from '@fazhi/core';
import { count, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { litigationCases, litigationPlaintiffs } from '../../src/modules/litigation/tables.js';
import { verifyAuditLog } from '../../src/platform/audit/checkpoints.js';
import { openDatabase } from '../../src/platform/db/client.js';
import * as schema from '../../src/schema.js';
import { testAuditKey } from '../template.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function freePort() {
  return new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', FAZHI_LOG_LEVEL: 'error', FAZHI_SM4_KEY: '0123456789abcdeffedcba9876543210', FAZHI_AUDIT_KEY: testAuditKey },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Listen for the exit from the start: a killed child may be gone before anyone awaits it.
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A fresh data dir is migrated and seeded (about 10 s alone; minutes on a loaded 2-core machine).
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child, exited };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start within 300 s');
}

async function login(url: string) {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'fzb', password: 'Fazhi@2026demo' }) });
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, me: (await res.json()) as { orgUnitId: string } };
}

/**
 * Writes as fast as it can from 6 clients (case creations with plaintiffs, then a transition on each), kills the
 * server with SIGKILL mid-stream, restarts it, and checks: every acknowledged write is there, no case lacks its
 * plaintiffs, and the audit chain verifies.
 */
async function crashAndCheck(env: Record<string, string>, reopen: () => ReturnType<typeof openDatabase>) {
  const first = await startServer(env);
  const { cookie, me } = await login(first.url);
  const acknowledged: { id: string; state?: string }[] = [];
  let stop = false;
  const post = (p: string, body: unknown) => fetch(`${first.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const worker = async (w: number) => {
    for (let i = 0; !stop; i++) {
      try {
        const res = await post('/api/litigation/cases', {
          caseNumber: `（2026）鲁0800行初${w * 100000 + i}号`,
          court: '示范市任城区人民法院',
          instance: 'first',
          orgUnitId: me.orgUnitId,
          cause: '崩溃安全测试',
          disputeArea: 'other',
          complaintReceivedOn: '2026-11-02',
          plaintiffs: [
            { kind: 'person', name: `原告${w}-${i}`, idNumber: withIdCheckCharacter('37089919800101001') },
            { kind: 'organization', name: `公司${w}-${i}` },
          ],
        });
        if (res.status !== 201) continue;
        const kase = (await res.json()) as { id: string; version: number };
        const entry: { id: string; state?: string } = { id: kase.id };
        acknowledged.push(entry);
        const t = await post(`/api/litigation/cases/${kase.id}/transitions/startDefence`, { version: kase.version });
        if (t.status === 200) entry.state = 'defending';
      } catch {
        return; // the server is gone
      }
    }
  };
  const workers = Array.from({ length: 6 }, (_, w) => worker(w));
  // Kill mid-stream once enough writes are acknowledged (2.5 s at least; longer on a loaded machine, 60 s at most).
  const started = Date.now();
  while (Date.now() - started < 60_000 && (Date.now() - started < 2500 || acknowledged.length <= 20)) await new Promise((r) => setTimeout(r, 100));
  first.child.kill('SIGKILL');
  stop = true;
  await Promise.all(workers);
  await first.exited;
  assert.ok(acknowledged.length > 5, `only ${acknowledged.length} writes before the kill`);

  // Restart on the same data: it must come up (recovery), then check the data with the server stopped.
  const second = await startServer(env);
  assert.equal((await fetch(`${second.url}/api/health`)).status, 200);
  second.child.kill('SIGTERM');
  await second.exited;

  const database = await reopen();
  const { db } = database;
  for (const a of acknowledged) {
    const [row] = await db.select({ state: litigationCases.state }).from(litigationCases).where(eq(litigationCases.id, a.id));
    assert.ok(row, `acknowledged case ${a.id} is lost`);
    if (a.state) assert.equal(row.state, a.state, `acknowledged transition of ${a.id} is lost`);
  }
  const orphans = await db
    .select({ n: count() })
    .from(litigationCases)
    .where(sql`${litigationCases.cause} = '崩溃安全测试' and (select count(*) from ${litigationPlaintiffs} p where p.case_id = ${litigationCases.id}) <> 2`);
  assert.equal(orphans[0]!.n, 0, 'a case was committed without both its plaintiffs');
  // Against the key and the checkpoints the scheduler signed at each start.
  const chain = await verifyAuditLog(db, env.FAZHI_DATA_DIR!, { key: testAuditKey });
  assert.equal(chain.ok, true, JSON.stringify(chain));
  await database.close();
  return acknowledged.length;
}

describe('crash safety: SIGKILL in the middle of writes', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-crash-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('PGlite: nothing acknowledged is lost, nothing is half-written, the audit chain verifies', async () => {
    const n = await crashAndCheck({ FAZHI_DATA_DIR: dataDir, DATABASE_URL: '' }, () => openDatabase({ pgliteDir: path.join(dataDir, 'pgdata'), schema }));
    assert.ok(n > 0);
  });

  it('PostgreSQL: the same', { skip: process.env.TEST_DATABASE_URL ? false : '未设置 TEST_DATABASE_URL' }, async () => {
    const name = `fazhi_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    try {
      // A data directory of its own: its checkpoint file belongs to this database, not to the PGlite one above.
      await crashAndCheck({ FAZHI_DATA_DIR: path.join(dataDir, 'postgres'), DATABASE_URL: url.toString() }, () => openDatabase({ databaseUrl: url.toString(), pgliteDir: '', schema }));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
