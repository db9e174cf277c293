import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserArgs, chromiumPath, hasChromium, startServer } from './server.js';

/** `describe(…, { skip })`: browser tests need Debian's Chromium. */
export const skipWithoutChromium = hasChromium ? false : `未找到 Chromium（${chromiumPath}），跳过浏览器测试`;

export type BrowserSession = {
  server: Awaited<ReturnType<typeof startServer>>;
  browser: Browser;
  page: Page;
  /** A full-page screenshot into $E2E_SCREENSHOTS (default: a temp folder), for looking at later. */
  shot: (name: string) => Promise<void>;
  /** Signs in through the login page as a demo user. */
  login: (username: string) => Promise<void>;
  /** A signed-in API client outside the browser, for preparing what other pages would have recorded. */
  apiAs: (username: string) => Promise<(method: string, url: string, body?: unknown) => Promise<{ status: number; body: Awaited<ReturnType<Response['json']>> }>>;
  /** Keeps a last screenshot (the page as it stood when something failed), then stops browser and server. */
  close: (lastShot?: string) => Promise<void>;
};

/** The real server on a fresh demo district, and a desktop-sized Chinese-locale page in Chromium. */
export async function openBrowser(): Promise<BrowserSession> {
  const shots = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), 'fazhi-e2e-shots');
  fs.mkdirSync(shots, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: browserArgs });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(15_000);
  // Anything the Content-Security-Policy refuses (an eval, an inline script, a foreign origin) fails the test at close:
  // the page may have looked fine while a feature silently did nothing.
  const refusals: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP refused ${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|CSP refused/.test(m.text())) refusals.push(m.text());
  });
  const shot = async (name: string) => {
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  };
  return {
    server,
    browser,
    page,
    shot,
    login: async (username) => {
      await page.goto(`${server.url}/login`);
      await page.getByPlaceholder('用户名').fill(username);
      await page.getByPlaceholder('密码').fill('Fazhi@2026demo');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByRole('button', { name: /退出登录/ }).waitFor();
    },
    apiAs: async (username) => {
      const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Fazhi@2026demo' }) });
      const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
      return async (method, url, body) => {
        const r = await fetch(`${server.url}${url}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
        return { status: r.status, body: await r.json() };
      };
    },
    close: async (lastShot) => {
      if (lastShot) await shot(lastShot).catch(() => undefined);
      await browser.close();
      await server.stop();
      if (refusals.length) throw new Error(`内容安全策略拒绝了 ${refusals.length} 项：\n${[...new Set(refusals)].join('\n')}`);
    },
  };
}
