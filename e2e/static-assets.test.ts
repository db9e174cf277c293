import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from './server.js';

// The web app as a browser fetches it: compressed, hashed assets kept a year, the page itself always revalidated.
describe('static assets', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.stop());

  it('serves the page revalidated and its hashed script brotli-compressed and cached for a year', async () => {
    const page = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    // The page runs only its own scripts, never eval, and cannot be framed.
    const csp = String(page.headers.get('content-security-policy'));
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'index.html names a hashed script');

    const compressed = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(compressed.status, 200);
    assert.equal(compressed.headers.get('content-encoding'), 'br');
    assert.equal(compressed.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const plain = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    // fetch decodes brotli, so both bodies are the same script.
    assert.equal(await compressed.text(), await plain.text());
  });
});
