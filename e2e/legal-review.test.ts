import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

const title = '东湖街道便民服务中心物业管理服务采购合同（浏览器测试）';

describe('browser: 合法性审核 by an assigned 法律顾问 outside the unit’s scope', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close('legal-review-last'));

  it('the adviser finds the overdue contract on the to-do list and gives the opinion from a phone', async () => {
    // The 司法局 receives a 街道 contract, starts the review and assigns the adviser, as its pages would.
    const fzb = await session.apiAs('fzb');
    const units = (await fzb('GET', '/api/org/units')).body as { id: string; name: string }[];
    const donghu = units.find((u) => u.name === '东湖街道')!;
    const receivedOn = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
    const made = await fzb('POST', '/api/legal-review/requests', {
      subjectKind: 'contract',
      title,
      orgUnitId: donghu.id,
      receivedOn,
      counterparty: '示范物业管理有限公司',
      materials: ['requestLetter', 'contractText', 'counterpartyQualification'],
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const started = await fzb('POST', `/api/legal-review/requests/${made.body.id}/transitions/startReview`, { version: made.body.version });
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const users = (await fzb('GET', '/api/users?pageSize=100')).body;
    const adviser = (users.items ?? users).find((u: { username: string }) => u.username === 'adviser');
    assert.equal((await fzb('POST', `/api/legal-review/requests/${made.body.id}/assignees`, { userId: adviser.id, role: 'adviser' })).status, 200);

    await page.setViewportSize({ width: 390, height: 844 });
    await session.login('adviser');
    await page.goto(`${session.server.url}/legal-review/todo`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: /出具审核意见/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('.ant-form-item')
      .filter({ has: page.locator('label[title="审核意见"]') })
      .locator('.ant-select')
      .click();
    await page.locator('.ant-select-item-option[title="修改后合法"]').click();
    await dialog
      .locator('.ant-form-item')
      .filter({ has: page.locator('label[title="审核意见书"]') })
      .locator('textarea')
      .fill('建议补充争议解决条款，明确约定管辖法院，修改后可予签订。');
    await dialog.getByRole('button', { name: /出具审核意见/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator('.ant-tag', { hasText: /^已出具意见$/ })
      .first()
      .waitFor();
    await session.shot('legal-review-concluded-phone');

    const after = (await fzb('GET', `/api/legal-review/requests/${made.body.id}`)).body;
    assert.equal(after.state, 'concluded');
    assert.equal(after.opinion, 'lawfulAfterChanges');
    assert.equal(after.adviserTookPart, true, 'the assigned adviser is recorded as taking part');
    assert.ok(after.concludedLate, 'concluded after its due date');
  });
});
