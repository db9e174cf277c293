import fs from 'node:fs';
import path from 'node:path';
import { sm2Sign, sm2Verify, type Sm2KeyPair } from '../crypto/sm.js';
import { canonicalJson } from './canonical-json.js';

/**
 * A checkpoint: the chain's head (sequence, hash) at a moment, signed with SM2 by a key outside the database and
 * appended as one JSON line to `<data>/audit/checkpoints.jsonl`. A database writer can rewrite rows and move the
 * head back, but cannot make the chain agree with a checkpoint it cannot sign.
 */
export type Checkpoint = {
  v: 1;
  seq: number;
  hash: string;
  at: string;
  /** The head's keyedFrom when signed, so the keyed part of the chain cannot later be made to start elsewhere. */
  keyedFrom: number | null;
  reason: CheckpointReason;
  signature: string;
};
export type CheckpointReason = 'scheduled' | 'manual' | 'upgrade';

/** A line that is not a checkpoint is kept (by its line number) so that verification can name it. */
export type CheckpointLine = Checkpoint | { line: number };
/** The lines, and the public keys that may have signed them (the current one and any retired ones). */
export type CheckpointSet = { entries: CheckpointLine[]; publicKeys: string[] };

export const checkpointFile = (dataDir: string) => path.join(dataDir, 'audit', 'checkpoints.jsonl');

function signedText(c: Omit<Checkpoint, 'signature'>): string {
  return canonicalJson({ v: c.v, seq: c.seq, hash: c.hash, at: c.at, keyedFrom: c.keyedFrom, reason: c.reason });
}

export function signCheckpoint(c: Omit<Checkpoint, 'signature'>, keys: Sm2KeyPair): Checkpoint {
  return { ...c, signature: sm2Sign(signedText(c), keys) };
}

export function checkpointSignatureValid(c: Checkpoint, publicKey: string | string[]): boolean {
  return (Array.isArray(publicKey) ? publicKey : [publicKey]).some((k) => sm2Verify(signedText(c), c.signature, k));
}

function parse(text: string, line: number): CheckpointLine {
  try {
    const c = JSON.parse(text) as Partial<Checkpoint>;
    const ok =
      c.v === 1 &&
      Number.isSafeInteger(c.seq) &&
      typeof c.hash === 'string' &&
      typeof c.at === 'string' &&
      (c.keyedFrom === null || Number.isSafeInteger(c.keyedFrom)) &&
      typeof c.reason === 'string' &&
      typeof c.signature === 'string';
    return ok ? (c as Checkpoint) : { line };
  } catch {
    return { line };
  }
}

/** Every line of the checkpoint file, in the order written; none when there is no file yet. */
export function readCheckpointFile(dataDir: string): CheckpointLine[] {
  const file = checkpointFile(dataDir);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => l.text.trim() !== '')
    .map((l) => parse(l.text, l.line));
}

/** The newest line of the file (read from its end), or null. */
export function lastCheckpointLine(dataDir: string): CheckpointLine | null {
  const file = checkpointFile(dataDir);
  if (!fs.existsSync(file)) return null;
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, 16 * 1024);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, size - length);
    const lines = buffer
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const text = lines.at(-1);
    return text === undefined ? null : parse(text, 0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Appends one line (flag 'a': the file is only ever added to) and flushes it to disk before returning. */
export async function appendCheckpoint(dataDir: string, c: Checkpoint): Promise<void> {
  const file = checkpointFile(dataDir);
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const handle = await fs.promises.open(file, 'a', 0o600);
  try {
    await handle.write(`${JSON.stringify(c)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
