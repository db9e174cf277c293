import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTargets, type LatencyTarget, type Scenario } from '../scenarios/index.js';
import type { LoadResult } from './load.js';
import type { Prepared } from './prepare.js';
import type { RawResult } from './raw.js';
import { round2 } from './stats.js';
import type { EngineName } from './target.js';

export type Verdict = 'ok' | 'MISS' | '—';
export type TargetResult = { target: string; verdict: Verdict };

export type ScenarioResult = {
  name: string;
  description: string;
  kind: Scenario['kind'];
  mode: Scenario['mode'];
  /** Under load (the run's connections); null when there was nothing to send (e.g. no fresh cases). */
  api: LoadResult | null;
  /** Read scenarios with raw SQL: the API with one connection, and the raw SQL with one caller… */
  api1: LoadResult | null;
  raw1: RawResult | null;
  /** …and the raw SQL with as many callers as the API run had connections (the database's own ceiling). */
  rawLoaded: RawResult | null;
  /** API p50 ÷ raw p50, both unloaded: what HTTP, session check, validation, Drizzle and JSON add. */
  apiRawP50: number | null;
  peakRssMb: number;
  cpuPercent: number;
  dbCpuPercent: number;
  otherCpuPercent: number;
  /** Server (and PostgreSQL backend) CPU milliseconds per request sent, under load. */
  serverCpuMsPerRequest: number | null;
  dbCpuMsPerRequest: number | null;
  targets: TargetResult[];
};

export type RunResult = {
  engine: EngineName;
  scale: number;
  connections: number;
  durationSeconds: number;
  dataset: Pick<Prepared, 'years' | 'asOf' | 'rows' | 'dataVersion'>;
  serverStartMs: number;
  /** Node's flags the server ran with (those of `npm start`); absent in results before they were recorded. */
  serverNodeFlags?: string[];
  serverPeakRssMb: number;
  /** 1-minute load average when the run started (os.loadavg), against the machine's CPU count. */
  loadAverage: number;
  cpus: number;
  scenarios: ScenarioResult[];
  targets: TargetResult[];
};

export type RunConditions = { engine: EngineName; scale: number; connections: number };

function applies(t: LatencyTarget, c: RunConditions): boolean {
  const w = t.when ?? {};
  return (w.engine === undefined || w.engine === c.engine) && (w.scale === undefined || w.scale === c.scale) && (w.connections === undefined || w.connections === c.connections);
}

function describeTarget(t: LatencyTarget): string {
  const w = t.when ?? {};
  const where = [w.engine, w.scale !== undefined ? `s${w.scale}` : undefined, w.connections !== undefined ? `c${w.connections}` : undefined].filter(Boolean).join(' ');
  return `${t.metric}<${t.maxMs}ms${where ? ` @${where}` : ''}`;
}

export function judgeScenario(scenario: Scenario, api: LoadResult | null, apiRawP50: number | null, c: RunConditions): TargetResult[] {
  const out: TargetResult[] = (scenario.targets ?? []).map((t) => ({
    target: describeTarget(t),
    verdict: !applies(t, c) || !api ? '—' : api[t.metric] < t.maxMs ? 'ok' : 'MISS',
  }));
  if (scenario.kind === 'read' && scenario.raw) {
    out.push({ target: `api/raw<=${runTargets.apiRawRatioP50}`, verdict: apiRawP50 === null ? '—' : apiRawP50 <= runTargets.apiRawRatioP50 ? 'ok' : 'MISS' });
  }
  return out;
}

