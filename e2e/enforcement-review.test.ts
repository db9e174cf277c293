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

  it("司法局 issues a certificate to an applicant who passed the exam, and picks a file's reviewers", async () => {
    const api = await session.apiAs('fzb');
    const waiting = (await api('GET', '/api/enforcement/applications?f.state=passed&pageSize=5')).body.items as { id: string; name: string }[];
    assert.ok(waiting.length > 0, 'the demo has an applicant waiting for the certificate');
    await page.goto(`${server.url}/enforcement/applications/${waiting[0]!.id}`);
    await page.getByRole('button', { name: /^发\s*证$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('发证日期').fill(new Date().toISOString().slice(0, 10));
    await dialog.getByPlaceholder('发证日期').press('Enter');
    await dialog.getByPlaceholder('证件号码').fill('37089977001');
    await dialog.getByRole('button', { name: /^发\s*证$/ }).click();
    await page.getByRole('button', { name: '查看证件' }).click();
    await page.waitForURL(/enforcement\/certificates\//);
    await page.getByText('37089977001').first().waitFor();

    const file = (await api('GET', '/api/enforcement/review-files?pageSize=1')).body.items[0] as { id: string };
    await page.goto(`${server.url}/enforcement/review-files/${file.id}`);
    const [user] = (await api('GET', '/api/users?q=scjg')).body as { id: string; username: string; displayName: string }[];
    assert.equal(user?.username, 'scjg');
    // Picking a reviewer the file already has would take them off (a multiple select toggles): start without scjg.
    const before = (await api('GET', `/api/enforcement/review-files/${file.id}`)).body as { assignees: { userId: string; role: string }[] };
    const others = before.assignees.filter((a) => a.role === 'reviewer' && a.userId !== user.id).map((a) => a.userId);
    if (others.length < before.assignees.filter((a) => a.role === 'reviewer').length)
      assert.equal((await api('PUT', `/api/enforcement/review-files/${file.id}/reviewers`, { userIds: others })).status, 200);
    const picker = page.getByLabel('评查人员', { exact: true });
    await picker.click();
    await picker.fill('scjg');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: user.displayName }).first().click();
    await page.getByRole('button', { name: '保存评查人员' }).click();
    await page.getByText('评查人员已更新').first().waitFor();
    const detail = (await api('GET', `/api/enforcement/review-files/${file.id}`)).body as { assignees: { userId: string; role: string }[] };
    assert.ok(
      detail.assignees.some((a) => a.userId === user.id && a.role === 'reviewer'),
      'the picked user is now a reviewer of the file',
    );
  });
});
