import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as schema from '../../schema.js';
import { backup } from './backup.js';
import { openDatabase } from './client.js';
import { lockDataDir } from './data-lock.js';

describe('one process at a time on a PGlite data folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-lock-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a second open or a backup of a folder in use is refused in Chinese, and the first keeps working', async () => {
    const folder = path.join(dir, 'a', 'pgdata');
    const first = await openDatabase({ pgliteDir: folder, schema });
    await assert.rejects(openDatabase({ pgliteDir: folder, schema }), /数据目录 .*pgdata 正由另一个进程使用（进程号 \d+/);
    await assert.rejects(backup({ pgliteDir: folder }, path.join(dir, 'x.tar.gz')), /正由另一个进程使用/);
    assert.equal(fs.existsSync(path.join(dir, 'x.tar.gz')), false);
    await first.db.execute('select 1');
    await first.close();
    assert.equal(fs.existsSync(`${folder}.lock`), false, 'closing releases the lock');
  });

  it('a lock held by a live process elsewhere is refused; one left by a dead process is taken over', async () => {
    const folder = path.join(dir, 'b');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(`${folder}.lock`, JSON.stringify({ pid: child.pid, startedAt: '2026-12-06T01:00:00Z' }));
      assert.throws(() => lockDataDir(folder), new RegExp(`进程号 ${child.pid}，2026-12-06T01:00:00Z 起`));
    } finally {
      child.kill();
      await new Promise((r) => child.once('exit', r));
    }
    const release = lockDataDir(folder);
    assert.equal(JSON.parse(fs.readFileSync(`${folder}.lock`, 'utf8')).pid, process.pid);
    release();
    assert.equal(fs.existsSync(`${folder}.lock`), false);
  });
});
