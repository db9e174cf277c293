import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 司法所', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  it('on a phone, 东湖 staff log a day of 法律咨询 in 人次 on one card', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await session.login('donghu');
    await page.goto(`${server.url}/judicial-offices/activities/new`);
    await page.locator('label.ant-radio-button-wrapper', { hasText: '法律咨询' }).click();
    await page.getByPlaceholder('人次').fill('9');
    await page
      .locator('.ant-form-item')
      .filter({ has: page.locator('label', { hasText: '司法所' }) })
      .locator('.ant-select')
      .first()
      .click();
    await page.keyboard.type('东湖司法所');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '东湖司法所' }).first().click();
    await page.getByPlaceholder('如：《民法典》进社区宣讲').fill('浏览器测试：法律咨询接待日');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the form fits a 390 px screen (overflow ${overflow}px)`);
    await session.shot('judicial-activity-phone');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('浏览器测试：法律咨询接待日').first().waitFor();
    const api = await session.apiAs('donghu');
    const found = (await api('GET', `/api/judicial-offices/activities?q=${encodeURIComponent('浏览器测试：法律咨询')}`)).body.items[0];
    assert.deepEqual([found.kind, found.persons, found.quantity, found.orgUnitName], ['consultation', 9, 1, '东湖司法所']);
  });

  it('the portal lists the 司法所 with address, office phone and star level without login', async () => {
    const visitor = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await visitor.goto(`${server.url}/gk/judicial-offices`);
    await visitor.getByText('西岭司法所').first().waitFor();
    const text = (await visitor.locator('main').textContent()) ?? '';
    assert.match(text, /0537-\d{7}/);
    assert.match(text, /★★★★★/);
    assert.doesNotMatch(text, /1[3-9]\d{9}/, 'no mobile number on the portal');
    await visitor.close();
  });
});
