import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 人民调解', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  async function pick(placeholder: string, option: string) {
    await page.locator('.ant-select', { hasText: placeholder }).first().click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).first().click();
  }

  it('on a phone, a village mediator enters a dispute and its agreement, on one card', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await session.login('mediator');
    await page.goto(`${server.url}/mediation/disputes/new`);
    await page.locator('.ant-select', { hasText: '调解委员会所在单位' }).first().click();
    await page.keyboard.type('柳园');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '柳园社区' }).first().click();
    await page.getByPlaceholder('受理日期').fill(daysAgo(3));
    await page.getByPlaceholder('受理日期').press('Enter');
    await pick('纠纷类型', '邻里纠纷');
    await pick('纠纷来源', '当事人申请');
    await page.getByPlaceholder('纠纷简要情况').fill('浏览器测试：排水沟渠堵塞致邻居院内积水');
    await page.getByPlaceholder('调解员').fill('郑调解');
    await page.getByPlaceholder('当事人姓名').nth(0).fill('浏览器甲');
    await page.getByPlaceholder('当事人姓名').nth(1).fill('浏览器乙');
    await page.getByPlaceholder('联系电话（选填）').nth(0).fill('13912345678');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the form fits a 390 px screen (overflow ${overflow}px)`);
    assert.equal(await page.locator('main .ant-card').count(), 1, 'the whole form is one card');
    await session.shot('mediation-dispute-phone');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page
      .getByText(/柳园社区调〔\d{4}〕\d+号/)
      .first()
      .waitFor();
    assert.match(await page.content(), /139\*\*\*\*5678/, 'the phone shows masked');

    // The agreement: 调解成功 with a written agreement effective today.
    await page.getByRole('button', { name: '调解成功' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTitle('协议形式').waitFor();
    await dialog.locator('.ant-select', { hasText: '协议形式' }).first().click();
    await page.locator('.ant-select-item-option[title="书面调解协议"]').click();
    await dialog.getByPlaceholder('协议内容').fill('浏览器测试：甲方三日内疏通沟渠，乙方不再追究');
    await session.shot('mediation-agreement-phone');
    await dialog.getByRole('button', { name: '调解成功' }).click();
    await page.getByText(/如需司法确认，双方应在 \d{4}-\d{2}-\d{2} 前共同向人民法院申请/).waitFor();
    const api = await session.apiAs('mediator');
    const found = (await api('GET', `/api/mediation/disputes?q=${encodeURIComponent('浏览器测试')}`)).body.items[0];
    assert.deepEqual([found.state, found.outcome, found.agreementForm], ['succeeded', 'succeeded', 'written']);
    await session.shot('mediation-dispute-agreed');
  });

  it('the portal lists the committees with office phones, without login', async () => {
    const visitor = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await visitor.goto(`${server.url}/gk/mediation-committees`);
    await visitor.getByText('人民调解委员会名录').first().waitFor();
    await visitor.getByPlaceholder('输入街道、村(社区)或调委会名称').fill('柳园');
    await visitor.getByPlaceholder('输入街道、村(社区)或调委会名称').press('Enter');
    await visitor.getByText('柳园社区人民调解委员会').first().waitFor();
    assert.doesNotMatch((await visitor.locator('main').textContent()) ?? '', /1[3-9]\d{9}/, 'no mobile number on the portal');
    await visitor.close();
  });
});
