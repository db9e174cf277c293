import assert from 'node:assert/strict';
import { errorTitles, withIdCheckCharacter, type ErrorCode } from '@fazhi/core';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { z } from 'zod';
import { rowsOf } from '../src/platform/db/client.js';
import { mountedRegisters } from '../src/platform/register/routes.js';
import type { Harness, Response } from './harness.js';
import { sampleInput } from './sample-input.js';

/**
 * Hostile input, generated from the zod contracts: the generators, the answer every refusal must have, and a
 * check that a refused request wrote nothing. reliability/bad-input.test.ts applies them to the platform and
 * litigation routes; each module applies them to its own routes in its <module>.bad-input.test.ts.
 */

// Every request costs ~10–25 ms on PGlite (session check included): 100 runs per property keeps the file under a minute.
export const numRuns = 100;
export const cjk = /[\u3400-\u9fff]/;

export type Path = (string | number)[];
export type Json = unknown;
export type Sent = { method: string; url: string; body?: Json; raw?: { payload: string; type: string } };

/** Keeps failure messages readable when the input is a 100k-character string. */
export function show(value: unknown): string {
  const s = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v));
  return (s ?? String(value)).slice(0, 600);
}

// ---------------------------------------------------------------- generators of bad values

export const controlCodes = [...Array.from({ length: 9 }, (_, i) => i), 11, 12, ...Array.from({ length: 18 }, (_, i) => i + 14), 127];
export const controlChar = fc.constantFrom(...controlCodes.map((c) => String.fromCharCode(c)));
export const withControl = fc.tuple(fc.string({ maxLength: 6 }), controlChar, fc.string({ maxLength: 6 })).map(([a, c, b]) => `${a}${c}${b}`);
export const huge = fc.constantFrom(...['x', '法', '<', "'", '\u0000'].map((c) => c.repeat(100_000)));
export const sqlMeta = fc.constantFrom("' OR '1'='1", "'; DROP TABLE users; --", '" OR ""="', '%', '_', '\\', '%_\\%', '1); SELECT pg_sleep(5); --', '$$;$$', "E'\\x00'", '::text', '/*', '--');
// biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
export const htmlMeta = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg/onload=alert(1)>', '&lt;&amp;&#0;', "javascript:alert('x')", '{{7*7}}', '${7*7}');
export const badDate = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-1-1',
    '2026/01/01',
    '20260101',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '２０２６-01-01',
    '',
    'today',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
// Random 18-character IDs fail the check digit ten times in eleven; the contract filters the rest out.
export const badIdNumber = fc.oneof(
  fc.stringMatching(/^\d{17}[\dX]$/),
  fc.stringMatching(/^\d{15,17}$/),
  fc.constant(withIdCheckCharacter('37089919850231123')),
  fc.constant(`${withIdCheckCharacter('37089919850312123').slice(0, 17)}Y`),
);
export const unknownCode = fc.constantFrom('nonsense', 'FIRST', 'First', '一审', 'first ', '0', "first' OR '1'='1", 'null', 'constructor', 'toString');
export const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }));
export const numberEdge = fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, '1', '2', 'NaN', 'Infinity');
export const anyString = fc.string({ unit: 'binary', maxLength: 40 });
export const garbage: fc.Arbitrary<Json> = fc.oneof(wrongType, huge, withControl, sqlMeta, htmlMeta, badDate, badIdNumber, unknownCode, numberEdge, fc.jsonValue({ maxDepth: 3 }), anyString);
export const notAnObject = fc.oneof(
  fc.constant(null),
  fc.constant([]),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 }),
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.boolean(),
);

