import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 证明事项与行政协助核查', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close('certification-last'));

  const today = () => new Date().toISOString().slice(0, 10);
  // Closed dropdowns stay in the DOM: look only in the open one.
  const open = (selector: string, hasText?: string) => page.locator(`${selector}:visible`, hasText ? { hasText } : undefined).first();

  it('a department asks another to verify, picking the 证明事项 by name; the responding unit answers', async () => {
    await session.login('zrzy');
    await page.goto(`${server.url}/certification/verifications/new`);
    await page.locator('.ant-select', { hasText: '发起单位' }).first().click();
    await page.keyboard.type('自然资源');
    await open('.ant-select-tree-node-content-wrapper', '自然资源').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.locator('.ant-select', { hasText: '协查单位' }).first().click();
    await page.keyboard.type('住房');
    await open('.ant-select-tree-node-content-wrapper', '住房和城乡建设局').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    // The picker searches the 证明事项清单 by name: nobody types an id.
    await page.locator('.ant-select', { hasText: '证明事项' }).first().click();
    await page.keyboard.type('房屋权属');
    await open('.ant-select-item-option[title="房屋权属证明"]').click();
    await page.getByPlaceholder('发起日期').fill(today());
    await page.getByPlaceholder('发起日期').press('Enter');
    await page.getByPlaceholder('核查事项').fill('浏览器测试：核查申请人房屋权属');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('答复期限').first().waitFor();
    const url = page.url();

    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByPlaceholder('用户名').waitFor();
    await session.login('zjj');
    await page.goto(url);
    await page.getByRole('button', { name: /^答\s*复$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('答复日期').fill(today());
    await dialog.getByPlaceholder('答复日期').press('Enter');
    await dialog.locator('.ant-select', { hasText: '核查结果' }).first().click();
    await open('.ant-select-item-option[title="核查属实"]').click();
    await dialog.getByRole('button', { name: /^答\s*复$/ }).click();
    await page.getByText('已答复').first().waitFor();
    const api = await session.apiAs('zrzy');
    const found = (await api('GET', `/api/certification/verifications?q=${encodeURIComponent('浏览器测试')}`)).body.items[0];
    assert.deepEqual([found.state, found.itemName, found.overdue], ['answered', '房屋权属证明', false]);
    await session.shot('certification-verification-answered');
  });

  it('the portal lists the 证明事项 kept, searchable, without login', async () => {
    const visitor = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await visitor.goto(`${server.url}/gk/certification-items`);
    await visitor.getByText('证明事项清单').first().waitFor();
    await visitor.getByPlaceholder('按事项名称、单位或依据查找').fill('房屋');
    await visitor.getByPlaceholder('按事项名称、单位或依据查找').press('Enter');
    await visitor.getByText('房屋权属证明').first().waitFor();
    await visitor.close();
  });
});
