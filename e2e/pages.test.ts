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

  /** Signs out whoever is signed in, then in as `user` (the login page sends a signed-in user home). */
  async function switchTo(user: string) {
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByPlaceholder('用户名').waitFor();
    await session.login(user);
  }

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

  it('the header search finds a case by its 案号 and opens it', async () => {
    // The 案号 column (the list's first column may be the 审级).
    const caseNumber =
      (await page
        .locator('.ant-table-row')
        .first()
        .locator('td', { hasText: /（\d{4}）/ })
        .first()
        .textContent()) ?? '';
    assert.match(caseNumber, /（\d{4}）/);
    const box = page.getByPlaceholder('搜索案号或标题').first();
    await box.fill(caseNumber);
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const group = page.locator('.search-group', { hasText: '行政诉讼案件' });
    await group.getByRole('link', { name: caseNumber }).click();
    await page.waitForURL(/\/litigation\/cases\/[0-9a-f-]{36}$/);
    await page.locator('.ant-breadcrumb', { hasText: caseNumber }).waitFor();
  });

  it('a record links to its entries in the audit log, which the inspector reads filtered by actor; a department does not see the log', async () => {
    // The demo cases were seeded in one entry; an edit gives this one an entry of its own.
    const id = page.url().split('/').pop()!;
    const api = await session.apiAs('fzb');
    const { body } = await api('GET', `/api/litigation/cases/${id}`);
    assert.equal((await api('PATCH', `/api/litigation/cases/${id}`, { version: body.version, note: '浏览器测试：审计日志' })).status, 200);
    // fzb (法治办) may read the log: the record's 变更记录 links to its entries.
    await page.getByRole('link', { name: '审计日志' }).last().click();
    await page.waitForURL(/\/admin\/audit\?entityType=litigation\.case&entityId=/);
    await page.locator('.ant-table-row', { hasText: '修改' }).first().waitFor();
    for (const cell of await page.locator('.ant-table-row td:nth-child(5)').allTextContents()) assert.equal(cell, '行政诉讼案件');
    await session.shot('audit-record');

    await switchTo('inspector');
    await page.goto(`${server.url}/admin/audit`);
    const actor = page.getByPlaceholder('操作人');
    await actor.fill('周法治');
    await actor.press('Enter');
    await page.waitForURL(/actor=/);
    // The unfiltered page holds 周法治's entries too: wait for the filtered rows to replace it.
    await page
      .waitForFunction(() => {
        const cells = [...document.querySelectorAll('.ant-table-row td:nth-child(3)')];
        return cells.length > 0 && cells.every((c) => c.textContent?.includes('周法治'));
      })
      .catch(() => undefined);
    const actors = await page.locator('.ant-table-row td:nth-child(3)').allTextContents();
    assert.ok(actors.length > 0 && actors.every((a) => a.includes('周法治')), actors.join('，'));
    await session.shot('audit-inspector');

    await switchTo('zrzy');
    assert.equal(await page.getByRole('menuitem', { name: '审计日志' }).count(), 0);
  });

  it('Enter in a date field keeps the form open; a file picked on the create form is on the saved record', async () => {
    await switchTo('fzb');
    await page.goto(`${server.url}/litigation/observations/new`);
    const date = page.getByPlaceholder('旁听日期');
    await date.fill('2026-11-20');
    await date.press('Enter');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.ant-form-item-explain-error').count(), 0, 'nothing was submitted');
    assert.match(page.url(), /\/new$/);
    await page.locator('input[type="file"]').setInputFiles({ name: '旁听通知.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 旁听通知') });
    await page.getByText('旁听通知.pdf').waitFor();
    await page.getByPlaceholder('旁听主题').fill('浏览器测试旁听（附件）');
    await page.getByPlaceholder('参加人数').fill('5');
    await page.locator('.ant-select', { hasText: '组织单位' }).first().click();
    await page.locator('.ant-select-tree-node-content-wrapper').first().click();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/litigation\/observations\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: /旁听通知\.pdf/ }).waitFor();
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
