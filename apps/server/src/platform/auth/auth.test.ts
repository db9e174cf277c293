import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { sessions, users } from './tables.js';

describe('authentication', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('logs in, reports the user and grants, and logs out', async () => {
    const c = await h.login('fzb');
    const me = await c.get('/api/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.username, 'fzb');
    assert.equal(me.body.grants[0].role, 'coordinator');
    assert.ok(me.body.permissions.litigation.includes('transition'));
    assert.equal((await c.post('/api/auth/logout')).status, 200);
    assert.equal((await c.get('/api/auth/me')).status, 401);
  });

  it('sets an HttpOnly SameSite=Strict cookie and stores only a hash of the token', async () => {
    const res = await h.request('POST', '/api/auth/login', { username: 'leader', password: 'Fazhi@2026demo' });
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await h.db.select().from(sessions);
    assert.ok(stored.length > 0);
    assert.ok(stored.every((s) => s.tokenHash !== token && s.tokenHash.length === 64));
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await h.request('POST', '/api/auth/login', { username: 'leader', password: 'nope-nope-1A' });
    const unknown = await h.request('POST', '/api/auth/login', { username: 'nobody', password: 'nope-nope-1A' });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    assert.equal(wrong.body.title, '用户名或密码错误');
  });

  it('locks an account after 5 failures within 15 minutes, even for the right password', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await h.request('POST', '/api/auth/login', { username: 'inspector', password: 'Wrong-pass-1' })).status, 401);
    const fifth = await h.request('POST', '/api/auth/login', { username: 'inspector', password: 'Wrong-pass-1' });
    assert.equal(fifth.status, 423);
    const right = await h.request('POST', '/api/auth/login', { username: 'inspector', password: 'Fazhi@2026demo' });
    assert.equal(right.status, 423);
    assert.equal(right.body.code, 'accountLocked');
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const c = await h.login('zrzy');
    const [user] = await h.db.select().from(users).where(eq(users.username, 'zrzy'));
    await h.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, user!.id));
    const res = await c.get('/api/auth/me');
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'sessionExpired');
  });

  it('ends a session past its 12-hour lifetime even when active', async () => {
    const c = await h.login('zjj');
    const [user] = await h.db.select().from(users).where(eq(users.username, 'zjj'));
    await h.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user!.id));
    assert.equal((await c.get('/api/auth/me')).status, 401);
  });

  it('makes a user created by an admin change the password first, by the password rules', async () => {
    const admin = await h.login('admin');
    const units = (await admin.get('/api/org/units')).body;
    const weak = await admin.post('/api/users', { username: 'newbie', displayName: '新同事', orgUnitId: units[0].id, password: 'short' });
    assert.equal(weak.status, 400);
    assert.ok(weak.body.errors.some((e: { path: string }) => e.path === 'password'));
    const created = await admin.post('/api/users', { username: 'newbie', displayName: '新同事', orgUnitId: units[0].id, password: 'Initial-Pass-2026' });
    assert.equal(created.status, 201);
    const c = await h.login('newbie', 'Initial-Pass-2026');
    const blocked = await c.get('/api/org/units');
    assert.equal(blocked.status, 403);
    assert.equal(blocked.body.code, 'passwordChangeRequired');
    assert.equal((await c.post('/api/auth/password', { oldPassword: 'Initial-Pass-2026', newPassword: 'alllowercase' })).status, 400);
    assert.equal((await c.post('/api/auth/password', { oldPassword: 'Initial-Pass-2026', newPassword: 'Changed-Pass-2026' })).status, 200);
    assert.equal((await c.get('/api/auth/me')).body.mustChangePassword, false);
  });

  it('refuses a cross-site mutation', async () => {
    const c = await h.login('fzb');
    const res = await c.raw('POST', '/api/litigation/observations', {}, { origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'crossSite');
    const fetchMeta = await c.raw('POST', '/api/auth/logout', {}, { 'sec-fetch-site': 'cross-site' });
    assert.equal(fetchMeta.status, 403);
  });

  it('applies the cross-site check to the decoded path, a malformed Origin and a spoofed X-Forwarded-Host', async () => {
    const credentials = { username: 'fzb', password: 'Fazhi@2026demo' };
    // Login CSRF through a percent-encoded path: the router decodes /%61pi/ to /api/.
    for (const url of ['/%61pi/auth/login', '/api/auth/%6Cogin', '/%61%70%69/auth/login']) {
      const res = await h.request('POST', url, credentials, undefined, { origin: 'https://evil.example' });
      assert.equal(res.status, 403, url);
      assert.equal(res.body.code, 'crossSite');
      assert.equal(res.headers['set-cookie'], undefined, `no session from ${url}`);
    }
    for (const origin of ['http://[', '%%%', 'https://', 'http://a b']) {
      const res = await h.request('POST', '/api/auth/login', credentials, undefined, { origin });
      assert.equal(res.status, 403, origin);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    }
    // Without FAZHI_TRUST_PROXY the forwarded host is the attacker's to choose, so it does not vouch for the Origin.
    const spoofed = await h.request('POST', '/api/auth/login', credentials, undefined, { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    assert.equal(spoofed.status, 403);
    // The server's own origin still logs in.
    const same = await h.request('POST', '/api/auth/login', credentials, undefined, { origin: 'http://localhost:3000', host: 'localhost:3000' });
    assert.equal(same.status, 200);
    assert.equal((await h.anonymous.get('/api/health')).status, 200);
  });

  it('takes JSON bodies only on mutations: text/plain, forms and multipart are 415 and write nothing', async () => {
    const c = await h.login('fzb');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await c.raw('POST', '/api/auth/logout', type.startsWith('multipart') ? '--x\r\n\r\n--x--' : 'a=1', { 'content-type': type });
      assert.equal(res.status, 415, type);
      assert.equal(res.body.code, 'unsupportedMediaType');
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    }
    // The session survived every refused logout.
    assert.equal((await c.get('/api/auth/me')).status, 200);
    assert.equal((await c.post('/api/auth/logout')).status, 200);
  });

  it('refuses deeply nested JSON on login with a 400 and stays up', async () => {
    for (const depth of [65, 10_000, 200_000]) {
      const res = await h.request('POST', '/api/auth/login', '['.repeat(depth) + ']'.repeat(depth), undefined, { 'content-type': 'application/json' });
      assert.equal(res.status, 400, `depth ${depth}`);
      assert.equal(res.body.code, 'validation');
    }
    const nested = await h.request('POST', '/api/auth/login', `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`, undefined, { 'content-type': 'application/json' });
    assert.equal(nested.status, 400);
    // Credentials are small: a megabyte of them is refused before it is read whole.
    const big = await h.request('POST', '/api/auth/login', { username: 'fzb', password: 'x'.repeat(1024 * 1024) });
    assert.ok(big.status >= 400 && big.status < 500, String(big.status));
    assert.equal((await h.anonymous.get('/api/health')).status, 200);
    assert.equal((await h.request('POST', '/api/auth/login', { username: 'fzb', password: 'Fazhi@2026demo' })).status, 200);
  });

  it('counts wrong old passwords on password change toward the lockout', async () => {
    const c = await h.login('scjg');
    const before = (await h.db.select().from(users).where(eq(users.username, 'scjg')))[0]!;
    for (let i = 0; i < 4; i++) {
      const res = await c.post('/api/auth/password', { oldPassword: 'Wrong-pass-1', newPassword: 'Changed-Pass-2026' });
      assert.equal(res.status, 400);
      assert.equal(res.body.errors[0].path, 'oldPassword');
    }
    const fifth = await c.post('/api/auth/password', { oldPassword: 'Wrong-pass-1', newPassword: 'Changed-Pass-2026' });
    assert.equal(fifth.status, 423);
    // Locked now: neither the right old password here nor a login goes through.
    assert.equal((await c.post('/api/auth/password', { oldPassword: 'Fazhi@2026demo', newPassword: 'Changed-Pass-2026' })).status, 423);
    assert.equal((await h.request('POST', '/api/auth/login', { username: 'scjg', password: 'Fazhi@2026demo' })).status, 423);
    const after = (await h.db.select().from(users).where(eq(users.username, 'scjg')))[0]!;
    assert.equal(after.passwordHash, before.passwordHash);
    assert.equal(after.version, before.version);
  });

  it('requires a session for the API but not for health', async () => {
    assert.equal((await h.anonymous.get('/api/litigation/cases')).status, 401);
    assert.equal((await h.anonymous.get('/api/openapi.json')).body.openapi, '3.1.0');
    assert.equal((await h.anonymous.get('/api/docs/')).status, 200);
    const health = await h.anonymous.get('/api/health');
    assert.equal(health.body.status, 'ok');
    assert.equal(health.body.db, h.engine);
    // Monitors may probe with HEAD; the API's other routes answer GET only.
    assert.equal((await h.app.inject({ method: 'HEAD', url: '/api/health' })).statusCode, 200);
  });

  it('rate-limits login attempts from one address', async () => {
    const limited = await startHarness({ seed: false, loginRateLimit: 3 });
    try {
      const attempt = () => limited.request('POST', '/api/auth/login', { username: 'x', password: 'Wrong-pass-1' });
      for (let i = 0; i < 3; i++) assert.equal((await attempt()).status, 401);
      const blocked = await attempt();
      assert.equal(blocked.status, 429);
      assert.equal(blocked.body.code, 'rateLimited');
      assert.equal(blocked.body.title, '请求过于频繁，请稍后再试');
    } finally {
      await limited.close();
    }
  });

  it('shares the login limit with password change: guesses there count as logins', async () => {
    const limited = await startHarness({ loginRateLimit: 3 });
    try {
      const c = await limited.login('fzb');
      const guess = () => c.post('/api/auth/password', { oldPassword: 'Wrong-pass-1', newPassword: 'Changed-Pass-2026' });
      assert.equal((await guess()).status, 400);
      assert.equal((await guess()).status, 400);
      const blocked = await guess();
      assert.equal(blocked.status, 429);
      assert.equal(blocked.body.code, 'rateLimited');
      assert.equal((await limited.request('POST', '/api/auth/login', { username: 'fzb', password: 'Fazhi@2026demo' })).status, 429);
    } finally {
      await limited.close();
    }
  });
});
