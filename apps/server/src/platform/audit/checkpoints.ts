import type { Db } from '../db/client.js';
import type { JobDefinition } from '../jobs/runner.js';
import { appendCheckpoint, type Checkpoint, type CheckpointReason, type CheckpointSet, checkpointSignatureValid, lastCheckpointLine, readCheckpointFile, signCheckpoint } from './checkpoint-file.js';
import { loadCheckpointKeys, readCheckpointPublicKeys } from './keys.js';
import { verifyAuditChain, type VerifyOptions, type VerifyResult } from './service.js';

/** The checkpoint file and the public key that checks it, from the data directory (or a public key given apart). */
export function loadCheckpointSet(dataDir: string, publicKeyHex?: string): CheckpointSet {
  return { entries: readCheckpointFile(dataDir), publicKeys: publicKeyHex ? [publicKeyHex.trim()] : readCheckpointPublicKeys(dataDir) };
}

/** The whole chain against the key and every checkpoint in the data directory. */
export function verifyAuditLog(db: Db, dataDir: string, options: Omit<VerifyOptions, 'checkpoints'> & { publicKey?: string } = {}): Promise<VerifyResult> {
  return verifyAuditChain(db, { ...options, checkpoints: loadCheckpointSet(dataDir, options.publicKey) });
}

export class AuditChainBroken extends Error {}

/**
 * Signs the head and appends it to the checkpoint file. Only a chain that verifies is vouched for: the entries since
 * the previous checkpoint are checked first (a broken chain throws AuditChainBroken and nothing is written). A
 * scheduled checkpoint is skipped when nothing was appended since the previous one. Returns the checkpoint or null.
 */
export async function writeCheckpoint(db: Db, dataDir: string, reason: CheckpointReason, now = new Date()): Promise<Checkpoint | null> {
  const keys = loadCheckpointKeys(dataDir);
  const line = lastCheckpointLine(dataDir);
  const previous = line && 'seq' in line && checkpointSignatureValid(line, keys.publicKey) ? line : null;
  const result = await verifyAuditChain(db, previous ? { from: { seq: previous.seq, hash: previous.hash }, checkpoints: { entries: [previous], publicKeys: [keys.publicKey] } } : {});
  if (!result.ok) throw new AuditChainBroken(`${result.reason}（首个异常序号 ${result.brokenAt}）`);
  if (result.last.seq === 0) return null;
  if (reason === 'scheduled' && previous?.seq === result.last.seq) return null;
  const checkpoint = signCheckpoint({ v: 1, seq: result.last.seq, hash: result.last.hash, at: now.toISOString(), keyedFrom: result.keyedFrom, reason }, keys);
  await appendCheckpoint(dataDir, checkpoint);
  return checkpoint;
}

/** Every `minutes` (FAZHI_AUDIT_CHECKPOINT_MINUTES, 60 by default) one instance signs the head. */
export function auditCheckpointJob(minutes: number): JobDefinition {
  const period = Math.max(1, minutes) * 60_000;
  return {
    kind: 'audit.checkpoint',
    schedule: (now) => [{ key: `audit.checkpoint:${new Date(Math.floor(now.getTime() / period) * period).toISOString()}`, payload: {} }],
    run: async ({ services, now }) => {
      await writeCheckpoint(services.db, services.config.dataDir, 'scheduled', now);
    },
  };
}
