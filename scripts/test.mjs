#!/usr/bin/env node
// Runs every *.test.ts under packages/ and apps/ with Node's test runner (TypeScript through tsx),
// then the browser tests in e2e/ unless FAZHI_SKIP_E2E=1. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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

const unit = only.length ? only : [...findTests(path.join(root, 'packages')), ...findTests(path.join(root, 'apps'))].sort();
const run = (files, extra = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...extra, ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  }).status ?? 1;

let status = run(unit);
if (!only.length && process.env.FAZHI_SKIP_E2E !== '1') {
  const e2e = findTests(path.join(root, 'e2e'));
  if (e2e.length) status = run(e2e, ['--test-concurrency=1']) || status;
}
process.exit(status);