export type Mutation = { path: Path; value?: Json; remove?: true };

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Sets or removes a (possibly nested) field; a path through something that is no longer an object is skipped. */
export function applyMutations(base: Record<string, Json>, mutations: Mutation[]): Record<string, Json> {
  const body = clone(base);
  for (const m of mutations) {
    let node: Json = body;
    for (const key of m.path.slice(0, -1)) {
      node = node !== null && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined;
    }
    if (node === null || typeof node !== 'object') continue;
    const last = m.path[m.path.length - 1]!;
    if (m.remove) delete (node as Record<string | number, Json>)[last];
    else (node as Record<string | number, Json>)[last] = m.value;
  }
  return body;
}

export function badBody(valid: () => Record<string, Json>, paths: Path[]): fc.Arbitrary<Json> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ path: fc.constantFrom(...paths), value: garbage }) },
    { weight: 1, arbitrary: fc.record({ path: fc.constantFrom(...paths), remove: fc.constant(true as const) }) },
  );
  return fc.oneof({ weight: 12, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => applyMutations(valid(), ms)) }, { weight: 1, arbitrary: notAnObject });
}

// ---------------------------------------------------------------- the answer every refusal must have

export const isPlainObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A 4xx problem+json with a stable code and its Chinese title; validation problems carry field errors whose
 * first path segment is one of `fields` (after `prefix`), or the empty path when the body is not an object at all.
 */
export function assertProblem(res: Response, sent: Sent, fields: readonly string[], prefixes: readonly string[] = ['']): void {
  const where = `${sent.method} ${sent.url.slice(0, 200)} ${show(sent.body ?? sent.raw)} → ${res.status} ${show(res.body)}`;
  assert.ok(res.status >= 400 && res.status < 500, `expected a 4xx: ${where}`);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, `problem+json: ${where}`);
  const code = res.body?.code as ErrorCode;
  assert.ok(code in errorTitles, `stable code: ${where}`);
  assert.equal(res.body.title, errorTitles[code], `title of ${code}: ${where}`);
  assert.match(res.body.title, cjk, `Chinese title: ${where}`);
  assert.equal(res.body.status, res.status, `status field: ${where}`);
  if (code !== 'validation' || sent.raw) return;
  assert.ok(Array.isArray(res.body.errors) && res.body.errors.length > 0, `validation names its fields: ${where}`);
  for (const e of res.body.errors as { path: string; message: string }[]) {
    assert.match(e.message, cjk, `Chinese field message: ${where}`);
    if (e.path === '' && sent.body !== undefined && !isPlainObject(sent.body)) continue;
    // Field names may contain dots themselves (query filters such as f.closedOnFrom).
    const named = prefixes.some((p) => e.path.startsWith(p) && fields.some((f) => e.path.slice(p.length) === f || e.path.slice(p.length).startsWith(`${f}.`)));
    assert.ok(named, `error path "${e.path}" names no field of [${fields.join(', ')}]: ${where}`);
  }
}

/**
 * Runs a property to the end and keeps the first failure per label, so that one known server bug does not hide
 * the next one (fc.assert stops at the first). Returns label → message.
 */
export async function collectFailures<T>(arb: fc.Arbitrary<T>, label: (v: T) => string, check: (v: T) => Promise<void>, params: fc.Parameters<[T]>) {
  const failures = new Map<string, string>();
  await fc.assert(
    fc.asyncProperty(arb, async (v) => {
      try {
        await check(v);
      } catch (e) {
        if (fc.PreconditionFailure.isFailure(e)) throw e;
        const key = label(v);
        if (!failures.has(key)) failures.set(key, (e as Error).message.split('\n')[0]!);
      }
    }),
    params,
  );
  return Object.fromEntries(failures);
}

// ---------------------------------------------------------------- sending, and proving nothing was written

/** Sends a request as the holder of `cookie` and returns status, parsed body and headers. */
export async function send(h: Harness, sent: Sent, cookie: string, remoteAddress?: string): Promise<Response> {
  const headers: Record<string, string> = { cookie };
  let payload: string | undefined;
  if (sent.raw) {
    headers['content-type'] = sent.raw.type;
    payload = sent.raw.payload;
  } else if (sent.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(sent.body);
  }
  const res = await h.app.inject({ method: sent.method as 'POST', url: sent.url, headers, ...(payload !== undefined ? { payload } : {}), ...(remoteAddress ? { remoteAddress } : {}) });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: type.includes('json') ? res.json() : res.rawPayload, headers: res.headers };
}

