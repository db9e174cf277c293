import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 年度报告', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close('annual-report-failed'));

  it('送审 lists what the latest version still lacks and goes on only once confirmed', async () => {
    await session.login('fzb');
    const api = await session.apiAs('fzb');
    const report = (await api('GET', '/api/reports/annual?f.state=drafting')).body.items.find((r: { title: string }) => r.title.includes('示范高新区'));
    const generated = (await api('POST', `/api/reports/annual/${report.id}/generate`)).body;
    assert.ok(generated.warnings.length > 0, 'the demo leaves 工作安排 to be written');

    await page.goto(`${server.url}/reports/annual/${report.id}`);
    // A breakdown value is named as the server names it, not flagged unknown.
    await page.locator('.ant-tag-blue', { hasText: '在聘法律顾问（顾问类型：律师事务所）' }).first().waitFor();
    assert.equal(await page.locator('.block-card .ant-tag-red').count(), 0);
    await page.getByRole('button', { name: '提交审核' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '尚有以下问题' });
    await dialog.getByText('「下一年度工作安排」尚未撰写').waitFor();
    assert.equal(await dialog.locator('.draft-warnings li').count(), generated.warnings.length);
    await session.shot('annual-report-submit-warnings');
    await dialog.getByRole('button', { name: '取消' }).click();
    assert.equal((await api('GET', `/api/reports/annual/${report.id}`)).body.state, 'drafting', 'cancelled: nothing sent');

    await page.getByRole('button', { name: '提交审核' }).click();
    await dialog.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('审核', { exact: true }).first().waitFor();
    assert.equal((await api('GET', `/api/reports/annual/${report.id}`)).body.state, 'reviewing');
  });
});
