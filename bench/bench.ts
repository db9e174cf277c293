// npm run bench -- [--engine pglite|postgres|both] [--scale N] [--duration S] [--connections C]
// Prepares (or reuses) data, times raw SQL, starts the server, drives it with autocannon; see bench/README.md.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cannon, login, runLoad, runSequential, settle, type LoadResult } from './lib/load.js';
import { defaultPostgresUrl, resultsDir, workDir } from './lib/paths.js';
import { defaultTarget, findPrepared, prepareData, runCopyOf } from './lib/prepare.js';
import { timeRaw, type RawResult } from './lib/raw.js';
import { compare, formatComparison, formatRun, judgeRun, judgeScenario, writeResults, type RunResult, type ScenarioResult } from './lib/report.js';
import { startServer, type ServerHandle, type WindowStats } from './lib/server.js';
import { databaseNameOf, openSqlClient, type EngineName, type Target } from './lib/target.js';
import { benchActor, scenarioModules, type BenchActor, type Scenario } from './scenarios/index.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '1' },
    'raw-duration': { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    only: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});

const engineArg = values.engine;
if (engineArg !== 'pglite' && engineArg !== 'postgres' && engineArg !== 'both') throw new Error(`--engine must be pglite, postgres or both, got ${engineArg}`);
const scale = Number(values.scale);
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const rawDuration = Number(values['raw-duration'] ?? Math.min(duration, 5));
for (const [name, v] of Object.entries({ scale, duration, connections })) if (!(v > 0)) throw new Error(`--${name} must be a positive number`);
const only = values.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const engines: EngineName[] = engineArg === 'both' ? ['pglite', 'postgres'] : [engineArg];
// The raw baseline gets the connections the server would have: its pool (FAZHI_PG_POOL) or PGlite's one.
const serverPool = Number(process.env.FAZHI_PG_POOL ?? 10);

const note = (line: string) => process.stderr.write(`${line}\n`);

let running: ServerHandle | null = null;
process.once('SIGINT', () => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});

function templateFor(engine: EngineName): Target {
  if (engine === 'pglite') return values['data-dir'] ? { engine, dataDir: path.resolve(values['data-dir']) } : defaultTarget('pglite', scale, '');
  if (values['database-url']) {
    const url = values['database-url'];
    return { engine, url, dataDir: path.join(workDir, `postgres-${databaseNameOf(url)}`) };
  }
  return defaultTarget('postgres', scale, defaultPostgresUrl);
}

