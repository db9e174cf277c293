import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sm2KeyPair, sm2PublicKeyOf, type Sm2KeyPair } from '../crypto/sm.js';

/**
 * The audit log's two keys, both outside the database (a database writer must not hold them):
 *   keys/audit.key                 HMAC-SM3 key of the chain (64 hex), or FAZHI_AUDIT_KEY
 *   keys/audit-checkpoint.key/.pub SM2 key pair that signs checkpoints of the chain's head
 * Each is created on first start with mode 0600, as the SM4 key is.
 */
export const auditKeyFiles = (dataDir: string) => ({
  chain: path.join(dataDir, 'keys', 'audit.key'),
  checkpointPrivate: path.join(dataDir, 'keys', 'audit-checkpoint.key'),
  checkpointPublic: path.join(dataDir, 'keys', 'audit-checkpoint.pub'),
});

const chainKeyPattern = /^[0-9a-f]{64}$/i;

function writeSecret(file: string, content: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // 'wx': two instances starting together on a shared directory must not overwrite each other's key.
  try {
    fs.writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/**
 * The chain key: FAZHI_AUDIT_KEY, else the key file (created when `create` and absent). Returns null when there is
 * none and none may be created (the verify command never invents a key).
 */
export function loadAuditKey(dataDir: string, keyHex?: string, options: { create?: boolean } = {}): string | null {
  const key = keyHex ?? readKeyFile(auditKeyFiles(dataDir).chain, options.create !== false ? () => randomBytes(32).toString('hex') : null);
  if (key === null) return null;
  if (!chainKeyPattern.test(key)) throw new Error('审计日志密钥须为 64 个十六进制字符（256 位）');
  return key.toLowerCase();
}

function readKeyFile(file: string, make: (() => string) | null): string | null {
  if (!fs.existsSync(file)) {
    if (!make) return null;
    writeSecret(file, make());
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** The SM2 key pair that signs checkpoints; created on first start (private 0600, public beside it). */
export function loadCheckpointKeys(dataDir: string): Sm2KeyPair {
  const files = auditKeyFiles(dataDir);
  if (!fs.existsSync(files.checkpointPrivate)) writeSecret(files.checkpointPrivate, sm2KeyPair().privateKey);
  const privateKey = fs.readFileSync(files.checkpointPrivate, 'utf8').trim();
  const publicKey = sm2PublicKeyOf(privateKey);
  // Signing uses the key derived from the private one; the file is for those who verify (here or elsewhere), and
  // one that disagrees is left for verification to report rather than silently replaced.
  if (!fs.existsSync(files.checkpointPublic)) fs.writeFileSync(files.checkpointPublic, publicKey, { mode: 0o644 });
  return { privateKey, publicKey };
}

/**
 * The public keys that check checkpoints: the current `audit-checkpoint.pub` and any retired one kept beside it as
 * `audit-checkpoint-<anything>.pub` after a rotation, so that older lines still verify.
 */
export function readCheckpointPublicKeys(dataDir: string): string[] {
  const dir = path.dirname(auditKeyFiles(dataDir).checkpointPublic);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^audit-checkpoint.*\.pub$/.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim());
}

// One process serves one data directory, so one chain key: set at start by the app, the seed or the CLI. Passing
// it down to the ~70 places that append audit entries would thread a secret through every service for nothing.
let current: string | null = null;

export function useAuditKey(keyHex: string) {
  current = keyHex;
}

export function currentAuditKey(): string {
  if (!current) throw new Error('审计日志密钥未加载（FAZHI_AUDIT_KEY 或数据目录中的 keys/audit.key）');
  return current;
}
