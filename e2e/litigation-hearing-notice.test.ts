import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('browser: 行政应诉 庭审 with the court’s 出庭通知书', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close('litigation-hearing-notice-last'));

  const text = async (l: ReturnType<Page['locator']>) => String(await l.textContent()).trim();
  const hearingsCard = () => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^庭审与负责人出庭$/ }) });
  const hearingRow = (heldOn: string) => hearingsCard().locator('.ant-table-row', { hasText: heldOn });
  const modal = () => page.getByRole('dialog');

  async function fillDate(placeholder: string, value: string) {
    const input = modal().getByPlaceholder(placeholder);
    await input.fill(value);
    await input.press('Enter');
  }

  /** Picks an option of a select in the modal, checking it took (under load a click can land mid-animation). */
  async function pickIn(label: string, option: string) {
    const select = modal()
      .locator('.ant-form-item')
      .filter({ has: page.locator(`label[title="${label}"]`) })
      .locator('.ant-select');
    for (let i = 0; i < 3 && !(await text(select)).includes(option); i++) {
      await select.click();
      await page
        .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      await page
        .locator('.ant-select-dropdown:visible')
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .catch(() => undefined);
    }
    assert.match(await text(select), new RegExp(option), `${label} picked`);
  }

  it('flags a noticed hearing no 负责人 attended, and not one the head attended', async () => {
    const fzb = await session.apiAs('fzb');
    type Detail = { id: string; caseNumber: string; hearings: unknown[]; permissions: { update: boolean } };
    const list = (await fzb('GET', '/api/litigation/cases?pageSize=50')).body as { items: { id: string }[] };
    let target: Detail | undefined;
    for (const c of list.items) {
      const d = (await fzb('GET', `/api/litigation/cases/${c.id}`)).body as Detail;
      if (d.permissions.update && d.hearings.length === 0) {
        target = d;
        break;
      }
    }
    assert.ok(target, 'a demo case the coordinator may edit, with no hearing yet');
    const indicator = async () => {
      const res = await fzb('GET', '/api/indicators/values?ids=litigation.noticedHeadAbsent');
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return Number(res.body.values[0].value);
    };
    const flaggedBefore = await indicator();

    await session.login('fzb');
    await page.goto(`${session.server.url}/litigation/cases/${target.id}`);
    await hearingsCard().getByText('暂无庭审记录').waitFor();

    // Noticed a week ahead; a deputy stood in with a stated reason, no 负责人 came.
    const absentOn = daysAgo(10);
    const noticeOn = daysAgo(17);
    await hearingsCard()
      .getByRole('button', { name: /新增庭审/ })
      .click();
    await fillDate('开庭日期', absentOn);
    await fillDate('出庭通知书送达日期', noticeOn);
    await modal().locator('label.ant-radio-button-wrapper', { hasText: /^否$/ }).click();
    await modal().getByPlaceholder('实际出庭人员姓名').fill('王建国');
    await modal().getByPlaceholder('实际出庭人员职务').fill('法制科科长');
    await pickIn('未出庭事由', '需要履行他人不能代替的公务');
    await modal().getByPlaceholder('负责人未出庭原因').fill('同日参加市政府防汛紧急会议（浏览器测试）');
    await modal()
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await hearingRow(absentOn).waitFor();
    await session.shot('litigation-hearing-notice-flagged');

    const absent = hearingRow(absentOn);
    assert.match(await text(absent), /已通知负责人出庭而未出庭/, 'the unheeded notice is flagged');
    assert.match(await text(absent), new RegExp(noticeOn), 'with the date the notice was served');
    assert.match(await text(absent), /王建国（法制科科长）/);

    // The head came this time: the notice date shows, no flag.
    const attendedOn = daysAgo(3);
    const attendedNotice = daysAgo(8);
    await hearingsCard()
      .getByRole('button', { name: /新增庭审/ })
      .click();
    await fillDate('开庭日期', attendedOn);
    await fillDate('出庭通知书送达日期', attendedNotice);
    await modal().getByPlaceholder('出庭负责人姓名').fill('李文华');
    await modal().getByPlaceholder('出庭负责人职务').fill('副局长');
    await pickIn('负责人类型', '副职负责人');
    await modal()
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await hearingRow(attendedOn).waitFor();
    const attended = hearingRow(attendedOn);
    assert.match(await text(attended), new RegExp(attendedNotice));
    assert.doesNotMatch(await text(attended), /已通知负责人出庭而未出庭/);
    assert.equal(await hearingsCard().getByText('已通知负责人出庭而未出庭').count(), 1, 'one flag on the case page');
    await session.shot('litigation-hearing-notice-two');
    // The 变更记录 names the fields in Chinese, as it does the hearing's other fields, and coded values by their names.
    const history = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^变更记录$/ }) });
    await history.getByText(attendedNotice).first().waitFor();
    const trail = await text(history);
    assert.match(trail, /出庭通知书送达日期/);
    assert.match(trail, /负责人类型.*副职负责人/);
    assert.doesNotMatch(trail, /noticeServedOn|leaderType|deputy/);

    assert.equal(await indicator(), flaggedBefore + 1, 'the indicator counts the one unheeded notice');
  });
});
