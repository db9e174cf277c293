import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

// The register kit's pages as a user meets them: Chinese messages on the sign-in form, a list that fits the
// screen, cards on a phone, and a trail back from every record.
describe('browser: lists, pages and sign-in', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  it('the sign-in form names what is missing in Chinese, not the type zod expected', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();
    const text = (await page.locator('form').textContent()) ?? '';
    assert.doesNotMatch(text, /无效输入|期望|undefined|string/);
  });

  it('a list at 1440 px shows its key columns without scrolling sideways, states as coloured tags', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await session.login('fzb');
    await page.goto(`${server.url}/litigation/cases`);
    await page.locator('.ant-table-row').first().waitFor();
    await session.shot('list-1440');
    const box = await page
      .locator('.ant-table-content, .ant-table-body')
      .first()
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(box.scroll <= box.client, `the table is ${box.scroll}px wide in ${box.client}px`);
    for (const heading of ['答辩期限', '状态', '败诉']) {
      const th = await page.locator('th', { hasText: heading }).first().boundingBox();
      assert.ok(th && th.x + th.width <= 1440, `${heading} is on screen`);
    }
    const stateIndex = await page.locator('thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === '状态'));
    const stateCell = page.locator('.ant-table-row').first().locator('td').nth(stateIndex);
    assert.equal(await stateCell.locator('.ant-tag').count(), 1, 'the state is a tag');
    assert.equal(await page.locator('body').evaluate((b) => b.scrollWidth <= window.innerWidth), true);
  });

  it('a record shows the trail back to its list, and the trail leads there', async () => {
    await page.locator('.ant-table-row').first().locator('a').first().click();
    await page.waitForURL(/\/litigation\/cases\/[0-9a-f-]{36}$/);
    const trail = page.locator('.ant-breadcrumb', { hasText: '（' });
    await trail.waitFor();
    const text = (await trail.textContent()) ?? '';
    assert.match(text, /首页[\s\S]*行政应诉[\s\S]*行政诉讼案件/);
    assert.match(text, /（\d{4}）/, 'the last step names the case');
    await session.shot('detail-trail');
    await trail.getByRole('link', { name: '行政诉讼案件' }).click();
    await page.waitForURL(/\/litigation\/cases$/);
    await page.locator('.ant-table-row').first().waitFor();
  });

  it('on a 390 px phone a list is a column of cards, not a table to scroll sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/litigation/cases`);
    await page.locator('.record-card').first().waitFor();
    await session.shot('list-390');
    assert.equal(await page.locator('.ant-table').count(), 0);
    const card = page.locator('.record-card').first();
    assert.equal((await card.locator('.ant-tag').count()) >= 1, true, 'the state shows as a tag on the card');
    assert.match((await card.textContent()) ?? '', /答辩期限：/);
    const b = await card.boundingBox();
    assert.ok(b && b.x >= 0 && b.x + b.width <= 390, 'the card fits the phone');
    assert.equal(await page.locator('body').evaluate((el) => el.scrollWidth <= window.innerWidth), true);
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