/**
 * Row count and version sum of every table (the audit log without export entries, which a successful list
 * export writes): a refused request must leave all of them as they were.
 */
export async function tableSnapshot(h: Harness): Promise<Record<string, string>> {
  const tables = rowsOf<{ table_name: string; versioned: boolean }>(
    await h.db.execute(sql`
    select t.table_name, exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'version') as versioned
    from information_schema.tables t where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' order by 1`),
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    const name = sql.identifier(t.table_name);
    const where = t.table_name === 'audit_log' ? sql` where action <> 'export'` : sql``;
    const versions = t.versioned ? sql`coalesce(sum(version), 0)` : sql`0`;
    const [row] = rowsOf<{ n: string; v: string }>(await h.db.execute(sql`select count(*) as n, ${versions} as v from ${name}${where}`));
    out[t.table_name] = `${row!.n}/${row!.v}`;
  }
  return out;
}

/** Runs `run` and fails if any table changed meanwhile. */
export async function assertNoWrite(h: Harness, run: () => Promise<unknown>): Promise<void> {
  const before = await tableSnapshot(h);
  await run();
  const after = await tableSnapshot(h);
  const changed = Object.keys(after)
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
  assert.deepEqual(changed, [], 'a refused request wrote something');
}

/** One route with a JSON body, described for the generators. */
export type BodyRoute = {
  name: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  /** The session cookie to send it with. */
  cookie: () => string;
  valid: () => Record<string, Json>;
  /** Top-level fields of the contract: what is mutated and what error paths may name. */
  fields: string[];
  nested?: Path[];
  /** The contract's verdict on a body. */
  accepts: (body: Json) => boolean;
};

export const bySchema = (schema: z.ZodType) => (body: Json) => schema.safeParse(body).success;

/** Bodies of a transition route: a version plus the transition's own contract. */
export const byTransitionSchema = (input: z.ZodType) => (body: Json) => {
  if (!isPlainObject(body)) return false;
  const { version, ...rest } = body as Record<string, Json>;
  return Number.isInteger(version) && (version as number) > 0 && input.safeParse(rest).success;
};

/** Broken bodies for one route (or one of several): each is a 400 validation problem naming a field, and nothing is written. */
export async function refusesInvalidBodies(h: Harness, routes: BodyRoute[], runs = numRuns): Promise<void> {
  const arb = fc.constantFrom(...routes).chain((route) => badBody(route.valid, [...route.fields.map((f) => [f]), ...(route.nested ?? [])]).map((body) => [route, body] as const));
  await assertNoWrite(h, () =>
    fc.assert(
      fc.asyncProperty(arb, async ([route, body]) => {
        // What the server receives is the JSON of the body (Infinity and NaN become null).
        fc.pre(!route.accepts(JSON.parse(JSON.stringify(body)) as Json));
        const sent: Sent = { method: route.method, url: route.url(), body };
        const res = await send(h, sent, route.cookie());
        assertProblem(res, sent, route.fields);
        assert.equal(res.body.code, 'validation', `a contract-invalid body is a validation problem: ${show(body)} → ${res.status} ${show(res.body)}`);
      }),
      // The time limit only bites on a loaded machine: then fewer runs, rather than a file that overruns its minute.
      { numRuns: runs, interruptAfterTimeLimit: 3_000 },
    ),
  );
}

/**
 * The body routes of a workflow, generated from its declaration: one per step, each with a valid body made from
 * the step's input (field meta, plus `samples` for fields the meta cannot fill) and the version read.
 */
