import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

const title = '自然资源局土地储备项目委托拆迁协议（浏览器测试）';

describe('browser: 我的待办 on 首页 and a department’s menu', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close('my-work-last'));

  it('a department finds its returned request under 我的待办 with an unread message, and opens it', async () => {
    // The department sends a contract for review; the 司法局 returns it, as their pages would.
    const zrzy = await session.apiAs('zrzy');
    const fzb = await session.apiAs('fzb');
    const units = (await fzb('GET', '/api/org/units')).body as { id: string; name: string }[];
    const unit = units.find((u) => u.name === '区自然资源和规划局')!;
    const made = await zrzy('POST', '/api/legal-review/requests', {
      subjectKind: 'contract',
      title,
      orgUnitId: unit.id,
      receivedOn: '2026-11-02',
      counterparty: '示范城建拆迁服务有限公司',
      materials: ['requestLetter', 'contractText', 'counterpartyQualification'],
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const back = await fzb('POST', `/api/legal-review/requests/${made.body.id}/transitions/returnRequest`, {
      version: made.body.version,
      returnKind: 'materials',
      returnedOn: '2026-11-03',
      returnReason: '缺少拆迁补偿测算附件',
    });
    assert.equal(back.status, 200, JSON.stringify(back.body));

    const registers = page.waitForResponse((r) => r.url().endsWith('/api/my-work/registers'));
    await session.login('zrzy');
    const myWork = page.locator('#my-work');
    const group = myWork.locator('.my-work-group', { hasText: '被退回（不予审核）的送审事项' });
    await group.getByRole('link', { name: title }).waitFor();
    const message = page.locator('#alerts .notice-unread', { hasText: title });
    await message.waitFor();
    assert.match((await message.textContent()) ?? '', /消息[\s\S]*退回/);

    // The menu: its own lines of work stay; registers it neither keeps nor may add to are gone.
    await registers;
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.locator('.ant-menu-item', { hasText: '报告材料' }).waitFor();
    assert.equal(await menu.locator('.ant-menu-item', { hasText: /^年度报告$/ }).count(), 0, 'no annual report of its own: 年度报告 is hidden');
    assert.equal(await menu.locator('.ant-menu-item', { hasText: /^考核方案$/ }).count(), 0);
    assert.ok((await menu.locator('.ant-menu-item').count()) > 5);
    await session.shot('my-work-home-department');

    // Opening the message opens the record and reads the message.
    await message.getByRole('link').click();
    await page.waitForURL(`**/legal-review/requests/${made.body.id}`);
    await page.getByText('缺少拆迁补偿测算附件').first().waitFor();
    let readAt: string | null | undefined;
    for (let i = 0; i < 20 && !readAt; i++) {
      const notices = (await zrzy('GET', '/api/notifications')).body as { entityId: string | null; readAt: string | null }[];
      readAt = notices.find((n) => n.entityId === made.body.id)?.readAt;
      if (!readAt) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(readAt, 'opened from the list, the message is read');
    await page.goto(session.server.url);
    await group.getByRole('link', { name: title }).waitFor();
    assert.equal(await page.locator('#alerts .notice-unread', { hasText: title }).count(), 0, 'no longer shown unread');
  });
});
