import { toIsoDate } from '@fazhi/core';
import { count } from 'drizzle-orm';
import type { Config } from '../config.js';
import { recordAudit } from '../platform/audit/service.js';
import { PersonalDataCipher } from '../platform/crypto/sm.js';
import type { Db } from '../platform/db/client.js';
import { orgUnits } from '../platform/org/tables.js';
import { seedLitigation } from '../modules/litigation/seed.js';
import { seedLegalReview } from '../modules/legal-review/seed.js';
import { seedNormativeDocs } from '../modules/normative-docs/seed.js';
import { seedDecisions } from '../modules/decisions/seed.js';
import { seedLegalAdvisers } from '../modules/legal-advisers/seed.js';
import { seedAnnualReports } from '../reports/annual/seed.js';
import { seedOrgTree, seedUsers } from './demo-district.js';
import type { SeedContext } from './context.js';
import { Random } from './random.js';

export const demoSeed = 20231;

/** Seeds the demo district into an empty database, in one transaction; does nothing if any unit exists. */
export async function seedIfEmpty(db: Db, config: Pick<Config, 'dataDir' | 'sm4KeyHex'>, options: { year?: number; today?: string } = {}) {
  const [existing] = await db.select({ n: count() }).from(orgUnits);
  if ((existing?.n ?? 0) > 0) return null;
  const cipher = PersonalDataCipher.fromConfig(config.dataDir, config.sm4KeyHex);
  const r = new Random(demoSeed);
  const year = options.year ?? Number((options.today ?? new Date().toISOString()).slice(0, 4));
  return db.transaction(async (tx) => {
    const org = await seedOrgTree(tx);
    const users = await seedUsers(tx, org);
    const litigation = await seedLitigation(tx, r, org, cipher, year, options.today);
    // Reviews first: documents and decisions link their own review requests, the advisers' log links reviews.
    const today = options.today ?? toIsoDate(new Date());
    const context = (offset: number): SeedContext => ({ tx, r: new Random(demoSeed + offset), org, users, cipher, year, today });
    const legalReview = await seedLegalReview(context(1));
    const normativeDocs = await seedNormativeDocs(context(2));
    const decisions = await seedDecisions(context(3));
    const legalAdvisers = await seedLegalAdvisers(context(4));
    await seedAnnualReports(tx, org, year);
    const counts = Object.entries({ ...legalReview, ...normativeDocs, ...decisions, ...legalAdvisers }).map(([k, n]) => `${k}=${n}`);
    await recordAudit(tx, { userId: null, displayName: '系统', ip: null }, { action: 'seed.demo', summary: `示范区演示数据：诉讼案件${litigation.cases}件 ${counts.join(' ')}`.trim() });
    return { org, users, litigation, legalReview, normativeDocs, decisions, legalAdvisers };
  });
}