export function judgeRun(serverPeakRssMb: number): TargetResult[] {
  return [{ target: `server RSS<${runTargets.serverRssMb}MB`, verdict: serverPeakRssMb < runTargets.serverRssMb ? 'ok' : 'MISS' }];
}

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(digits));
const fmtRate = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** Text columns (the first, and `textLast`) are left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][], textLast = false): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const left = (i: number) => i === 0 || (textLast && i === header.length - 1);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatRun(run: RunResult): string {
  const rows = run.scenarios.map((s) => [
    s.name,
    fmtRate(s.api?.rps),
    fmt(s.api?.p50, 2),
    fmt(s.api?.p99, 2),
    s.api ? String(s.api.errors) : 'skip',
    fmt(s.peakRssMb, 0),
    fmt(s.cpuPercent, 0),
    run.engine === 'postgres' ? fmt(s.dbCpuPercent, 0) : '-',
    fmt(s.otherCpuPercent, 0),
    fmt(s.serverCpuMsPerRequest, 1),
    run.engine === 'postgres' ? fmt(s.dbCpuMsPerRequest, 1) : '-',
    fmt(s.api1?.p50, 2),
    fmt(s.raw1?.p50, 2),
    fmt(s.apiRawP50, 2),
    fmtRate(s.rawLoaded?.opsPerSecond),
    s.targets.map((t) => `${t.target} ${t.verdict}`).join('; '),
  ]);
  const head = `${run.engine} · scale ${run.scale} · ${run.connections} connections · ${run.durationSeconds} s/scenario · data ${run.dataset.years[0]}–${run.dataset.years.at(-1)} (${Object.entries(
    run.dataset.rows,
  )
    .map(([t, n]) => `${t.replace(/^litigation_/, '')} ${n}`)
    .join(', ')}) · server start ${fmt(run.serverStartMs / 1000, 1)} s`;
  const body = table(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'RSS MB', 'CPU %', 'db %', 'other %', 'cpu ms', 'db ms', 'p50@1', 'raw@1', 'api/raw', 'raw/s', 'targets'], rows, true);
  const legend = `req/s, p50, p99, errors (non-2xx + socket errors), RSS (server peak), CPU (server process, 100 = one core), db (PostgreSQL backends), other (the rest of the machine): under load at ${run.connections} connections.
cpu ms, db ms: server and PostgreSQL CPU per request (least disturbed by other processes: track these across runs).
p50@1, raw@1: API and raw-SQL p50 with one connection / caller; api/raw = their ratio. raw/s: raw SQL ops/s with ${run.connections} callers (the database's ceiling, compare with req/s).`;
  const others = Math.max(0, ...run.scenarios.map((s) => s.otherCpuPercent));
  const busy =
    others > 25
      ? `\nWARNING: other processes used up to ${others.toFixed(0)} % CPU during the run (load average ${run.loadAverage.toFixed(1)} on ${run.cpus} CPUs at start): figures are disturbed.`
      : '';
  const foot = `server peak RSS ${fmt(run.serverPeakRssMb, 0)} MB — ${run.targets.map((t) => `${t.target} ${t.verdict}`).join('; ')}`;
  return `${head}\n${body}\n${foot}\n${legend}${busy}`;
}

export type Comparison = { name: string; p50Ratio: number | null; p99Ratio: number | null; rpsRatio: number | null; p50At1Ratio: number | null };

/** PGlite ÷ PostgreSQL per scenario, under load and (p50@1) with one connection. */
export function compare(pglite: RunResult, postgres: RunResult): Comparison[] {
  return pglite.scenarios.map((a) => {
    const b = postgres.scenarios.find((s) => s.name === a.name);
    const ratio = (x?: number, y?: number) => (x !== undefined && y !== undefined && y > 0 ? round2(x / y) : null);
    return {
      name: a.name,
      p50Ratio: ratio(a.api?.p50, b?.api?.p50),
      p99Ratio: ratio(a.api?.p99, b?.api?.p99),
      rpsRatio: ratio(a.api?.rps, b?.api?.rps),
      p50At1Ratio: ratio(a.api1?.p50, b?.api1?.p50),
    };
  });
}

export function formatComparison(rows: Comparison[]): string {
  const body = table(
    ['scenario', 'p50', 'p99', 'req/s', 'p50@1'],
    rows.map((r) => [r.name, fmt(r.p50Ratio, 2), fmt(r.p99Ratio, 2), fmt(r.rpsRatio, 2), fmt(r.p50At1Ratio, 2)]),
  );
  return `PGlite ÷ PostgreSQL (latency above 1 and req/s below 1: PGlite is slower)\n${body}`;
}

/** Rounds every number in the result to two decimals, so the JSON stays small and diffable. */
function compact(value: unknown): unknown {
  if (typeof value === 'number') return round2(value);
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}

export function writeResults(dir: string, engine: string, scale: number, payload: { options: Record<string, unknown>; runs: RunResult[]; comparison?: Comparison[] }): string {
  return writeJson(dir, `${engine}-s${scale}`, payload);
}

/** `<dir>/<timestamp>-<name>.json` with the machine it ran on: small enough to commit and compare. */
export function writeJson(dir: string, name: string, payload: Record<string, unknown>): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');
  const file = path.join(dir, `${stamp}-${name}.json`);
  const cpus = os.cpus();
  const doc = {
    createdAt: new Date().toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    ...payload,
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(compact(doc), null, 2)}\n`);
  return file;
}
