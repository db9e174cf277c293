import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 行政应诉', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  async function pick(placeholder: string, option: string) {
    await page.locator('.ant-select', { hasText: placeholder }).first().click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).first().click();
  }

  it('logs in, creates a case, finds it by a Chinese keyword, and logs out', async () => {
    await session.login('fzb');
    await session.shot('home');

    await page.goto(`${server.url}/litigation/cases/new`);
    await page.getByPlaceholder('案号', { exact: true }).fill('（2026）鲁0899行初777号'); // not the header's 搜索案号或标题
    await page.getByPlaceholder('受理法院').fill('示范市任城区人民法院');
    await pick('审级', '一审');
    await page.locator('.ant-select', { hasText: '被告单位' }).first().click();
    await page.keyboard.type('自然资源');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '区自然资源和规划局' }).first().click();
    await page.getByPlaceholder('案由').fill('不服集体土地征收拆迁补偿决定（浏览器测试）');
    await pick('争议领域', '征地拆迁');
    await page.getByPlaceholder('收到起诉状副本日期').fill('2026-11-20');
    await page.getByPlaceholder('收到起诉状副本日期').press('Enter');
    await page.getByPlaceholder('姓名或名称').first().fill('浏览器测试原告');
    await session.shot('case-form');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('（2026）鲁0899行初777号').first().waitFor();
    await session.shot('case-detail');
    assert.match(await page.content(), /2026-12-07/, 'the computed defence deadline shows on the detail page');

    // Attach the defence statement to the case, and see it listed.
    await page.locator('input[type="file"]').setInputFiles({ name: '答辩状.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 答辩状') });
    await page.getByRole('link', { name: /答辩状\.pdf/ }).waitFor();

    await page.goto(`${server.url}/litigation/cases`);
    await page.getByPlaceholder('关键词').fill('浏览器测试');
    await page.getByPlaceholder('关键词').press('Enter');
    await page.locator('.ant-table-row', { hasText: '（2026）鲁0899行初777号' }).waitFor();
    assert.equal(await page.locator('.ant-table-row').count(), 1);
    await session.shot('case-list');

    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByPlaceholder('用户名').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    assert.equal(me, 401);
  });

  it('opens the dashboard and follows a figure to the records behind it', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByPlaceholder('用户名').fill('leader');
    await page.getByPlaceholder('密码').fill('Fazhi@2026demo');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const figure = page.locator('a[aria-label^="收案数："]').first();
    await figure.waitFor();
    await page.waitForFunction(() => /收案数：\d+件/.test(document.querySelector('a[aria-label^="收案数："]')?.getAttribute('aria-label') ?? ''));
    const label = (await figure.getAttribute('aria-label'))!;
    const count = Number(/收案数：(\d+)件/.exec(label)![1]);
    assert.ok(count > 0, label);
    await session.shot('dashboard');
    await figure.click();
    await page.getByText(`共 ${count} 条`).waitFor();
    await session.shot('drill-down');
    assert.ok((await page.locator('.ant-table-row').count()) > 0);
    await page.getByRole('button', { name: /退出登录/ }).click();
  });

  it('edits a plaintiff’s name without losing the ID number on file', async () => {
    await session.login('fzb');
    type Detail = { id: string; plaintiffs: { name: string; idNumberMasked: string | null }[] };
    const before = await page.evaluate(async () => {
      const list = (await (await fetch('/api/litigation/cases?pageSize=50')).json()) as { items: { id: string }[] };
      for (const c of list.items) {
        const d = (await (await fetch(`/api/litigation/cases/${c.id}`)).json()) as Detail;
        if (d.plaintiffs.length === 1 && d.plaintiffs[0]!.idNumberMasked) return d;
      }
      return null;
    });
    assert.ok(before, 'a demo case with one plaintiff whose ID is on file');
    await page.goto(`${server.url}/litigation/cases/${before.id}/edit`);
    const name = page.getByPlaceholder('姓名或名称').first();
    await name.fill(`${before.plaintiffs[0]!.name}（更正）`);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`${before.plaintiffs[0]!.name}（更正）`).first().waitFor();
    const after = await page.evaluate(async (id) => (await (await fetch(`/api/litigation/cases/${id}`)).json()) as Detail, before.id);
    assert.equal(after.plaintiffs[0]!.name, `${before.plaintiffs[0]!.name}（更正）`);
    assert.equal(after.plaintiffs[0]!.idNumberMasked, before.plaintiffs[0]!.idNumberMasked);
  });
});
