#!/usr/bin/env node
// Runs `npm run lint`, then every *.test.ts under packages/ and apps/ with Node's test runner (TypeScript through tsx) on PGlite;
// when TEST_DATABASE_URL names a PostgreSQL server, runs the server's tests there too (the access matrix only there); then the browser tests
// in e2e/ unless FAZHI_SKIP_E2E=1. The demo district is seeded once per engine into a template that each API test
// file copies (apps/server/test/template.ts). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

function findTests(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(p));
    else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, p));
  }
  return out;
}

// Lint and import boundaries first (seconds): a finding fails the run before the slow tests start.
if (!only.length) {
  console.log('\n== 代码检查（Biome、依赖边界）');
  const lint = spawnSync('npm', ['run', 'lint'], { cwd: root, stdio: 'inherit' });
  if (lint.status !== 0) process.exit(lint.status ?? 1);
}

// The longest files first (the access matrix, the reliability tests), so that the two workers finish together
// instead of one running the matrix alone at the end.
const slowFirst = (a, b) => Number(!a.includes('/test/reliability/')) - Number(!b.includes('/test/reliability/')) || a.localeCompare(b);
const unit = only.length ? only : [...findTests(path.join(root, 'packages')), ...findTests(path.join(root, 'apps'))].sort(slowFirst);
const postgres = process.env.TEST_DATABASE_URL;
const node = (args, env = {}) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', ...env } }).status ?? 1;
const run = (files, extra = [], env = {}) => node(['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...extra, ...files], env);
const usesHarness = (files) => files.some((f) => fs.readFileSync(path.join(root, f), 'utf8').includes('startHarness'));
// Seeds the template for one engine (only when a file needs it), runs the files on copies of it, and drops it.
function runWithTemplate(files, env) {
  if (!usesHarness(files)) return run(files, [], env);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-template-'));
  const template = (command) => node(['--import', 'tsx', 'apps/server/test/template.ts', command, dir], { ...env, FAZHI_TEST_TEMPLATE: dir });
  try {
    return template('build') || run(files, [], { ...env, FAZHI_TEST_TEMPLATE: dir });
  } finally {
    template('drop');
  }
}

// The access matrix asks the same of either engine (the policy is one set of predicates) and is a third of the PGlite
// phase's time: it runs once, on PostgreSQL when there is one.
const onceOnPostgres = (f) => postgres && !only.length && f.includes('/test/reliability/access-matrix.');
const lite = unit.filter((f) => !onceOnPostgres(f));
console.log(`\n== 单元与接口测试（PGlite）：${lite.length} 个文件${lite.length < unit.length ? `（访问控制矩阵只在 PostgreSQL 上运行）` : ''}`);
let status = runWithTemplate(lite, { TEST_DATABASE_URL: '' });
if (postgres) {
  const server = unit.filter((f) => f.startsWith('apps/server/'));
  console.log(`\n== 接口测试（PostgreSQL ${new URL(postgres).host}）：${server.length} 个文件`);
  status = runWithTemplate(server, { TEST_DATABASE_URL: postgres }) || status;
}
if (!only.length && process.env.FAZHI_SKIP_E2E !== '1') {
  const e2e = findTests(path.join(root, 'e2e'));
  if (e2e.length) {
    // The browser tests run the server as `npm start` does, so the web app must be built first.
    const build = spawnSync('npm', ['run', 'build', '-w', '@fazhi/web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
    console.log(`\n== 浏览器测试：${e2e.length} 个文件`);
    // The demo district seeded once for all browser files (e2e/server.ts), each file on its own copy.
    const template = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-template-'));
    try {
      status = run(e2e, ['--test-concurrency=1'], { FAZHI_E2E_TEMPLATE: template }) || status;
    } finally {
      fs.rmSync(template, { recursive: true, force: true });
    }
  }
}
process.exit(status);
