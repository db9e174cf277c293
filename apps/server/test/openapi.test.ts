import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Fastify from 'fastify';
import { z } from 'zod';
import { responseSerializer } from '../src/platform/http/serializer.js';
import { startHarness, type Harness } from './harness.js';

/** Routes of 重大行政决策 and 规范性文件, being ported to the workflow kit in parallel: no response schema yet. */
const beingPorted = [
  'GET /api/decisions/catalogues/{id}',
  'GET /api/decisions/decisions/{id}',
  'GET /api/decisions/matters/{id}',
  'GET /api/decisions/open-items',
  'GET /api/normative-docs/campaigns/{id}',
  'GET /api/public/normative-documents',
  'GET /api/public/normative-documents/cleanups',
  'GET /api/public/normative-documents/{id}',
  'GET /api/public/normative-documents/{id}/attachments/{attachmentId}',
  'POST /api/decisions/decisions/{id}/execution-reports',
  'POST /api/decisions/decisions/{id}/steps/{step}',
  'POST /api/normative-docs/campaigns/{id}/items/{itemId}',
];

/** Module- and platform-specific routes whose answer contracts are not written yet (the kit's routes all have one). */
const notYetDeclared = [
  'GET /api/legal-advisers/advisers/{id}',
  'GET /api/legal-advisers/advisers/{id}/services',
  'GET /api/legal-advisers/providers',
  'GET /api/legal-advisers/public-lawyers/{id}',
  'GET /api/legal-advisers/public-lawyers/{id}/services',
  'GET /api/legal-advisers/services/defaults',
  'GET /api/reports/annual/{id}',
  'POST /api/legal-advisers/advisers/{id}/reveal-phone',
  'POST /api/reports/annual/{id}/generate',
];

/** Explicit, so that a new route without a contract fails here; shrink the lists as contracts are written. */
const pending = new Set<string>([...beingPorted, ...notYetDeclared]);

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>; requestBody?: { content?: Record<string, { schema?: unknown }> } };

let h: Harness;
let paths: Record<string, Record<string, Operation>>;
before(async () => {
  h = await startHarness({ seed: false });
  paths = (await h.anonymous.get('/api/openapi.json')).body.paths;
});
after(() => h.close());

const operations = () => Object.entries(paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));
const hasResponse = (op: Operation) => Object.entries(op.responses ?? {}).some(([code, r]) => code.startsWith('2') && Object.values(r.content ?? {}).some((c) => c.schema));

test('every route shows the schema of its answer in /api/openapi.json', () => {
  const missing = operations()
    .filter(({ route, op }) => !hasResponse(op) && !pending.has(route))
    .map((o) => o.route);
  assert.deepEqual(missing, []);
  const done = operations().filter(({ op }) => hasResponse(op)).length;
  console.log(`response schemas: ${done} / ${operations().length} routes`);
});

test('every transition route shows its body schema', () => {
  const transitions = operations().filter(({ route }) => route.startsWith('POST ') && route.includes('/transitions'));
  assert.ok(transitions.length > 20);
  const missing = transitions.filter(({ op }) => !Object.values(op.requestBody?.content ?? {}).some((c) => c.schema)).map((o) => o.route);
  assert.deepEqual(missing, []);
});

test('the pending list names only routes that still lack a schema', () => {
  const stale = [...pending].filter((route) => {
    const op = operations().find((o) => o.route === route)?.op;
    return !op || hasResponse(op);
  });
  assert.deepEqual(stale, [], 'remove these from `pending`');
});

test('under NODE_ENV=test an answer that breaks its contract is a 500, not a silent mismatch', async () => {
  const app = Fastify({ logger: false });
  app.setSerializerCompiler(responseSerializer(true));
  app.get('/right', { schema: { response: { 200: z.object({ n: z.int() }) } } }, async () => ({ n: 1 }));
  app.get('/wrong', { schema: { response: { 200: z.object({ n: z.int() }) } } }, async () => ({ n: 'one' }) as never);
  assert.equal((await app.inject('/right')).statusCode, 200);
  assert.equal((await app.inject('/wrong')).statusCode, 500);
  await app.close();
});
