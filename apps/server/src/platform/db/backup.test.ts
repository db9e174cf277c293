import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startHarness, type Harness } from '../../../test/harness.js';
import * as schema from '../../schema.js';
import { seedIfEmpty } from '../../seed/index.js';
import { verifyAuditChain } from '../audit/service.js';
import { backup, checksums, restore } from './backup.js';
import { openDatabase } from './client.js';

describe('backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-backup-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('PGlite: a round trip keeps every row of every table', async () => {
    const source = path.join(dir, 'a', 'pgdata');
    const db = await openDatabase({ pgliteDir: source, schema });
    await seedIfEmpty(db.db, { dataDir: path.join(dir, 'a'), sm4KeyHex: '0123456789abcdeffedcba9876543210' }, { today: '2026-11-27' });
    const before = await checksums(db.db);
    await db.close();
    const file = path.join(dir, 'pglite.tar.gz');
    await backup({ pgliteDir: source }, file);
    const target = path.join(dir, 'b', 'pgdata');
    await restore({ pgliteDir: target }, file);
    const restored = await openDatabase({ pgliteDir: target, schema });
    assert.deepEqual(await checksums(restored.db), before);
    assert.ok(before.find((t) => t.table === 'litigation_cases')!.rows > 50);
    assert.equal((await verifyAuditChain(restored.db)).ok, true);
    await restored.close();
    await assert.rejects(restore({ pgliteDir: target }, file), /不为空/);
  });

  describe('PostgreSQL', { skip: process.env.TEST_DATABASE_URL ? false : '未设置 TEST_DATABASE_URL' }, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness();
    });
    after(() => h?.close());

    it('pg_dump / pg_restore round trip keeps every row of every table', async () => {
      const before = await checksums(h.db);
      const file = path.join(dir, 'pg.dump');
      await backup({ databaseUrl: h.databaseUrl, pgliteDir: '' }, file);
      const url = await h.emptyPostgresDatabase();
      await restore({ databaseUrl: url, pgliteDir: '' }, file);
      const restored = await openDatabase({ databaseUrl: url, pgliteDir: '', schema });
      assert.deepEqual(await checksums(restored.db), before);
      assert.equal((await verifyAuditChain(restored.db)).ok, true);
      await restored.close();
    });
  });
});
