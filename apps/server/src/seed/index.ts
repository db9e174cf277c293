import { toIsoDate } from '@fazhi/core';
import { count } from 'drizzle-orm';
import type { Config } from '../config.js';
import { loadAuditKey, useAuditKey } from '../platform/audit/keys.js';
import { recordAudit } from '../platform/audit/service.js';
import { PersonalDataCipher } from '../platform/crypto/sm.js';
import { FileStore } from '../platform/files/store.js';
import { modules } from '../modules/index.js';
import type { Db } from '../platform/db/client.js';
import { orgUnits } from '../platform/org/tables.js';
import { seedOrgTree, seedUsers } from './demo-district.js';
import { Random } from './random.js';

export const demoSeed = 20231;

/** Seeds the demo district into an empty database, in one transaction; does nothing if any unit exists. */
export async function seedIfEmpty(db: Db, config: Pick<Config, 'dataDir' | 'sm4KeyHex' | 'auditKeyHex'>, options: { year?: number; today?: string } = {}) {
  const [existing] = await db.select({ n: count() }).from(orgUnits);
  if ((existing?.n ?? 0) > 0) return null;
  const cipher = PersonalDataCipher.fromConfig(config.dataDir, config.sm4KeyHex);
  useAuditKey(loadAuditKey(config.dataDir, config.auditKeyHex)!);
  const year = options.year ?? Number((options.today ?? new Date().toISOString()).slice(0, 4));
  const today = options.today ?? toIsoDate(new Date());
  return db.transaction(async (tx) => {
    const org = await seedOrgTree(tx);
    const users = await seedUsers(tx, org);
    // Each module its own stream (its place in the list), so one module's change leaves the others' data alone.
    const counts: Record<string, number> = {};
    for (const [i, m] of modules.entries()) {
      if (m.seed) Object.assign(counts, await m.seed({ tx, r: new Random(demoSeed + i), org, users, cipher, files: FileStore.inDataDir(config.dataDir), year, today }));
    }
    const summary = Object.entries(counts).map(([k, n]) => `${k}=${n}`);
    await recordAudit(tx, { userId: null, displayName: '系统', ip: null }, { action: 'seed.demo', summary: `示范区演示数据：${summary.join(' ')}` });
    return { org, users, counts };
  });
}