async function runEngine(engine: EngineName): Promise<RunResult> {
  const loadAverage = os.loadavg()[0] ?? 0;
  const template = templateFor(engine);
  let prepared = values.fresh ? null : await findPrepared(template, scale);
  if (prepared) note(`[${engine}] reusing scale ${scale} data prepared ${prepared.createdAt}`);
  else {
    note(`[${engine}] generating scale ${scale} data…`);
    prepared = await prepareData(template, scale, note);
    note(`[${engine}] generated in ${prepared.seconds} s`);
  }
  const run = await runCopyOf(template);

  // Phase 1, no server running: fixtures and the raw-SQL baseline (PGlite allows one process at a time).
  const sql = await openSqlClient(run, engine === 'postgres' ? serverPool : 1);
  const raws = new Map<string, { one: RawResult | null; loaded: RawResult | null }>();
  let scenarios: Scenario[];
  let actor: BenchActor;
  try {
    actor = await benchActor(sql);
    scenarios = [];
    for (const m of scenarioModules) scenarios.push(...(await m.scenarios({ sql, prepared, actor })));
    if (only) scenarios = scenarios.filter((s) => only.some((o) => s.name.includes(o)));
    for (const s of scenarios) {
      if (!s.raw) continue;
      note(`[${engine}] raw SQL  ${s.name} (${rawDuration} s with 1 caller, ${rawDuration} s with ${connections})`);
      const one = await timeRaw(sql, s, 1, rawDuration, Math.min(warmup, 0.5));
      const loaded = await timeRaw(sql, s, connections, rawDuration, 0);
      raws.set(s.name, { one, loaded });
    }
  } finally {
    await sql.close();
  }

  // Phase 2: the server as a child process, driven over 127.0.0.1.
  const server = await startServer(run, path.join(workDir, `server-${engine}.log`));
  running = server;
  note(`[${engine}] server pid ${server.pid} ready in ${(server.startMs / 1000).toFixed(1)} s`);
  const results: ScenarioResult[] = [];
  try {
    const actorSession = await login(server.baseUrl, actor.username, actor.password);
    await settle(actorSession);
    const conditions = { engine, scale, connections };
    for (const s of scenarios) {
      const session = s.signInAs ? await login(server.baseUrl, s.signInAs.username, s.signInAs.password) : actorSession;
      note(`[${engine}] api      ${s.name}${s.mode === 'sequential' ? ` (${s.count ?? 10} sequential)` : ` (${duration} s, ${connections} connections)`}`);
      let api: LoadResult | null;
      let stats: WindowStats;
      if (s.mode === 'sequential') {
        const window = server.sampler.window();
        api = await runSequential(session, s);
        stats = window.end();
      } else {
        ({ result: api, stats } = await runLoad(session, s, connections, duration, warmup, () => server.sampler.window()));
      }
      const { peakRssMb, cpuPercent, dbCpuPercent, otherCpuPercent } = stats;
      // CPU per request is what other processes on the machine disturb least: the figure to track across runs.
      const perRequest = (percent: number) => (api && api.sent > 0 ? ((percent / 100) * stats.seconds * 1000) / api.sent : null);
      const raw = raws.get(s.name);
      // Unloaded latency beside the raw SQL's: under load both p50s mostly measure queueing.
      const api1 = raw ? await cannon(session, s, { connections: 1, seconds: rawDuration, minResponses: 20, maxSeconds: 30 }) : null;
      if (api1) await settle(session);
      const apiRawP50 = api1 && raw?.one && raw.one.p50 > 0 ? api1.p50 / raw.one.p50 : null;
      results.push({
        name: s.name,
        description: s.description,
        kind: s.kind,
        mode: s.mode,
        api,
        api1,
        raw1: raw?.one ?? null,
        rawLoaded: raw?.loaded ?? null,
        apiRawP50,
        peakRssMb,
        cpuPercent,
        dbCpuPercent,
        otherCpuPercent,
        serverCpuMsPerRequest: perRequest(cpuPercent),
        dbCpuMsPerRequest: engine === 'postgres' ? perRequest(dbCpuPercent) : null,
        targets: judgeScenario(s, api, apiRawP50, conditions),
      });
    }
  } finally {
    await server.stop();
    running = null;
  }
  const serverPeakRssMb = server.sampler.peakKb / 1024;
  return {
    engine,
    scale,
    connections,
    durationSeconds: duration,
    dataset: { years: prepared.years, asOf: prepared.asOf, rows: prepared.rows, dataVersion: prepared.dataVersion },
    serverStartMs: server.startMs,
    serverNodeFlags: server.nodeFlags,
    serverPeakRssMb,
    loadAverage,
    cpus: os.cpus().length,
    scenarios: results,
    targets: judgeRun(serverPeakRssMb),
  };
}

const runs: RunResult[] = [];
for (const engine of engines) runs.push(await runEngine(engine));

const output = runs.map(formatRun);
const pg = runs.find((r) => r.engine === 'postgres');
const lite = runs.find((r) => r.engine === 'pglite');
const comparison = pg && lite ? compare(lite, pg) : undefined;
if (comparison) output.push(formatComparison(comparison));
process.stdout.write(`\n${output.join('\n\n')}\n`);

const file = writeResults(resultsDir, engineArg, scale, {
  options: { engine: engineArg, scale, duration, connections, warmup, rawDuration, serverPool, only: only ?? null },
  runs,
  ...(comparison ? { comparison } : {}),
});
note(`\nresults: ${path.relative(process.cwd(), file)}`);
