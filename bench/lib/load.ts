import autocannon, { type RawRequest, type Result } from 'autocannon';
import type { HttpRequest, Scenario } from '../scenarios/index.js';
import type { Window, WindowStats } from './server.js';
import { summarize, type LatencySummary } from './stats.js';

export type LoadResult = LatencySummary & {
  /** Responses counted (2xx and not), over the measured seconds. */
  requests: number;
  /** Requests written, including those abandoned in flight at the stop (the server still works them off). */
  sent: number;
  seconds: number;
  rps: number;
  /** Non-2xx responses plus connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  /** The first few non-2xx bodies, to tell a 409 from a 500 without rerunning. */
  errorSamples: string[];
  connections: number;
};

export type Session = { baseUrl: string; cookie: string };

const requestOf = (scenario: Scenario): HttpRequest => (typeof scenario.request === 'function' ? scenario.request() : scenario.request);

function headersFor(session: Session, scenario: Scenario, request: HttpRequest): Record<string, string> {
  return {
    ...(scenario.authenticated === false ? {} : { cookie: session.cookie }),
    ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
  };
}

export type CannonOptions = {
  connections: number;
  seconds: number;
  /** Send exactly this many requests (a finite pool), still stopping after `seconds`. */
  amount?: number;
  /** Keep going past `seconds` until this many responses came back (slow routes on a busy machine)… */
  minResponses?: number;
  /** …but never longer than this. */
  maxSeconds?: number;
};

/** One autocannon run; latencies are collected per response (sub-millisecond), 2xx only, like autocannon's own. */
export async function cannon(session: Session, scenario: Scenario, options: CannonOptions): Promise<LoadResult> {
  const { connections, seconds, amount, minResponses = 0 } = options;
  const maxSeconds = Math.max(seconds, options.maxSeconds ?? seconds);
  const dynamic = typeof scenario.request === 'function';
  // A dynamic source is only asked from setupRequest, so every request taken from a pool is really sent.
  const first: HttpRequest = dynamic ? { method: 'GET', path: '/' } : requestOf(scenario);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let responses = 0;
  const onResponse = (status: number, body: string) => {
    if ((status < 200 || status >= 300) && errorSamples.length < 3) errorSamples.push(`${status} ${body.slice(0, 300)}`);
    scenario.onResponse?.(status, body);
  };
  const started = performance.now();
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: session.baseUrl,
        connections: amount ? Math.min(connections, amount) : connections,
        duration: maxSeconds,
        ...(amount ? { amount } : {}),
        ...(scenario.overallRate ? { overallRate: scenario.overallRate } : {}),
        timeout: 30,
        requests: [
          {
            method: first.method,
            path: first.path,
            headers: headersFor(session, scenario, first),
            ...(first.body !== undefined ? { body: first.body } : {}),
            // autocannon builds each connection's first request up front, then one per response it will send.
            ...(dynamic
              ? {
                  setupRequest: (req: RawRequest) => {
                    const next = requestOf(scenario);
                    return { ...req, method: next.method, path: next.path, headers: headersFor(session, scenario, next), body: next.body ?? '' };
                  },
                }
              : {}),
            onResponse,
          },
        ],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    const due = performance.now() + seconds * 1000;
    instance.on('response', (_client, status, _bytes, ms) => {
      responses++;
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latencies.push(ms);
      else errors++;
      if (minResponses && responses === minResponses && performance.now() >= due) instance.stop();
    });
    // autocannon ignores the duration when given an amount, and runs to maxSeconds otherwise: stop at `seconds`
    // unless too few responses came back yet.
    setTimeout(() => {
      if (amount || responses >= minResponses) instance.stop();
    }, seconds * 1000).unref();
  });
  const elapsed = (performance.now() - started) / 1000;
  return {
    ...summarize(latencies),
    requests: responses,
    sent: result.requests.sent,
    seconds: elapsed,
    rps: responses / elapsed,
    errors: errors + result.errors,
    statusCodes,
    errorSamples,
    connections,
  };
}

/**
 * Warm-up (unmeasured), then the measured run at a fixed connection count for a bounded time. `measure` opens the
 * server-resource window around the measured run and the settling after it, so the CPU spent on requests abandoned
 * at the stop is counted along with them (`sent`).
 */
export async function runLoad(
  session: Session,
  scenario: Scenario,
  connections: number,
  seconds: number,
  warmupSeconds: number,
  measure: () => Window,
): Promise<{ result: LoadResult | null; stats: WindowStats }> {
  const conns = scenario.connections ?? connections;
  if (scenario.warmup !== false && warmupSeconds > 0) {
    await cannon(session, scenario, { connections: conns, seconds: warmupSeconds });
    await settle(session);
  }
  const window = measure();
  let result: LoadResult | null = null;
  if (scenario.available) {
    const amount = scenario.available();
    if (amount >= 1) result = await cannon(session, scenario, { connections: conns, seconds, amount });
  } else {
    // At least one response per connection, so that a slow route still yields a latency (up to 3× the time).
    result = await cannon(session, scenario, { connections: conns, seconds, minResponses: conns, maxSeconds: seconds * 3 });
  }
  await settle(session);
  return { result, stats: window.end() };
}

/** An idle server's response time to the settle probe, per server. */
const idleMs = new Map<string, number>();

/**
 * Waits until the server has worked off requests that autocannon abandoned when it stopped (they keep running
 * server-side; on PGlite they queue for its one connection), so they do not slow the next measurement. An
 * authenticated GET queues behind them in the database; once it is as fast as on an idle server, the backlog is gone.
 */
export async function settle(session: Session, maxSeconds = 60): Promise<void> {
  const probe = async () => {
    const t = performance.now();
    const res = await fetch(`${session.baseUrl}/api/auth/me`, { headers: { cookie: session.cookie } });
    await res.arrayBuffer();
    return performance.now() - t;
  };
  let idle = idleMs.get(session.baseUrl);
  if (idle === undefined) {
    const times = [await probe(), await probe(), await probe(), await probe(), await probe()].sort((a, b) => a - b);
    idle = times[2]!;
    idleMs.set(session.baseUrl, idle);
  }
  const deadline = performance.now() + maxSeconds * 1000;
  while (performance.now() < deadline) {
    if ((await probe()) <= Math.max(3 * idle, idle + 5)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `count` requests one after another: for rate-limited routes; latency includes everything the route does. */
export async function runSequential(session: Session, scenario: Scenario): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const count = scenario.count ?? 10;
  for (let i = 0; i < count; i++) {
    const request = requestOf(scenario);
    const t = performance.now();
    const res = await fetch(`${session.baseUrl}${request.path}`, { method: request.method, headers: headersFor(session, scenario, request), body: request.body ?? null });
    const body = await res.text();
    const ms = performance.now() - t;
    statusCodes[res.status] = (statusCodes[res.status] ?? 0) + 1;
    if (res.ok) latencies.push(ms);
    else {
      errors++;
      if (errorSamples.length < 3) errorSamples.push(`${res.status} ${body.slice(0, 300)}`);
    }
    scenario.onResponse?.(res.status, body);
  }
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(latencies), requests: count, sent: count, seconds: elapsed, rps: count / elapsed, errors, statusCodes, errorSamples, connections: 1 };
}

/** Signs in once; every load scenario then carries this session cookie. */
export async function login(baseUrl: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('fazhi_session='));
  if (!cookie) throw new Error('login returned no session cookie');
  return { baseUrl, cookie };
}
