import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

const title = '东湖街道社区综合服务中心维修改造工程施工合同（浏览器测试）';

describe('browser: 提请合法性审核 — 送审材料, 合同金额 and the 法律顾问 from the roster', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close('legal-review-form-last'));

  /** The value cell beside a label in the detail page's bordered 基本信息. */
  const described = (label: string) => page.locator(`xpath=//th[contains(@class,"ant-descriptions-item-label")][normalize-space()="${label}"]/following-sibling::td[1]`).first();

  const text = async (l: ReturnType<Page['locator']>) => String(await l.textContent()).trim();

  it('refuses an incomplete checklist, then registers the contract with its amount and adviser', async () => {
    const fzb = await session.apiAs('fzb');
    const roster = (await fzb('GET', '/api/legal-advisers/advisers?pageSize=20')).body as { items: { id: string; name: string }[] };
    const adviser = roster.items[0];
    assert.ok(adviser, 'the demo roster has an adviser');

    await session.login('fzb');
    await page.goto(`${session.server.url}/legal-review/requests/new`);
    const kind = page.locator('.ant-form-item').filter({ has: page.locator('label[title="事项类别"]') });
    assert.match(await text(kind), /合同协议（含行政协议）/, 'a contract by default');
    await page.getByPlaceholder('送审事项', { exact: true }).fill(title);
    await page.locator('.ant-select', { hasText: '送审单位' }).first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper').first().waitFor();
    await page.keyboard.type('东湖');
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: /^东湖街道$/ })
      .first()
      .click();
    await page.getByPlaceholder('合同相对方').fill('示范建筑工程有限公司');
    await page.getByPlaceholder('合同金额（元）').fill('1280000.50');

    // The adviser is a roster entry found by name, not typed text.
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.locator('.ant-select', { hasText: '法律顾问' }).first().click();
    await page.keyboard.type(adviser.name.slice(0, 4));
    await page.locator(`.ant-select-item-option[title="${adviser.name}"]`).first().click();

    // Two of the three required materials: nothing is saved, and the missing one is named.
    await page.getByRole('checkbox', { name: /送审函（送审请示）/ }).check();
    await page.getByRole('checkbox', { name: /合同（协议）文本/ }).check();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('送审材料不齐全，缺少：合同相对方主体资格证明').first().waitFor();
    await session.shot('legal-review-form-materials-missing');
    assert.match(page.url(), /\/legal-review\/requests\/new$/, 'still on the form');
    const none = (await fzb('GET', `/api/legal-review/requests?q=${encodeURIComponent('维修改造工程施工合同')}`)).body as { total: number };
    assert.equal(none.total, 0, 'nothing saved');

    await page.getByRole('checkbox', { name: /合同相对方主体资格证明/ }).check();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/legal-review\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    await session.shot('legal-review-form-saved');

    assert.equal(await text(described('事项类别')), '合同协议（含行政协议）');
    assert.equal(await text(described('合同相对方')), '示范建筑工程有限公司');
    assert.match(await text(described('合同金额（元）')), /^1,?280,?000\.50?$/, 'the amount to the 分, not rounded');
    assert.equal(await text(described('法律顾问')), adviser.name);
    const materials = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^送审材料$/ }) });
    const row = (label: string) => materials.locator('[data-material]').filter({ hasText: label });
    for (const m of ['送审函（送审请示）', '合同（协议）文本', '合同相对方主体资格证明']) assert.match(await text(row(m)), /已提交/, `${m} shown as submitted`);
    assert.match(await text(row('合同订立依据')), /未提交/, 'the optional one not ticked');

    const id = page.url().split('/').pop()!;
    const saved = (await fzb('GET', `/api/legal-review/requests/${id}`)).body;
    assert.equal(saved.contractAmount, 1_280_000.5);
    assert.equal(saved.adviserId, adviser.id);
    assert.deepEqual([...saved.materials].sort(), ['contractText', 'counterpartyQualification', 'requestLetter']);

    // 编辑 keeps the 分 too.
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    const amount = page.getByPlaceholder('合同金额（元）');
    assert.equal(await amount.inputValue(), '1280000.50');
    await amount.fill('1350000.25');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/legal-review\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    assert.match(await text(described('合同金额（元）')), /^1,?350,?000\.25$/);
    assert.equal((await fzb('GET', `/api/legal-review/requests/${id}`)).body.contractAmount, 1_350_000.25);
  });
});
