// The demo district seeded once per test run into a template that every test file copies: a PGlite data-directory
// archive, or a PostgreSQL database cloned with CREATE DATABASE … TEMPLATE. scripts/test.mjs builds it before the
// test runner starts and drops it afterwards (`tsx apps/server/test/template.ts build|drop <dir>`); the directory
// reaches the test files as FAZHI_TEST_TEMPLATE. Without it (a file run directly) each file seeds its own district.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/platform/db/client.js';
import * as schema from '../src/schema.js';
import { seedIfEmpty } from '../src/seed/index.js';

export const testSm4Key = '0123456789abcdeffedcba9876543210';
/** The audit chain key of every test district, so that the template's entries verify in each copy. */
export const testAuditKey = 'a0d17c4a1ba1e0f7e5ed0000000000000000000000000000000000000000000a';
/** The fixed "today" of the seeded district, so dates in assertions do not drift. */
export const testToday = '2026-11-27';

export type Seeded = NonNullable<Awaited<ReturnType<typeof seedIfEmpty>>>;
type Manifest = { today: string; seeded: Seeded; database?: string };

// The seed result holds Maps (unit and user ids by name), which JSON does not keep.
const toJson = (value: unknown) => JSON.stringify(value, (_k, v) => (v instanceof Map ? { $map: [...v] } : v));
const fromJson = <T>(text: string): T => JSON.parse(text, (_k, v) => (v && typeof v === 'object' && '$map' in v ? new Map(v.$map) : v));

const manifestFile = (dir: string, engine: 'pglite' | 'postgres') => path.join(dir, `${engine}.json`);
const archiveFile = (dir: string) => path.join(dir, 'pglite.tar');

export function databaseUrlNamed(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** The template this run built for the engine in use, or null when the file seeds its own district. */
export function findTemplate(postgresUrl: string | undefined) {
  const dir = process.env.FAZHI_TEST_TEMPLATE;
  if (!dir) return null;
  const file = manifestFile(dir, postgresUrl ? 'postgres' : 'pglite');
  if (!fs.existsSync(file)) throw new Error(`FAZHI_TEST_TEMPLATE=${dir} has no ${path.basename(file)}: build it with scripts/test.mjs`);
  const manifest = fromJson<Manifest>(fs.readFileSync(file, 'utf8'));
  return { ...manifest, pgliteArchive: postgresUrl ? undefined : new Blob([fs.readFileSync(archiveFile(dir))]) };
}

async function build(dir: string, postgresUrl: string | undefined) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-template-data-'));
  const database = postgresUrl ? `fazhi_tpl_${randomUUID().replaceAll('-', '').slice(0, 16)}` : undefined;
  if (database) await adminQuery(postgresUrl!, `create database ${database}`);
  // Written first, so that `drop` finds the database even when seeding fails.
  const manifest = (seeded?: Seeded) => fs.writeFileSync(manifestFile(dir, database ? 'postgres' : 'pglite'), toJson({ today: testToday, seeded, database }));
  manifest();
  const opened = await openDatabase({ databaseUrl: database && databaseUrlNamed(postgresUrl!, database), pgliteDir: 'memory://', schema });
  try {
    const seeded = await seedIfEmpty(opened.db, { dataDir, sm4KeyHex: testSm4Key, auditKeyHex: testAuditKey }, { today: testToday });
    if (!seeded) throw new Error('the template database was not empty');
    if (!database) fs.writeFileSync(archiveFile(dir), Buffer.from(await (await (opened.db as unknown as { $client: PGlite }).$client.dumpDataDir('none')).arrayBuffer()));
    manifest(seeded);
  } finally {
    await opened.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  // No one connects to the template by mistake: a connection would make every copy of it fail.
  if (database) await adminQuery(postgresUrl!, `alter database ${database} with allow_connections false`);
}

async function drop(dir: string, postgresUrl: string | undefined) {
  const file = manifestFile(dir, 'postgres');
  if (postgresUrl && fs.existsSync(file)) await adminQuery(postgresUrl, `drop database if exists ${fromJson<Manifest>(fs.readFileSync(file, 'utf8')).database}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [command, dir] = process.argv.slice(2);
  if (!dir || (command !== 'build' && command !== 'drop')) throw new Error('usage: template.ts build|drop <dir>');
  await (command === 'build' ? build : drop)(dir, process.env.TEST_DATABASE_URL || undefined);
}
