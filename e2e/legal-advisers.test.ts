import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 村(社区)法律顾问', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  it('on a phone, a 街道 logs a village consultation in 人次 under the month’s theme, on one card', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await session.login('donghu');
    await page.goto(`${server.url}/legal-advisers/services/new`);
    const field = (label: string) =>
      page
        .locator('.ant-form-item')
        .filter({ has: page.locator('label', { hasText: label }) })
        .locator('.ant-select')
        .first();
    await field('服务单位').click();
    await page.keyboard.type('柳园');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '柳园社区' }).first().click();
    await page.locator('label.ant-radio-button-wrapper', { hasText: '法律咨询' }).click();
    await page.getByPlaceholder('服务人次').fill('6');
    // The theme picker appears once the unit is known to be a 村(社区); the newest theme is this month's.
    await field('一月一主题').click();
    await page.locator('.ant-select-item-option').first().click();
    await field('服务提供者').click();
    await page.locator('.ant-select-item-option', { hasText: '山东正衡律师事务所' }).first().click();
    await page.getByPlaceholder('如：村民土地承包纠纷咨询').fill('浏览器测试：宅基地纠纷集中咨询');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the form fits a 390 px screen (overflow ${overflow}px)`);
    await session.shot('village-service-phone');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('浏览器测试：宅基地纠纷集中咨询').first().waitFor();
    const api = await session.apiAs('donghu');
    const found = (await api('GET', `/api/legal-advisers/services?q=${encodeURIComponent('浏览器测试：宅基地')}`)).body.items[0];
    assert.deepEqual([found.servedGroup, found.persons, found.kind], ['community', 6, 'consultation']);
    assert.ok(found.themeTitle, 'the entry carries the month’s theme');
  });

  it('the portal shows each village’s adviser without login', async () => {
    const visitor = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await visitor.goto(`${server.url}/gk/village-advisers`);
    await visitor.getByText('村(社区)法律顾问').first().waitFor();
    await visitor.getByPlaceholder('输入村(社区)、街道或律师事务所名称').fill('柳园');
    await visitor.getByPlaceholder('输入村(社区)、街道或律师事务所名称').press('Enter');
    await visitor.getByText('柳园社区').first().waitFor();
    assert.match(await visitor.content(), /山东正衡律师事务所/);
    assert.doesNotMatch((await visitor.locator('main').textContent()) ?? '', /1[3-9]\d{9}/, 'no phone number on the portal');
    await visitor.close();
  });
});
