import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './client.js';
import { lockDataDir } from './data-lock.js';

const run = promisify(execFile);

// Both drivers answer raw SQL with { rows }.
export type TableChecksum = { table: string; rows: number; md5: string };

/** Row count and an order-independent checksum of every table, to compare a database before and after a round trip. */
export async function checksums(db: Db): Promise<TableChecksum[]> {
  const tables = rowsOf<{ name: string }>(await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`));
  const out: TableChecksum[] = [];
  for (const { name } of tables) {
    const [r] = rowsOf<{ rows: number; md5: string | null }>(
      await db.execute(sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${sql.identifier(name)} t`),
    );
    out.push({ table: name, rows: r!.rows, md5: r!.md5 ?? '' });
  }
  return out;
}

/**
 * Backs up the database to a file: PostgreSQL through pg_dump (custom format), PGlite as a gzipped tarball of its
 * data directory. The SM4 key file is not included: keep it apart from the data it protects.
 */
export async function backup(target: { databaseUrl?: string; pgliteDir: string }, file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, target.databaseUrl]);
    return;
  }
  const unlock = lockDataDir(target.pgliteDir);
  try {
    const pg = new PGlite(target.pgliteDir);
    try {
      const dump = await pg.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pg.close();
    }
  } finally {
    unlock();
  }
}

/** Restores a backup into an empty target (an empty PGlite directory, or a PostgreSQL database without our tables). */
export async function restore(target: { databaseUrl?: string; pgliteDir: string }, file: string) {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  if (target.databaseUrl) {
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.databaseUrl}`, file]);
    return;
  }
  if (fs.existsSync(target.pgliteDir) && fs.readdirSync(target.pgliteDir).length > 0) {
    throw new Error(`目标数据目录不为空：${target.pgliteDir}（请先移走或换一个 FAZHI_DATA_DIR）`);
  }
  fs.mkdirSync(target.pgliteDir, { recursive: true });
  const unlock = lockDataDir(target.pgliteDir);
  try {
    const pg = new PGlite(target.pgliteDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    await pg.waitReady;
    await pg.close();
  } finally {
    unlock();
  }
}
