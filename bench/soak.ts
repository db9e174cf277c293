// npm run bench:soak -- [--engine pglite|postgres] [--scale N] [--minutes M] [--connections C]
// Mixed load for M minutes (every load scenario in turn, a slice each), then: errors, throughput and server RSS per
// minute, and RSS growth after the warm-up. Exits 1 when a request failed or RSS grew more than 20 %.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cannon, login, settle } from './lib/load.js';
import { defaultPostgresUrl, resultsDir, workDir } from './lib/paths.js';
import { defaultTarget, findPrepared, prepareData, runCopyOf } from './lib/prepare.js';
import { writeJson } from './lib/report.js';
import { startServer } from './lib/server.js';
import { openSqlClient, type EngineName } from './lib/target.js';
import { benchActor, scenarioModules, type Scenario } from './scenarios/index.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    scale: { type: 'string', default: '1' },
    minutes: { type: 'string', default: '10' },
    'warmup-minutes': { type: 'string', default: '1' },
    connections: { type: 'string', default: '8' },
    slice: { type: 'string', default: '5' },
  },
});
const engine = values.engine as EngineName;
if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`--engine must be pglite or postgres, got ${values.engine}`);
const scale = Number(values.scale);
const minutes = Number(values.minutes);
const warmupMinutes = Number(values['warmup-minutes']);
const connections = Number(values.connections);
const sliceSeconds = Number(values.slice);
for (const [name, v] of Object.entries({ scale, minutes, connections, slice: sliceSeconds })) if (!(v > 0)) throw new Error(`--${name} must be a positive number`);
if (!(warmupMinutes >= 0 && warmupMinutes < minutes)) throw new Error('--warmup-minutes must be at least 0 and below --minutes');
/** The soak fails when RSS after the warm-up grows by more than this share. */
const maxGrowth = 0.2;

const note = (line: string) => process.stderr.write(`${line}\n`);

const template = defaultTarget(engine, scale, defaultPostgresUrl);
const prepared = (await findPrepared(template, scale)) ?? (await prepareData(template, scale, note));
const run = await runCopyOf(template);

const sql = await openSqlClient(run, 1);
let scenarios: Scenario[] = [];
try {
  const actor = await benchActor(sql);
  for (const m of scenarioModules) scenarios.push(...(await m.scenarios({ sql, prepared, actor })));
} finally {
  await sql.close();
}
// Login is rate-limited (it runs sequentially in the bench); everything else takes its turn under load.
scenarios = scenarios.filter((s) => s.mode === 'load');

const server = await startServer(run, path.join(workDir, `soak-${engine}.log`));
note(`[soak] ${engine} scale ${scale}: server pid ${server.pid}, ${minutes} min, ${connections} connections, ${scenarios.length} scenarios in turn`);

type Minute = { minute: number; requests: number; errors: number; worstP99Ms: number; peakRssMb: number; statusCodes: Record<string, number>; errorSamples: string[] };
const perMinute: Minute[] = [];
const started = performance.now();
try {
  const session = await login(server.baseUrl, 'fzb', 'Fazhi@2026demo');
  let turn = 0;
  while (performance.now() - started < minutes * 60_000) {
    const minute = Math.floor((performance.now() - started) / 60_000);
    const bucket = (perMinute[minute] ??= { minute: minute + 1, requests: 0, errors: 0, worstP99Ms: 0, peakRssMb: 0, statusCodes: {}, errorSamples: [] });
    const s = scenarios[turn++ % scenarios.length]!;
    const window = server.sampler.window();
    const amount = s.available?.();
    if (amount === 0) continue;
    const result = await cannon(session, s, { connections, seconds: sliceSeconds, ...(amount ? { amount } : {}) });
    await settle(session);
    const stats = window.end();
    bucket.requests += result.requests;
    bucket.errors += result.errors;
    bucket.peakRssMb = Math.max(bucket.peakRssMb, stats.peakRssMb);
    for (const [code, n] of Object.entries(result.statusCodes)) bucket.statusCodes[code] = (bucket.statusCodes[code] ?? 0) + n;
    bucket.errorSamples.push(...result.errorSamples.slice(0, 3 - bucket.errorSamples.length));
    if (Number.isFinite(result.p99)) bucket.worstP99Ms = Math.max(bucket.worstP99Ms, result.p99);
    note(
      `[soak] ${((performance.now() - started) / 60_000).toFixed(1)} min ${s.name}: ${result.requests} req, ${result.errors} errors, p99 ${result.p99.toFixed(1)} ms, RSS ${stats.peakRssMb.toFixed(0)} MB`,
    );
  }
} finally {
  await server.stop();
}

const measured = perMinute.filter((m) => m.minute > warmupMinutes);
const baseline = measured[0]?.peakRssMb ?? Number.NaN;
const final = measured.at(-1)?.peakRssMb ?? Number.NaN;
const growth = final / baseline - 1;
const errors = perMinute.reduce((n, m) => n + m.errors, 0);
const requests = perMinute.reduce((n, m) => n + m.requests, 0);
const ok = errors === 0 && growth <= maxGrowth;

const rows = perMinute.map((m) => `| ${m.minute} | ${m.requests} | ${(m.requests / 60).toFixed(1)} | ${m.errors} | ${m.worstP99Ms.toFixed(0)} | ${m.peakRssMb.toFixed(0)} |`);
process.stdout.write(
  [
    `\nSoak ${engine}, scale ${scale}: ${minutes} min, ${connections} connections, scenarios in turn (${sliceSeconds} s each): ${scenarios.map((s) => s.name).join(', ')}`,
    '',
    '| minute | requests | req/s | errors | worst slice p99 ms | peak RSS MB |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `requests ${requests}, errors ${errors}${
      errors
        ? ` (${perMinute
            .flatMap((m) => m.errorSamples)
            .slice(0, 3)
            .join(' | ')})`
        : ''
    }`,
    `RSS after warm-up (minute ${warmupMinutes + 1}) ${baseline.toFixed(0)} MB → last minute ${final.toFixed(0)} MB: ${(growth * 100).toFixed(1)} % (limit ${maxGrowth * 100} %)`,
    ok ? 'soak: ok' : 'soak: FAILED',
    '',
  ].join('\n'),
);
const file = writeJson(resultsDir, `soak-${engine}-s${scale}`, {
  options: { engine, scale, minutes, warmupMinutes, connections, sliceSeconds },
  perMinute,
  requests,
  errors,
  rssBaselineMb: baseline,
  rssFinalMb: final,
  rssGrowth: growth,
  ok,
});
note(`results: ${path.relative(process.cwd(), file)}`);
process.exit(ok ? 0 : 1);
