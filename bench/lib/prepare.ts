import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { useAuditKey } from '../../apps/server/src/platform/audit/keys.js';
import { recordAudit } from '../../apps/server/src/platform/audit/service.js';
import { PersonalDataCipher } from '../../apps/server/src/platform/crypto/sm.js';
import { migrationsFolder, openDatabase } from '../../apps/server/src/platform/db/client.js';
import * as schema from '../../apps/server/src/schema.js';
import { Random } from '../../apps/server/src/seed/random.js';
import { dataGenerators, type DataContext } from '../data/index.js';
import { seedPlatform } from '../data/platform.js';
import { benchAuditKey, benchDir, benchSm4Key, repoRoot, workDir } from './paths.js';
import { databaseExists, databaseNameOf, pgliteDirOf, recreateDatabase, resetDataDir, withDatabase, type Target } from './target.js';

/** Written last into the data directory: its presence means the data set is complete and says what it holds. */
export const markerFile = 'bench-data.json';

export type Prepared = {
  dataVersion: string;
  engine: Target['engine'];
  scale: number;
  databaseUrl?: string;
  years: number[];
  asOf: string;
  rows: Record<string, number>;
  seconds: number;
  createdAt: string;
};

/** The newest data year is fixed, so the same scale always yields the same records whatever the date. */
export const lastDataYear = 2025;

export function yearsFor(scale: number): number[] {
  const n = Math.min(5, Math.max(1, Math.floor(scale)));
  return Array.from({ length: n }, (_, i) => lastDataYear - n + 1 + i);
}

