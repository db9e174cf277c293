import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

describe('browser: 社区矫正 — a subject checks in on the phone, the 司法所 sees it', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close());

  it('checks in at 390 px with a photo, loading only the phone app’s small bundle', async () => {
    const phone = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    phone.setDefaultTimeout(15_000);
    let scriptBytes = 0;
    const scripts: string[] = [];
    phone.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return;
      scripts.push(new URL(res.url()).pathname);
      scriptBytes += (await res.body().catch(() => Buffer.alloc(0))).length;
    });
    await phone.goto(`${server.url}/m/`);
    await phone.getByLabel('账号').fill('jzdx');
    await phone.getByLabel('密码').fill('Fazhi@2026demo');
    await phone.getByRole('button', { name: '登录' }).click();
    await phone.getByText('今日尚未签到').waitFor();
    await phone.getByLabel('今日情况').fill('浏览器签到：今日在家，无外出');
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20_000, 7)]);
    await phone.getByLabel('照片（可选，不超过1MB）').setInputFiles({ name: '签到.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `fits a 390 px screen (overflow ${overflow}px)`);
    await phone.getByRole('button', { name: '签到', exact: true }).click();
    await phone.getByText('签到成功').waitFor();
    await phone.getByText('今日已签到').waitFor();
    assert.ok(!scripts.some((s) => /antd|register|echarts/i.test(s)), `no admin code: ${scripts.join(', ')}`);
    // Reported by the lead's brief: the JS a phone downloads for /m/ (uncompressed bytes).
    process.stdout.write(`# /m/ scripts: ${scripts.length} files, ${(scriptBytes / 1024).toFixed(1)} kB\n`);
    assert.ok(scriptBytes < 400 * 1024, `phone bundle ${scriptBytes} bytes`);
    await phone.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp/fazhi-e2e-shots'}/correction-phone-checkin.png`, fullPage: true });
    // 自主学习: a material studied is recorded with its hours, once a day, and the month's hours shown.
    await phone.getByRole('button', { name: '学习', exact: true }).click();
    await phone.getByText(/学习\d+小时、公益活动\d+小时/).waitFor();
    const studied = await phone.getByRole('button', { name: '今日已学习' }).count();
    await phone.getByRole('button', { name: '已学完，记录学时' }).first().click();
    await phone.getByText(/^已记录《.+》\d+学时，本月学习共\d+小时$/).waitFor();
    await phone.getByRole('button', { name: '今日已学习' }).nth(studied).waitFor();
    const studyOverflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(studyOverflow <= 0, `the study page fits a 390 px screen (overflow ${studyOverflow}px)`);
    await phone.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp/fazhi-e2e-shots'}/correction-phone-study.png`, fullPage: true });
    await phone.close();
  });

  it('the 司法所 sees the check-in on the subject’s timeline, with its photo', async () => {
    const api = await session.apiAs('dhjz');
    const subject = (await api('GET', '/api/correction/subjects?pageSize=200')).body.items.find((s: { accountUsername: string | null }) => s.accountUsername === 'jzdx');
    assert.ok(subject, 'the demo subject is at 东湖司法所');
    await session.login('dhjz');
    await page.goto(`${server.url}/correction/subjects/${subject.id}`);
    await page.getByText('浏览器签到：今日在家，无外出').waitFor();
    await page.getByRole('link', { name: '照片' }).first().waitFor();
    await session.shot('correction-subject-timeline');
    // The study the subject recorded on the phone is in the 教育帮扶 register, under the subject's name.
    await page.goto(`${server.url}/correction/educations`);
    await page.getByRole('cell', { name: subject.name }).first().waitFor();
    await session.shot('correction-educations');
  });
});