export function stepRoutes(
  path: string,
  workflow: { names: readonly string[]; steps: Record<string, { input: z.ZodObject }> },
  at: { id: () => string; version: () => number; cookie: () => string; samples?: Record<string, Record<string, Json>> },
): BodyRoute[] {
  return workflow.names.map((name) => {
    const input = workflow.steps[name]!.input;
    const body = sampleInput(input, at.samples?.[name], `${path} ${name}`);
    return {
      name: `POST ${path}/:id/transitions/${name}`,
      method: 'POST',
      url: () => `${path}/${at.id()}/transitions/${name}`,
      cookie: at.cookie,
      valid: () => ({ version: at.version(), ...clone(body) }),
      fields: ['version', ...Object.keys(input.shape)],
      accepts: byTransitionSchema(input),
    };
  });
}

// ---------------------------------------------------------------- classes every route and register inherits

type OpenApiDoc = { paths: Record<string, Record<string, unknown>> };
export type MutationRoute = { method: string; url: string; multipart: boolean };

/** Every mutation the app documents, path parameters filled with an id that names nothing. */
export function mutationRoutes(h: Harness): MutationRoute[] {
  const doc = h.app.swagger() as unknown as OpenApiDoc;
  const out: MutationRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      // Upload routes say so in their document (consumes, or the summary when there is no body schema).
      out.push({ method: method.toUpperCase(), url, multipart: JSON.stringify(op).includes('multipart/form-data') });
    }
  }
  return out;
}

export const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

type HostileRequest = { label: string; status: number; code: ErrorCode; headers: Record<string, string>; payload?: string; url?: (url: string) => string };

