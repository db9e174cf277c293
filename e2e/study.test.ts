import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 法治考试', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  /** Gives some answer to one question card: the first option, 对, or a few words. */
  async function answer(card: Locator) {
    if (await card.locator('textarea').count()) await card.locator('textarea').fill('浏览器测试：依法全面履行政府职能');
    else await card.locator('.ant-radio-wrapper, .ant-checkbox-wrapper').first().click();
    await card.getByText('已自动保存').waitFor();
  }

  it('on a phone, a candidate starts an exam, reloads mid-way without losing an answer, and submits', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await session.login('zrzy');
    await page.goto(`${server.url}/study/my`);
    const card = page.locator('.ant-card', { hasText: '执法人员法律知识抽考' }).first();
    await card.getByRole('button', { name: '开始考试' }).click();
    await page.waitForURL(/\/study\/my\/sittings\/[0-9a-f-]+$/);
    const questions = page.getByTestId('question');
    await questions.first().waitFor();
    const total = await questions.count();
    assert.ok(total >= 10, `a paper of ${total} questions`);
    for (let i = 0; i < 3; i += 1) await answer(questions.nth(i));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the paper fits a 390 px screen (overflow ${overflow}px)`);
    await page.getByText(`已答3/${total}题`).first().waitFor();
    await session.shot('study-sitting-phone');

    // A reload (or a dropped connection) mid-way: the same paper comes back with the three answers given.
    const stem = (i: number) => questions.nth(i).locator('.ant-typography').first().textContent();
    const firstStem = await stem(0);
    await page.reload();
    await questions.first().waitFor();
    assert.equal(await stem(0), firstStem, 'the same paper after the reload');
    await page.getByText(`已答3/${total}题`).first().waitFor();
    for (let i = 0; i < 3; i += 1) {
      const given = (await questions.nth(i).locator('.ant-radio-wrapper-checked, .ant-checkbox-wrapper-checked').count()) + (await questions.nth(i).locator('textarea').count());
      assert.ok(given > 0, `answer ${i + 1} is back after the reload`);
    }
    for (let i = 3; i < total; i += 1) await answer(questions.nth(i));
    await page.getByText(`已答${total}/${total}题`).first().waitFor();

    await page.getByRole('button', { name: /^交\s*卷$/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByTestId('sitting-state').waitFor();
    assert.match((await page.getByTestId('sitting-state').textContent()) ?? '', /合格|不合格|待阅卷/);
    assert.match((await page.locator('main').textContent()) ?? '', /参考答案/, 'the key shows once submitted');
    await session.shot('study-sitting-submitted');

    const api = await session.apiAs('zrzy');
    const mine = (await api('GET', '/api/study/my/exams')).body.find((e: { title: string }) => e.title.includes('执法人员法律知识抽考'));
    assert.equal(mine.attempts.length, 1);
    assert.notEqual(mine.attempts[0].state, 'open');
  });
});
