import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { lockDataDir } from './data-lock.js';

export type Engine = 'pglite' | 'postgres';
// The schema object is passed by the caller so that platform code never imports modules.
export type Db = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/** Rows of a raw `db.execute` result: both drivers answer `{ rows }`, typed differently. */
export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export type Database = { db: Db; engine: Engine; close: () => Promise<void> };

/** The committed migrations, found upwards from this module: it runs from src/platform/db (tsx) or bundled in dist/. */
export const migrationsFolder = (() => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return path.join(dir, 'drizzle');
  }
  throw new Error('找不到数据库迁移文件（drizzle/）');
})();

/**
 * Opens PGlite (embedded, default) or a PostgreSQL server, and applies the committed SQL migrations. Each engine's
 * driver is imported only when used: PGlite alone holds ~40 MB that a PostgreSQL deployment never needs.
 * `pgliteArchive` (a PGlite `dumpDataDir` tarball) starts PGlite from a copy of another database: tests use it.
 */
export async function openDatabase(opts: { databaseUrl?: string; pgliteDir: string; pgliteArchive?: Blob; schema: Record<string, unknown> }): Promise<Database> {
  if (opts.databaseUrl) {
    const { default: pg } = await import('pg');
    const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
    const { migrate: migratePg } = await import('drizzle-orm/node-postgres/migrator');
    // JIT off: the indicator aggregates over a year of a province's cases cost ~2M by the planner's estimate, so
    // PostgreSQL spent ~330 ms compiling a query that runs in ~40 ms. Short OLTP queries never repay the compile.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: Number(process.env.FAZHI_PG_POOL ?? 10), options: '-c jit=off' });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
    pool.on('error', (e) => console.error(`数据库连接中断：${e.message}`));
    const db = drizzlePg(pool, { schema: opts.schema }) as unknown as Db;
    // Two instances may start together: one migrates, the other waits on the lock.
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock(7243001)');
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock(7243001)');
      client.release();
    }
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  const onDisk = !opts.pgliteDir.startsWith('memory://');
  if (onDisk) fs.mkdirSync(opts.pgliteDir, { recursive: true });
  const unlock = onDisk ? lockDataDir(opts.pgliteDir) : () => {};
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle: drizzlePglite } = await import('drizzle-orm/pglite');
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    const client = new PGlite(opts.pgliteDir, opts.pgliteArchive ? { loadDataDir: opts.pgliteArchive } : {});
    const db = drizzlePglite(client, { schema: opts.schema }) as unknown as Db;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    return { db, engine: 'pglite', close: () => client.close().finally(unlock) };
  } catch (e) {
    unlock();
    throw e;
  }
}

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