/** Headers and bodies that no contract fits, each with the answer it must get. */
export function hostileRequests(route: MutationRoute): HostileRequest[] {
  const json = { 'content-type': 'application/json' };
  const crossSite: HostileRequest[] = [
    { label: 'foreign Origin', status: 403, code: 'crossSite', headers: { ...json, origin: 'https://evil.example' }, payload: '{}' },
    { label: 'malformed Origin', status: 403, code: 'crossSite', headers: { ...json, origin: 'http://[' }, payload: '{}' },
    { label: 'Origin null', status: 403, code: 'crossSite', headers: { ...json, origin: 'null' }, payload: '{}' },
    // The proxy is not trusted in tests (no FAZHI_TRUST_PROXY): a forwarded host must not vouch for the Origin.
    { label: 'spoofed X-Forwarded-Host', status: 403, code: 'crossSite', headers: { ...json, origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }, payload: '{}' },
    {
      label: 'percent-encoded path, foreign Origin',
      status: 403,
      code: 'crossSite',
      headers: { ...json, origin: 'https://evil.example' },
      payload: '{}',
      url: (u) => u.replace(/^\/api\//, '/%61pi/'),
    },
  ];
  if (route.multipart) return crossSite;
  return [
    ...crossSite,
    { label: 'text/plain body', status: 415, code: 'unsupportedMediaType', headers: { 'content-type': 'text/plain' }, payload: '{"version":1}' },
    { label: 'form body', status: 415, code: 'unsupportedMediaType', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' },
    { label: 'multipart body', status: 415, code: 'unsupportedMediaType', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\n\r\n--x--' },
    { label: 'JSON nested 65 deep', status: 400, code: 'validation', headers: json, payload: deepArray(65) },
    { label: 'JSON nested 50,000 deep', status: 400, code: 'validation', headers: json, payload: deepObject(50_000) },
  ];
}

/**
 * Every documented mutation, signed in as `cookie` and also without a session, gets each hostile request and must
 * answer with its problem (never a 5xx), write nothing, and leave the server answering. Returns failures by label.
 */
export async function refusesHostileRequests(h: Harness, cookie: string): Promise<Record<string, string>> {
  const failures: Record<string, string> = {};
  await assertNoWrite(h, async () => {
    for (const route of mutationRoutes(h)) {
      for (const r of hostileRequests(route)) {
        for (const who of [cookie, '']) {
          const url = r.url ? r.url(route.url) : route.url;
          const res = await h.app.inject({
            method: route.method as 'POST',
            url,
            headers: { ...r.headers, ...(who ? { cookie: who } : {}) },
            ...(r.payload !== undefined ? { payload: r.payload } : {}),
          });
          const body = String(res.headers['content-type']).includes('json') ? res.json() : {};
          const key = `${route.method} ${route.url} ${r.label}${who ? '' : ' (no session)'}`;
          // Without a session a route that needs one may answer 401 first for body checks, never for cross-site ones.
          const anonymousOk = !who && r.status !== 403 && res.statusCode === 401;
          if (anonymousOk) continue;
          if (res.statusCode !== r.status || body.code !== r.code || !String(res.headers['content-type']).startsWith('application/problem+json')) {
            failures[key] = `${res.statusCode} ${show(body)}`;
          }
        }
      }
    }
  });
  const health = await h.app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(health.statusCode, 200, 'the server still answers');
  return failures;
}

/** Filter values out of the contracts' range, by field kind; each must be a 400 naming the key. */
export const outOfRangeFilter = {
  date: ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '0001-01-01'],
  integer: ['2147483648', '-2147483649', '99999999999999999999'],
} as const;

/**
 * Every register's list (and export) with each date and integer filter out of range, and a page past int4:
 * a 400 problem naming the parameter; the edges of the range are still answered.
 */
export async function refusesOutOfRangeFilters(h: Harness, cookie: string): Promise<{ registers: number; failures: Record<string, string> }> {
  const failures: Record<string, string> = {};
  const specs = mountedRegisters(h.app);
  await assertNoWrite(h, async () => {
    for (const spec of specs) {
      const base = `/api/${spec.path}`;
      const probes: { key: string; value: string; ok: boolean }[] = [
        { key: 'page', value: '99999999999999999999', ok: false },
        { key: 'page', value: '1e20', ok: false },
      ];
      for (const f of spec.fields.filter((f) => f.filter)) {
        const keys = [`f.${f.name}`, `f.${f.name}From`, `f.${f.name}To`];
        if (f.kind === 'date' || f.kind === 'dateTime') {
          for (const key of keys) for (const value of outOfRangeFilter.date) probes.push({ key, value, ok: false });
          probes.push({ key: `f.${f.name}From`, value: '1900-01-01', ok: true }, { key: `f.${f.name}To`, value: '2100-12-31', ok: true });
        } else if (f.kind === 'integer') {
          for (const key of keys) for (const value of outOfRangeFilter.integer) probes.push({ key, value, ok: false });
          probes.push({ key: `f.${f.name}To`, value: '2147483647', ok: true });
        }
      }
      for (const p of probes) {
        for (const url of [base, `${base}/export.xlsx`]) {
          if (url !== base && p.ok) continue;
          const res = await h.app.inject({ method: 'GET', url: `${url}?${encodeURIComponent(p.key)}=${encodeURIComponent(p.value)}`, headers: { cookie } });
          const key = `GET ${url}?${p.key}=${p.value}`;
          if (p.ok) {
            if (res.statusCode !== 200) failures[key] = `${res.statusCode} ${res.body.slice(0, 200)}`;
            continue;
          }
          const body = String(res.headers['content-type']).startsWith('application/problem+json') ? res.json() : null;
          // Exports of personal data may be forbidden to the actor before the filter is read: refused all the same.
          if (url !== base && res.statusCode === 403 && body?.code === 'forbidden') continue;
          const named = body?.errors?.some((e: { path: string }) => e.path === `query.${p.key}` || e.path === `querystring.${p.key}`);
          if (res.statusCode !== 400 || body?.code !== 'validation' || !named || !cjk.test(body.errors[0].message)) failures[key] = `${res.statusCode} ${res.body.slice(0, 200)}`;
        }
      }
    }
  });
  return { registers: specs.length, failures };
}
