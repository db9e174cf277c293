import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../../apps/server/src/platform/db/data-lock.js';
import pg from 'pg';

export type EngineName = 'pglite' | 'postgres';

/**
 * Where a benchmark database lives. `dataDir` is also the server's FAZHI_DATA_DIR (PGlite keeps `pgdata/` in it);
 * for PostgreSQL it only holds the marker file describing what was generated.
 */
export type Target = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; dataDir: string; url: string };

export const pgliteDirOf = (dataDir: string) => path.join(dataDir, 'pgdata');

/** Only databases with this prefix are ever created or dropped by the bench. */
export const benchDatabasePrefix = 'fazhi_bench';

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function assertBenchDatabase(name: string) {
  if (!/^[a-z0-9_]+$/.test(name) || !name.startsWith(benchDatabasePrefix)) {
    throw new Error(`refusing to create or drop database "${name}": bench databases must be named ${benchDatabasePrefix}* (lower case, digits, _)`);
  }
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  // CREATE/DROP DATABASE cannot run inside the target database itself.
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = databaseNameOf(url);
  return withAdmin(url, async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** Drops (if present) and creates the database named in the URL, optionally as a copy of a template database. */
export async function recreateDatabase(url: string, template?: string): Promise<void> {
  const name = databaseNameOf(url);
  assertBenchDatabase(name);
  if (template) assertBenchDatabase(template);
  await withAdmin(url, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  });
}

/** Empties a data directory, but only one the bench made (it holds our marker) or an empty one. */
export function resetDataDir(dir: string, marker: string): void {
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length > 0 && !entries.includes(marker)) {
      throw new Error(`refusing to wipe ${dir}: it is not empty and holds no ${marker} (not made by the bench)`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
}

export type Rows = Record<string, unknown>[];

/** Raw SQL straight through the driver, bypassing Drizzle and the server: the baseline the API is compared with. */
export type SqlClient = {
  query: (text: string, values?: unknown[]) => Promise<Rows>;
  close: () => Promise<void>;
};

export async function openSqlClient(target: Target, poolSize: number): Promise<SqlClient> {
  if (target.engine === 'postgres') {
    // The server's pool turns JIT off (platform/db/client.ts); the raw baseline runs under the same setting.
    const pool = new pg.Pool({ connectionString: target.url, max: poolSize, options: '-c jit=off' });
    return {
      query: async (text, values) => (await pool.query(text, values)).rows as Rows,
      close: () => pool.end(),
    };
  }
  // PGlite is single-process: the server's lock makes this fail at once if a server still holds the directory.
  const unlock = lockDataDir(pgliteDirOf(target.dataDir));
  const db = new PGlite(pgliteDirOf(target.dataDir));
  return {
    query: async (text, values) => (await db.query<Record<string, unknown>>(text, values)).rows,
    close: () => db.close().finally(unlock),
  };
}