/** A hash of what shapes the data (generators, this file, migrations, the demo seed): a change invalidates prepared sets. */
export function dataVersion(): string {
  const files = [
    ...fs.readdirSync(path.join(benchDir, 'data')).map((f) => path.join(benchDir, 'data', f)),
    path.join(benchDir, 'lib', 'prepare.ts'),
    ...fs
      .readdirSync(migrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => path.join(migrationsFolder, f)),
    path.join(repoRoot, 'apps/server/src/seed/demo-district.ts'),
    path.join(repoRoot, 'apps/server/src/seed/people.ts'),
  ].sort();
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(repoRoot, f)).update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** mulberry32 output turned into RFC 4122 v4 UUIDs: deterministic ids for deterministic data. */
function uuidStream(seed: number): () => string {
  const r = new Random(seed);
  return () => {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(r.next() * 0x1_0000_0000)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

function seedOf(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32LE(0);
}

export type Log = (line: string) => void;

/** Creates a fresh database at the target, migrates it, seeds the demo org tree and users, then every module's data. */
export async function prepareData(target: Target, scale: number, log: Log, batchSize = 1000): Promise<Prepared> {
  const started = performance.now();
  resetDataDir(target.dataDir, markerFile);
  if (target.engine === 'postgres') await recreateDatabase(target.url);
  const database = await openDatabase({
    databaseUrl: target.engine === 'postgres' ? target.url : undefined,
    pgliteDir: pgliteDirOf(target.dataDir),
    schema: schema as unknown as Record<string, unknown>,
  });
  const years = yearsFor(scale);
  const asOf = `${lastDataYear}-12-31`;
  const cipher = new PersonalDataCipher(benchSm4Key);
  useAuditKey(benchAuditKey);
  const rows: Record<string, number> = {};
  const insertMs: Record<string, number> = {};
  try {
    const org = await database.db.transaction(async (tx) => {
      const org = await seedPlatform(tx, scale, years.length);
      await recordAudit(tx, { userId: null, displayName: '系统', ip: null }, { action: 'seed.bench', summary: `基准测试数据：规模 ${scale}` });
      return org;
    });
    log(`  platform: ${org.allSubdistricts.length} 街道, ${org.communities.length} 村(社区), ${org.users.size} users`);
    for (const generator of dataGenerators) {
      const t0 = performance.now();
      const before = { ...rows };
      await database.db.transaction(async (tx) => {
        const ctx: DataContext = {
          tx,
          scale,
          years,
          asOf,
          org,
          cipher,
          random: new Random(seedOf(`${generator.module}:${scale}`)),
          newId: uuidStream(seedOf(`${generator.module}:ids:${scale}`)),
          insert: async <T extends PgTable>(table: T, values: T['$inferInsert'][]) => {
            const name = getTableName(table);
            const t = performance.now();
            for (let i = 0; i < values.length; i += batchSize) {
              await tx.insert(table).values(values.slice(i, i + batchSize));
            }
            rows[name] = (rows[name] ?? 0) + values.length;
            insertMs[name] = (insertMs[name] ?? 0) + (performance.now() - t);
          },
        };
        await generator.generate(ctx);
      });
      const seconds = (performance.now() - t0) / 1000;
      const added = Object.entries(rows)
        .map(([t, n]) => [t, n - (before[t] ?? 0)] as const)
        .filter(([, n]) => n > 0);
      const total = added.reduce((s, [, n]) => s + n, 0);
      log(`  ${generator.module}: ${total.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en')} rows/s incl. generation)`);
      for (const [t, n] of added)
        log(
          `    ${t.padEnd(26)} ${String(n).padStart(8)} rows  ${Math.round(n / ((insertMs[t] ?? 1) / 1000))
            .toLocaleString('en')
            .padStart(9)} rows/s insert`,
        );
    }
    // Statistics, hint bits and visibility maps, as autovacuum would give a long-running PostgreSQL
    // (PGlite has no autovacuum; see README).
    await database.db.execute(sql`vacuum analyze`);
  } finally {
    await database.close();
  }
  const prepared: Prepared = {
    dataVersion: dataVersion(),
    engine: target.engine,
    scale,
    ...(target.engine === 'postgres' ? { databaseUrl: target.url } : {}),
    years,
    asOf,
    rows,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    createdAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(target.dataDir, markerFile), `${JSON.stringify(prepared, null, 2)}\n`);
  return prepared;
}

/** The prepared data set at a target, if it is complete, of this scale, and made by the current generators. */
export async function findPrepared(target: Target, scale: number): Promise<Prepared | null> {
  const file = path.join(target.dataDir, markerFile);
  if (!fs.existsSync(file)) return null;
  const prepared = JSON.parse(fs.readFileSync(file, 'utf8')) as Prepared;
  if (prepared.dataVersion !== dataVersion() || prepared.scale !== scale || prepared.engine !== target.engine) return null;
  if (target.engine === 'postgres' && (prepared.databaseUrl !== target.url || !(await databaseExists(target.url)))) return null;
  return prepared;
}

/** Default homes of prepared data: a data dir per scale, and for PostgreSQL a database per scale. */
export function defaultTarget(engine: Target['engine'], scale: number, postgresUrl: string): Target {
  const tag = `s${String(scale).replace('.', '_')}`;
  if (engine === 'pglite') return { engine, dataDir: path.join(workDir, `pglite-${tag}`) };
  // Named like `npm run bench:data -- --database-url …/fazhi_bench_sN` names it, so either finds the other's data.
  const name = `fazhi_bench_${tag}`;
  return { engine, dataDir: path.join(workDir, `postgres-${name}`), url: withDatabase(postgresUrl, name) };
}

/**
 * A throw-away copy of a prepared data set for one run, so that the writes of one run (created cases, fired
 * transitions, sessions, audit entries) never leak into the next: a directory copy for PGlite, and
 * CREATE DATABASE … TEMPLATE for PostgreSQL.
 */
export async function runCopyOf(template: Target): Promise<Target> {
  const dataDir = `${template.dataDir}-run`;
  resetDataDir(dataDir, markerFile);
  fs.cpSync(template.dataDir, dataDir, { recursive: true });
  if (template.engine === 'pglite') return { engine: 'pglite', dataDir };
  const url = withDatabase(template.url, `${databaseNameOf(template.url)}_run`);
  await recreateDatabase(url, databaseNameOf(template.url));
  return { engine: 'postgres', dataDir, url };
}
