import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { testAuditKey } from '../../../test/template.js';
import { hmacSm3Hex, sm2KeyPair, sm3Hex } from '../crypto/sm.js';
import { runDueJobs } from '../jobs/runner.js';
import { checkpointFile, checkpointSignatureValid, readCheckpointFile, type Checkpoint } from './checkpoint-file.js';
import { AuditChainBroken, auditCheckpointJob, verifyAuditLog, writeCheckpoint } from './checkpoints.js';
import { auditKeyFiles, readCheckpointPublicKeys } from './keys.js';
import { genesisHash, hashedText, keyedMarkerAction, recordAudit, upgradeAuditChain, type VerifyResult } from './service.js';
import { auditHead, auditLog } from './tables.js';

type Row = typeof auditLog.$inferSelect;

/** Each attack that a database writer (without the key files) can mount must be named at the right entry. */
describe('audit log against a database writer', () => {
  let h: Harness;
  let dataDir: string;
  before(async () => {
    h = await startHarness({ seed: false });
    dataDir = h.config.dataDir;
  });
  after(() => h.close());

  // A fresh chain (and checkpoint file) for each case.
  beforeEach(async () => {
    await h.db.delete(auditLog);
    await h.db.delete(auditHead);
    fs.rmSync(checkpointFile(dataDir), { force: true });
  });

  const write = async (n: number, from = 1) => {
    for (let i = from; i < from + n; i++) {
      await h.db.transaction((tx) => recordAudit(tx, { userId: null, displayName: '测试员', ip: '10.0.0.1' }, { action: 'test', entityType: 'case', entityId: `c${i}`, summary: `第${i}条` }));
    }
  };
  const rows = () => h.db.select().from(auditLog).orderBy(asc(auditLog.seq));
  const verify = () => verifyAuditLog(h.db, dataDir);
  const brokenAt = (r: VerifyResult) => (r.ok ? null : r.brokenAt);

  /** What someone with write access but no key can do: recompute every hash from `from` on with plain SM3 (or a guessed key). */
  async function recomputeWithoutKey(from: number, hash: (text: string) => string = sm3Hex) {
    const all = await rows();
    let prev = all.find((r) => r.seq === from - 1)?.hash ?? genesisHash;
    for (const r of all.filter((x) => x.seq >= from)) {
      const next = { ...r, prevHash: prev };
      const h2 = hash(hashedText(next));
      await h.db.update(auditLog).set({ prevHash: prev, hash: h2 }).where(eq(auditLog.seq, r.seq));
      prev = h2;
    }
    const last = all.at(-1)!;
    await h.db.update(auditHead).set({ lastSeq: last.seq, lastHash: prev }).where(eq(auditHead.id, 1));
  }

  it('a clean chain verifies, with its checkpoints', async () => {
    await write(6);
    const c = await writeCheckpoint(h.db, dataDir, 'manual');
    assert.equal(c?.seq, 6);
    await write(2, 7);
    const r = await verify();
    assert.deepEqual(r.ok && { checked: r.checked, checkpoints: r.checkpoints, keyedFrom: r.keyedFrom }, { checked: 8, checkpoints: 1, keyedFrom: 1 });
  });

  it('altering a row is named at that row', async () => {
    await write(6);
    await h.db.update(auditLog).set({ summary: '被篡改' }).where(eq(auditLog.seq, 3));
    const r = await verify();
    assert.equal(brokenAt(r), 3);
    assert.match(!r.ok ? r.reason : '', /第 3 条记录内容被改动/);
  });

  it('an altered row with every later hash and the head recomputed without the key is named at that row', async () => {
    await write(6);
    await h.db.update(auditLog).set({ actorName: '他人' }).where(eq(auditLog.seq, 3));
    await recomputeWithoutKey(3);
    assert.equal(brokenAt(await verify()), 3);
    // A guessed key does no better.
    await recomputeWithoutKey(3, (text) => hmacSm3Hex('11'.repeat(32), text));
    assert.equal(brokenAt(await verify()), 3);
    // With the key it would pass: the key, not the algorithm, is what protects the chain.
    await recomputeWithoutKey(3, (text) => hmacSm3Hex(testAuditKey, text));
    assert.equal((await verify()).ok, true);
  });

  it('the whole chain rewritten as an unkeyed one (head says "never keyed") is refused', async () => {
    await write(4);
    await recomputeWithoutKey(1);
    await h.db.update(auditHead).set({ keyedFrom: null });
    const r = await verify();
    assert.equal(brokenAt(r), 1);
    assert.match(!r.ok ? r.reasonEn : '', /not keyed/);
  });

  it('deleting the newest entries after a checkpoint is named, even with the head moved back', async () => {
    await write(8);
    await writeCheckpoint(h.db, dataDir, 'scheduled');
    const all = await rows();
    await h.db.delete(auditLog).where(sql`${auditLog.seq} > 6`);
    await h.db.update(auditHead).set({ lastSeq: 6, lastHash: all[5]!.hash });
    const r = await verify();
    assert.equal(brokenAt(r), 7);
    assert.match(!r.ok ? r.reason : '', /第 7 条及之后的记录被删除（.*检查点记录到第 8 条）/);
    // Without the checkpoint the same truncation is invisible: that is what the checkpoint is for.
    fs.rmSync(checkpointFile(dataDir));
    assert.equal((await verify()).ok, true);
  });

  it('deleting entries and appending others in their place after a checkpoint is named', async () => {
    await write(5);
    await writeCheckpoint(h.db, dataDir, 'manual');
    await h.db.delete(auditLog).where(eq(auditLog.seq, 5));
    await h.db.update(auditHead).set({ lastSeq: 4, lastHash: (await rows())[3]!.hash });
    await write(2, 100); // the application goes on writing: 5 and 6 are new entries
    const r = await verify();
    assert.equal(brokenAt(r), 5);
    assert.match(!r.ok ? r.reason : '', /检查点不符/);
  });

  it('reordering two entries is named at the first of them, with or without recomputed hashes', async () => {
    await write(6);
    const swap = async () => {
      await h.db.update(auditLog).set({ seq: -3 }).where(eq(auditLog.seq, 3));
      await h.db.update(auditLog).set({ seq: 3 }).where(eq(auditLog.seq, 4));
      await h.db.update(auditLog).set({ seq: 4 }).where(eq(auditLog.seq, -3));
    };
    await swap();
    assert.equal(brokenAt(await verify()), 3);
    await recomputeWithoutKey(3);
    assert.equal(brokenAt(await verify()), 3);
  });

  it('a checkpoint is signed with SM2 and checked with the public key; an edited line or another key fails', async () => {
    await write(3);
    await writeCheckpoint(h.db, dataDir, 'manual');
    const [publicKey] = readCheckpointPublicKeys(dataDir) as [string];
    assert.equal(fs.readFileSync(auditKeyFiles(dataDir).checkpointPublic, 'utf8').trim(), publicKey);
    assert.equal(fs.statSync(auditKeyFiles(dataDir).checkpointPrivate).mode & 0o777, 0o600);
    const [c] = readCheckpointFile(dataDir) as Checkpoint[];
    assert.ok(checkpointSignatureValid(c!, publicKey));
    assert.equal(checkpointSignatureValid({ ...c!, seq: 2 }, publicKey), false);
    assert.equal((await verifyAuditLog(h.db, dataDir, { publicKey: sm2KeyPair().publicKey })).ok, false, 'another public key');
    // A writer who could also edit the file still cannot make its line agree with a shorter chain.
    fs.writeFileSync(checkpointFile(dataDir), `${JSON.stringify({ ...c, seq: 2, hash: (await rows())[1]!.hash })}\n`);
    const r = await verify();
    assert.equal(brokenAt(r), 2);
    assert.match(!r.ok ? r.reason : '', /签名无效/);
    fs.appendFileSync(checkpointFile(dataDir), 'not json\n');
    assert.equal((await verify()).ok, false);
  });

  it('after the checkpoint key is rotated, lines signed with the retired key still verify beside the new ones', async () => {
    await write(2);
    await writeCheckpoint(h.db, dataDir, 'manual');
    const files = auditKeyFiles(dataDir);
    // Rotation: the private key goes (archived offline), its public key stays under another name.
    fs.rmSync(files.checkpointPrivate);
    fs.renameSync(files.checkpointPublic, files.checkpointPublic.replace('.pub', '-2026-11.pub'));
    await write(1, 3);
    await writeCheckpoint(h.db, dataDir, 'manual');
    assert.equal(readCheckpointPublicKeys(dataDir).length, 2);
    const r = await verify();
    assert.deepEqual(r.ok && r.checkpoints, 2);
    // Without the retired key the older line no longer verifies: keep it.
    fs.rmSync(files.checkpointPublic.replace('.pub', '-2026-11.pub'));
    assert.match((await verify()).ok ? '' : 'bad', /bad/);
    fs.rmSync(files.checkpointPrivate);
    fs.rmSync(files.checkpointPublic);
  });

  it('refuses to sign a chain that does not verify', async () => {
    await write(4);
    await writeCheckpoint(h.db, dataDir, 'manual');
    await write(2, 5);
    await h.db.update(auditLog).set({ summary: '改' }).where(eq(auditLog.seq, 5));
    await assert.rejects(writeCheckpoint(h.db, dataDir, 'manual'), (e) => e instanceof AuditChainBroken && /首个异常序号 5/.test(e.message));
    assert.equal(readCheckpointFile(dataDir).length, 1);
  });

  it('the scheduled job signs the head once per period and skips a period with nothing new', async () => {
    await write(3);
    const job = [auditCheckpointJob(60)];
    await runDueJobs(h.app.services, job, new Date('2026-11-27T01:10:00Z'));
    await runDueJobs(h.app.services, job, new Date('2026-11-27T01:50:00Z'));
    assert.equal(readCheckpointFile(dataDir).length, 1);
    await runDueJobs(h.app.services, job, new Date('2026-11-27T02:10:00Z'));
    assert.equal(readCheckpointFile(dataDir).length, 1, 'nothing new: no line');
    await write(1, 4);
    await runDueJobs(h.app.services, job, new Date('2026-11-27T03:10:00Z'));
    assert.deepEqual(
      (readCheckpointFile(dataDir) as Checkpoint[]).map((c) => [c.seq, c.reason, c.at]),
      [
        [3, 'scheduled', '2026-11-27T01:10:00.000Z'],
        [4, 'scheduled', '2026-11-27T03:10:00.000Z'],
      ],
    );
  });

  describe('a chain begun before the key', () => {
    /** Entries as releases before the key wrote them: plain SM3, no keyedFrom in the head. */
    async function legacy(n: number) {
      let prev = genesisHash;
      const out: Row[] = [];
      for (let seq = 1; seq <= n; seq++) {
        const r = { seq, at: new Date(), actorId: null, actorName: '旧版', ip: null, action: 'test', entityType: null, entityId: null, summary: `旧${seq}`, changes: null, prevHash: prev };
        prev = sm3Hex(hashedText(r));
        out.push({ ...r, hash: prev });
      }
      await h.db.insert(auditLog).values(out);
      await h.db.insert(auditHead).values({ id: 1, lastSeq: n, lastHash: prev, keyedFrom: null });
    }

    it('is refused until upgraded; the upgrade appends a keyed marker that anchors the old entries', async () => {
      await legacy(4);
      const before = await verify();
      assert.equal(brokenAt(before), 1);
      assert.match(!before.ok ? before.reasonEn : '', /not keyed/);
      assert.equal(await upgradeAuditChain(h.db), 5);
      assert.equal(await upgradeAuditChain(h.db), null, 'once');
      await write(2, 6);
      const r = await verify();
      assert.deepEqual(r.ok && [r.checked, r.keyedFrom], [7, 5]);
      const [marker] = await h.db.select().from(auditLog).where(eq(auditLog.seq, 5));
      assert.equal(marker!.action, keyedMarkerAction);
    });

    it('a first write upgrades it too', async () => {
      await legacy(2);
      await write(1, 3);
      const all = await rows();
      assert.deepEqual(
        all.map((r) => r.action),
        ['test', 'test', keyedMarkerAction, 'test'],
      );
      assert.equal((await verify()).ok, true);
    });

    it('an old entry rewritten after the upgrade is named, even with the old part recomputed', async () => {
      await legacy(4);
      await upgradeAuditChain(h.db);
      await writeCheckpoint(h.db, dataDir, 'upgrade');
      await h.db.update(auditLog).set({ summary: '改' }).where(eq(auditLog.seq, 2));
      assert.equal(brokenAt(await verify()), 2);
      // Recomputing the old (unkeyed) part cannot reach the keyed marker, which covers the old head's hash.
      let prev = genesisHash;
      for (const r of (await rows()).filter((x) => x.seq < 5)) {
        const hash = sm3Hex(hashedText({ ...r, prevHash: prev }));
        await h.db.update(auditLog).set({ prevHash: prev, hash }).where(eq(auditLog.seq, r.seq));
        prev = hash;
      }
      assert.equal(brokenAt(await verify()), 5);
    });

    it('moving the start of the keyed part is named', async () => {
      await legacy(3);
      await upgradeAuditChain(h.db);
      await write(2, 5);
      // Claim the keyed part starts later, so that the marker and one more entry "need no key".
      await h.db.update(auditHead).set({ keyedFrom: 6 });
      assert.equal((await verify()).ok, false);
      await h.db.update(auditHead).set({ keyedFrom: 1 });
      assert.equal(brokenAt(await verify()), 1);
    });
  });
});
