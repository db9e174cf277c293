import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 案卷评查', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  it('on a phone, a reviewer from another unit scores a file assigned to them', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await session.login('zrzy');
    const api = await session.apiAs('zrzy');
    const files = (await api('GET', '/api/enforcement/review-files?pageSize=50')).body.items as { id: string; caseNumber: string }[];
    assert.ok(files.length > 0, 'the reviewer has files assigned');
    const file = files[0]!;
    await page.goto(`${server.url}/enforcement/review-files/${file.id}`);
    await page.getByText('评查评分').first().waitFor();
    await page.getByLabel('B02扣分').fill('2');
    await page.getByLabel('C02扣分').fill('5');
    await page.getByLabel('C02评语').fill('浏览器测试：证据来源未注明');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the scoring sheet fits a 390 px screen (overflow ${overflow}px)`);
    await session.shot('enforcement-review-scoring-phone');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByText('评分已提交').first().waitFor();
    const scores = (await api('GET', `/api/enforcement/review-files/${file.id}/scores`)).body as {
      rubric: { id: string; code: string }[];
      mine: { itemId: string; deduction: number; comment: string | null }[];
    };
    const mine = (code: string) => scores.mine.find((m) => m.itemId === scores.rubric.find((i) => i.code === code)!.id);
    assert.equal(mine('B02')?.deduction, 2);
    assert.equal(mine('C02')?.deduction, 5);
    assert.equal(mine('C02')?.comment, '浏览器测试：证据来源未注明');
  });

  it('the 执法监督 card on 首页 opens the records behind a figure', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByPlaceholder('用户名').waitFor();
    await session.login('fzb');
    await page.goto(`${server.url}/`);
    const card = page.locator('.module-figures').filter({ has: page.locator('.ant-card-head-title', { hasText: /^执法监督$/ }) });
    for (const label of ['网上运行率', '公示及时率', '重大执法决定法制审核率', '办理及时率', '培训学时不足人员', '未完成整改']) await card.locator(`a[aria-label^="${label}："]`).waitFor();
    const figure = card.locator('a[aria-label^="网上运行率："]');
    await page.waitForFunction(() => /网上运行率：\S+/.test(document.querySelector('.module-figures a[aria-label^="网上运行率："]')?.getAttribute('aria-label') ?? ''));
    await session.shot('enforcement-dashboard-card');
    await figure.click();
    await page.waitForURL(/enforcement\.onlineRate/);
    await page.locator('.ant-table-row').first().waitFor();
  });
});
