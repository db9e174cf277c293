import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/platform/db/client.js';
import { runDueJobs, type JobDefinition } from '../../src/platform/jobs/runner.js';
import * as schema from '../../src/schema.js';
import { startHarness, type Harness } from '../harness.js';

/** Two server instances on one PostgreSQL database behave as one: sessions work on either, a job runs once. */
describe('two instances on one PostgreSQL', { skip: process.env.TEST_DATABASE_URL ? false : '未设置 TEST_DATABASE_URL（PGlite 为单连接，只能一个实例）' }, () => {
  let a: Harness;
  let second: Database;
  let b: Awaited<ReturnType<typeof buildApp>>;
  before(async () => {
    a = await startHarness();
    second = await openDatabase({ databaseUrl: a.databaseUrl, pgliteDir: '', schema });
    b = await buildApp({ ...a.config, databaseUrl: a.databaseUrl }, second, { logger: false });
    await b.ready();
  });
  after(async () => {
    await b?.close();
    await second?.close();
    await a?.close();
  });

  it('a session created on one instance works on the other, and logging out on it ends it on both', async () => {
    const client = await a.login('fzb');
    const onB = await b.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: client.cookie! } });
    assert.equal(onB.statusCode, 200);
    assert.equal(onB.json().username, 'fzb');
    assert.equal((await b.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: client.cookie! } })).statusCode, 200);
    assert.equal((await client.get('/api/auth/me')).status, 401);
  });

  it('1,000 scheduled jobs polled by both instances at once each run exactly once', async () => {
    const runs = new Map<string, number>();
    const definitions: JobDefinition[] = [
      {
        kind: 'test.once',
        schedule: () => Array.from({ length: 1000 }, (_, i) => ({ key: `test.once:${i}`, payload: { i } })),
        run: async ({ payload }) => {
          const key = String(payload.i);
          runs.set(key, (runs.get(key) ?? 0) + 1);
        },
      },
    ];
    const now = new Date();
    const [ranA, ranB] = await Promise.all([runDueJobs(a.app.services, definitions, now), runDueJobs(b.services, definitions, now)]);
    assert.equal(ranA + ranB, 1000);
    assert.equal(runs.size, 1000);
    assert.ok([...runs.values()].every((n) => n === 1));
    assert.ok(ranA > 0 && ranB > 0, `both instances took work (${ranA} / ${ranB})`);
  });
});
