import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import * as schema from '../src/schema.js';
import { demoPassword } from '../src/seed/demo-district.js';
import { seedIfEmpty } from '../src/seed/index.js';
import { adminQuery, databaseUrlNamed, findTemplate, testAuditKey, testSm4Key, testToday } from './template.js';

// biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field; typing each endpoint here would only repeat the contracts.
export type Response = { status: number; body: any; headers: Record<string, unknown> };

/**
 * A fresh platform per test file: in-memory PGlite, or a new database on the server named by TEST_DATABASE_URL.
 * The demo district is a copy of the run's seeded template (template.ts) when there is one, else seeded here, with a
 * fixed "today" so dates in assertions do not drift.
 */
export async function startHarness(options: { seed?: boolean; today?: string; loginRateLimit?: number } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-test-'));
  // Tests log in far more often than people do; the rate-limit test sets its own limit.
  const config = { ...loadConfig({}), dataDir, sm4KeyHex: testSm4Key, auditKeyHex: testAuditKey, logLevel: 'silent', loginRateLimit: options.loginRateLimit ?? 10_000 };
  const server = process.env.TEST_DATABASE_URL || undefined;
  const today = options.today ?? testToday;
  const template = options.seed !== false && today === testToday ? findTemplate(server) : null;
  let dropDatabase: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  if (server) {
    const name = `fazhi_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await adminQuery(server, `create database ${name}${template ? ` template ${template.database}` : ''}`);
    databaseUrl = databaseUrlNamed(server, name);
    dropDatabase = () => adminQuery(server, `drop database if exists ${name} with (force)`);
  }
  const database: Database = await openDatabase({ databaseUrl, pgliteDir: 'memory://', pgliteArchive: template?.pgliteArchive, schema });
  const seeded = template ? template.seeded : options.seed === false ? null : await seedIfEmpty(database.db, config, { today });
  const app = await buildApp({ ...config, databaseUrl }, database, { logger: false });
  await app.ready();

  async function request(method: string, url: string, body?: unknown, cookie?: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const type = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, body: type.includes('json') ? res.json() : res.rawPayload, headers: res.headers };
  }

  /** Signs in and returns a client that carries the session cookie. */
  async function login(username: string, password = demoPassword) {
    const res = await request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const setCookie = String(res.headers['set-cookie'] ?? '');
    const cookie = setCookie.split(';')[0]!;
    return client(cookie);
  }

  function client(cookie?: string) {
    return {
      cookie,
      get: (url: string) => request('GET', url, undefined, cookie),
      post: (url: string, body: unknown = {}) => request('POST', url, body, cookie),
      patch: (url: string, body: unknown) => request('PATCH', url, body, cookie),
      delete: (url: string) => request('DELETE', url, undefined, cookie),
      raw: (method: string, url: string, body?: unknown, headers?: Record<string, string>) => request(method, url, body, cookie, headers),
    };
  }

  /** A second, empty database on the same server (PostgreSQL runs only), dropped with the harness. */
  async function emptyPostgresDatabase(): Promise<string> {
    const extra = `fazhi_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await adminQuery(server!, `create database ${extra}`);
    const previous = dropDatabase;
    dropDatabase = async () => {
      await previous?.();
      await adminQuery(server!, `drop database if exists ${extra} with (force)`);
    };
    return databaseUrlNamed(server!, extra);
  }

  return {
    app,
    emptyPostgresDatabase,
    db: database.db,
    engine: database.engine,
    databaseUrl,
    seeded: seeded!,
    config,
    today,
    request,
    login,
    anonymous: client(),
    async close() {
      await app.close();
      await database.close();
      await dropDatabase?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
