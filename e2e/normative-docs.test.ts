import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

const title = '示范高新区城镇燃气经营许可管理办法（浏览器测试）';

describe('browser: 行政规范性文件 from draft to publication', { skip }, () => {
  let session: BrowserSession;
  let server: BrowserSession['server'];
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ server, page } = session);
  });
  after(() => session?.close('normative-docs-last'));

  const spaced = (label: string) => new RegExp(label.split('').join('\\s*'));

  async function logout() {
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByPlaceholder('用户名').waitFor();
  }
  async function pickIn(scope: ReturnType<Page['locator']> | Page, placeholder: string, option: string) {
    await scope.locator('.ant-select', { hasText: placeholder }).first().click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).last().click();
  }
  async function fillDate(scope: ReturnType<Page['locator']>, placeholder: string, value: string) {
    await scope.getByPlaceholder(placeholder).fill(value);
    // Tab, not Enter: Enter would submit the form; a typed date is taken when the field loses focus.
    await scope.getByPlaceholder(placeholder).press('Tab');
  }
  /** Opens a step's form from its button, lets `fill` complete it, and confirms; waits for the new state tag. */
  async function step(label: string, fill: (dialog: ReturnType<Page['locator']>) => Promise<void>, state: string) {
    await page
      .locator('.ant-page-header, main')
      .getByRole('button', { name: spaced(label) })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await fill(dialog);
    await dialog.getByRole('button', { name: spaced(label) }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator('.ant-tag', { hasText: new RegExp(`^${state}$`) })
      .first()
      .waitFor();
  }

  it('takes a document through drafting, comment, review, deliberation, signing, 三统一 and publication, then shows it publicly', async () => {
    await session.login('fzb');
    await page.goto(`${server.url}/normative-docs/documents/new`);
    await page.getByPlaceholder('文件名称').fill(title);
    await page.locator('.ant-select', { hasText: '制定机关' }).first().click();
    await page.keyboard.type('住房和城乡');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '区住房和城乡建设局' }).first().click();
    await page.getByPlaceholder('发文字号代字').fill('示范高新住建规');
    // Enter in a date field would submit the form: a typed date is taken when the field loses focus.
    await page.getByPlaceholder('立项日期').fill('2026-08-03');
    await page.getByPlaceholder('文件正文').fill('第一条 为加强城镇燃气经营许可管理，保障燃气供应安全，制定本办法。');
    await session.shot('normative-document-form');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(title).first().waitFor();
    const docUrl = page.url();
    const id = docUrl.split('/').pop()!;

    await step('开始起草', (d) => d.getByPlaceholder('起草单位').fill('区住房和城乡建设局城建科'), '起草');
    await step(
      '公开征求意见',
      async (d) => {
        await fillDate(d, '征求意见开始日期', '2026-09-28');
        await fillDate(d, '征求意见截止日期', '2026-10-13');
      },
      '征求意见',
    );

    await page.getByRole('button', { name: '登记意见' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('意见提出人').fill('示范燃气有限公司');
    await fillDate(dialog, '收到日期', '2026-10-09');
    await dialog.getByPlaceholder('意见内容').fill('建议明确许可延续的办理时限');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '登记采纳情况' }).click();
    dialog = page.getByRole('dialog');
    await pickIn(dialog, '采纳情况', '采纳');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.ant-table-row .ant-tag', { hasText: /^采纳$/ }).waitFor();

    await page.getByRole('button', { name: '转入合法性审核环节' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '转入合法性审核环节' }).click();
    await page
      .locator('.ant-tag', { hasText: /^合法性审核$/ })
      .first()
      .waitFor();
    const link = page.getByRole('link', { name: /提请合法性审核/ });
    assert.equal(await link.getAttribute('href'), `/legal-review/requests/new?subjectKind=normativeDocument&subjectId=${id}`);

    // The passed review is prepared through the legal-review API (its own pages are tested by that module).
    const fzbApi = await session.apiAs('fzb');
    const doc = await fzbApi('GET', `/api/normative-docs/documents/${id}`);
    const made = await fzbApi('POST', '/api/legal-review/requests', {
      subjectKind: 'normativeDocument',
      subjectId: id,
      orgUnitId: doc.body.orgUnitId,
      receivedOn: '2026-10-15',
      materials: ['requestLetter', 'draft', 'draftingNotes', 'legalBasis', 'commentRecords'],
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    // 认定 first: it is a 规范性文件, which starts the review.
    const started = await fzbApi('POST', `/api/legal-review/requests/${made.body.id}/transitions/determine`, { version: made.body.version, determinedOn: '2026-10-16', isNormativeDocument: true });
    const review = await fzbApi('POST', `/api/legal-review/requests/${made.body.id}/transitions/conclude`, {
      version: started.body.version,
      opinion: 'lawful',
      opinionText: '经审核，该文件合法',
      concludedOn: '2026-10-20',
    });
    assert.equal(review.status, 200, JSON.stringify(review.body));
    await page.reload();
    await page
      .getByText('经审核')
      .or(page.locator('.ant-descriptions-item-content', { hasText: /^合法$/ }))
      .first()
      .waitFor();

    await step(
      '登记集体讨论',
      async (d) => {
        await d.getByPlaceholder('会议名称').fill('区管委会第15次主任办公会');
        await pickIn(d, '集体讨论决定', '审议通过');
      },
      '集体讨论',
    );
    assert.equal(await page.getByRole('button', { name: spaced('签发') }).count(), 0, 'the coordinator cannot sign');
    await logout();

    await session.login('leader');
    await page.goto(docUrl);
    await step('签发', (d) => d.getByPlaceholder('签发人').fill('孙区长'), '签发');
    await page.locator('.ant-tag', { hasText: '未经统一登记 — 无效' }).first().waitFor();
    await logout();

    await session.login('fzb');
    await page.goto(docUrl);
    await step('统一登记', (d) => d.getByPlaceholder('登记号').fill('SFGXDJ-2026-031'), '统一登记');
    await step('统一编号并印发', async () => {}, '统一编号印发');
    const docNumber = (await page
      .getByText(/示范高新住建规〔2026〕\d+号/)
      .first()
      .textContent())!.match(/示范高新住建规〔2026〕\d+号/)![0];
    await step('公布', (d) => pickIn(d, '公布载体', '政府门户网站'), '公布');
    await step('施行', async () => {}, '施行');
    await page
      .locator('.ant-tag', { hasText: /^有效$/ })
      .first()
      .waitFor();
    await session.shot('normative-document');
    await logout();

    // The public page, without login and at phone width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/gk/normative-documents`);
    await page.getByPlaceholder('按文件名称、文号检索').fill('燃气经营');
    await page.getByPlaceholder('按文件名称、文号检索').press('Enter');
    await page.getByRole('link', { name: new RegExp(title.replace(/[()（）]/g, '.')) }).click();
    await page.getByText(docNumber).first().waitFor();
    await page.getByText('第一条 为加强城镇燃气经营许可管理').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
    await session.shot('public-normative-document');
  });
  it('lists documents by validity, opens the published 清理 and its public result lists', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await session.login('fzb');
    await page.goto(`${server.url}/normative-docs/documents`);
    await pickIn(page, '效力状态', '未经统一登记 — 无效');
    await page.locator('.ant-table-row', { hasText: '示范高新区公共资源交易管理办法' }).waitFor();
    assert.equal(await page.locator('.ant-table-row').count(), 1, 'only the signed, unregistered document');
    await page.goto(`${server.url}/normative-docs/campaigns`);
    await page.locator('.ant-table-row a').first().click();
    await page.locator('.ant-table-row', { hasText: '示范高新区小额贷款公司监督管理暂行办法' }).getByText('废止').waitFor();
    await session.shot('normative-cleanup');

    // 修改: the old document names the one that replaces it, picked by typing part of its title.
    await page.goto(`${server.url}/normative-docs/documents?q=${encodeURIComponent('闲置土地')}`);
    await page.locator('.ant-table-row a').first().click();
    await page.getByRole('button', { name: '修改（由新文件替代）' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('修改理由').fill('根据新修订的《闲置土地处置办法》调整认定标准');
    await dialog.locator('.ant-select', { hasText: '修改后的新文件' }).click();
    await page.keyboard.type('宅基地');
    // The options follow the typed words once the search has answered.
    await page.waitForFunction(() => {
      const options = [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent ?? '');
      return options.length > 0 && options.every((t) => t.includes('宅基地'));
    });
    await page.locator('.ant-select-item-option', { hasText: '示范高新区农村宅基地审批管理办法' }).first().click();
    await dialog.getByRole('button', { name: '修改（由新文件替代）' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.ant-tag', { hasText: /^已修改（以新文件为准）$/ }).waitFor();
    await page.getByRole('link', { name: /示范高新区农村宅基地审批管理办法/ }).waitFor();
    await logout();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/gk/normative-documents`);
    await page.getByRole('tab', { name: '清理结果' }).click();
    await page.getByText(/废止的文件目录（1件）/).click();
    await page.getByText('示范高新区小额贷款公司监督管理暂行办法').waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 1);
  });
});
