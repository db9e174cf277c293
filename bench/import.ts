// npm run bench:import -- [--rows 10000] [--engine pglite|postgres|both]
// Times a register import end to end through the API (in-process, app.inject): upload and read of the .xlsx, the
// preview (every row validated and dry-run written), the commit (one audited transaction), then a re-import of the
// same file (every row unchanged). Prints one line per engine and peak RSS; target: 10,000 rows < 30 s on PGlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { openDatabase } from '../apps/server/src/platform/db/client.js';
import * as schema from '../apps/server/src/schema.js';
import { demoPassword } from '../apps/server/src/seed/demo-district.js';
import { seedIfEmpty } from '../apps/server/src/seed/index.js';
import { benchAuditKey, benchSm4Key, defaultPostgresUrl, resultsDir } from './lib/paths.js';
import { writeJson } from './lib/report.js';
import { benchDatabasePrefix, recreateDatabase, withDatabase, type EngineName } from './lib/target.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, engine: { type: 'string', default: 'both' } } });
const rows = Number(values.rows);
if (!(rows > 0 && rows <= 50_000)) throw new Error('--rows must be between 1 and 50000 (the import cap)');
const engines: EngineName[] = values.engine === 'both' ? ['pglite', 'postgres'] : [values.engine as EngineName];
const note = (line: string) => process.stderr.write(`${line}\n`);
const path_ = 'litigation/cases';
const targetSeconds = 30;

async function sheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('行政诉讼案件');
  ws.addRow(['案号', '受理法院', '审级', '被告单位', '案由', '争议领域', '收到起诉状副本日期', '诉前调解', '收到司法建议', '承办人', '备注', '原告']);
  const units = ['区自然资源和规划局', '区住房和城乡建设局', '区市场监督管理局'];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    ws.addRow([
      `（2025）鲁0899行初${i}号`,
      '示范市任城区人民法院',
      i % 5 ? '一审' : '二审',
      units[i % 3],
      `不服行政处罚决定（批量${i}）`,
      '征地拆迁',
      `2025-0${(i % 9) + 1}-${day}`,
      '未开展',
      '否',
      '张承办',
      '',
      `原告${i}、某某建材有限公司`,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(content: Buffer) {
  const boundary = 'benchBoundary';
  return {
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

async function runOn(engine: EngineName, file: Buffer) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-import-'));
  const databaseUrl = engine === 'postgres' ? withDatabase(defaultPostgresUrl, `${benchDatabasePrefix}_import`) : undefined;
  if (databaseUrl) await recreateDatabase(databaseUrl);
  const config = { ...loadConfig({}), dataDir, sm4KeyHex: benchSm4Key, auditKeyHex: benchAuditKey, logLevel: 'silent', loginRateLimit: 1000, databaseUrl };
  const database = await openDatabase({ databaseUrl, pgliteDir: path.join(dataDir, 'pgdata'), schema });
  await seedIfEmpty(database.db, config, { today: '2026-11-27' });
  const app = await buildApp(config, database, { logger: false });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'fzb', password: demoPassword } });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const poll = async (id: string) => {
    for (;;) {
      const job = (await app.inject({ method: 'GET', url: `/api/${path_}/jobs/${id}`, headers: { cookie } })).json();
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const importOnce = async () => {
    const t0 = performance.now();
    const form = multipart(file);
    const upload = await app.inject({ method: 'POST', url: `/api/${path_}/imports`, headers: { cookie, 'content-type': form.type }, payload: form.body });
    if (upload.statusCode !== 202) throw new Error(`upload: ${upload.statusCode} ${upload.body}`);
    const t1 = performance.now();
    const previewed = await poll(upload.json().id);
    const t2 = performance.now();
    const p = previewed.result.preview;
    if (p.invalid) throw new Error(`preview found ${p.invalid} invalid rows: ${JSON.stringify(p.issues.slice(0, 3))}`);
    const commit = await app.inject({ method: 'POST', url: `/api/${path_}/imports/${previewed.id}/commit`, headers: { cookie }, payload: { mode: 'all' } });
    const done = await poll(commit.json().id);
    if (done.state !== 'done') throw new Error(`commit: ${JSON.stringify(done.result)}`);
    const t3 = performance.now();
    return { readSeconds: (t1 - t0) / 1000, previewSeconds: (t2 - t1) / 1000, writeSeconds: (t3 - t2) / 1000, totalSeconds: (t3 - t0) / 1000, creates: p.creates, unchanged: p.unchanged };
  };
  try {
    note(`${engine}: importing ${rows} rows…`);
    const first = await importOnce();
    note(`${engine}: re-importing the same file…`);
    const again = await importOnce();
    return { engine, rows, first, again, peakRssMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(sampler);
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

note(`building a ${rows}-row workbook…`);
const file = await sheet();
note(`workbook: ${(file.length / 1024 / 1024).toFixed(1)} MB`);
const results = [];
for (const engine of engines) results.push(await runOn(engine, file));
const s = (n: number) => n.toFixed(1).padStart(6);
console.log(`\n行政诉讼案件 import, ${rows} rows (${(file.length / 1024 / 1024).toFixed(1)} MB .xlsx)`);
console.log('engine     read  preview   write   total  | re-import total (unchanged)  | peak RSS  | target < 30 s');
for (const r of results) {
  const { first: f, again: a } = r;
  const verdict = r.engine === 'pglite' ? (f.totalSeconds < targetSeconds ? 'ok' : 'MISS') : '—';
  console.log(
    `${r.engine.padEnd(9)}${s(f.readSeconds)} ${s(f.previewSeconds)}  ${s(f.writeSeconds)}  ${s(f.totalSeconds)}  | ${s(a.totalSeconds)} (${a.unchanged})              | ${String(r.peakRssMb).padStart(5)} MB | ${verdict}`,
  );
}
const out = writeJson(resultsDir, `import-${rows}`, { rows, results });
note(`results: ${out}`);
