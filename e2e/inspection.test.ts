import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 督察考核', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  it('shows a reported 整改 with its acceptance step, the published ranking and the 示范 readiness', async () => {
    await session.login('fzb');
    const api = await session.apiAs('fzb');
    const reported = (await api('GET', '/api/inspection/subjects?f.state=reported')).body.items[0];
    await page.goto(`${server.url}/inspection/subjects/${reported.id}`);
    await page.getByText('整改已报告').first().waitFor();
    await page.getByRole('button', { name: '验收通过' }).waitFor();
    await session.shot('inspection-subject');

    const scheme = (await api('GET', '/api/inspection/schemes')).body.items[0];
    const ranking = (await api('GET', `/api/inspection/schemes/${scheme.id}/ranking`)).body;
    await page.goto(`${server.url}/inspection/schemes/${scheme.id}`);
    await page.getByText('考核排名').waitFor();
    await page.getByText(ranking.units[0].unitName).first().waitFor();
    assert.equal(await page.locator('.ant-card', { hasText: '考核排名' }).locator('tbody tr.ant-table-row').count(), ranking.units.length);

    await page.goto(`${server.url}/inspection/readiness`);
    await page.getByText('示范创建达标情况').first().waitFor();
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    assert.ok((await page.locator('tbody tr.ant-table-row').count()) > 5);
    await session.shot('inspection-readiness');
  });
});
