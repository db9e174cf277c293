import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

// The workflow kit's buttons and forms, on the litigation case as the reference module.
describe('browser: workflow steps from the declaration', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close());

  it('takes a case through steps whose forms come from the contract, and shows why a step is held back', async () => {
    const api = await session.apiAs('fzb');
    const units = (await api('GET', '/api/org/units')).body as { id: string; name: string }[];
    const unit = units.find((u) => u.name === '区自然资源和规划局')!;
    const made = await api('POST', '/api/litigation/cases', {
      caseNumber: '（2026）鲁0899行初881号',
      court: '示范市任城区人民法院',
      instance: 'first',
      orgUnitId: unit.id,
      cause: '不服行政处罚决定（流程测试）',
      disputeArea: 'other',
      complaintReceivedOn: '2026-11-20',
      plaintiffs: [{ kind: 'person', name: '流程测试原告' }],
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));

    await session.login('fzb');
    await page.goto(`${session.server.url}/litigation/cases/${made.body.id}`);
    await page.getByRole('button', { name: '开始答辩' }).click();
    await page.getByRole('button', { name: '开始答辩' }).last().click();
    await page.getByText('已开始答辩').waitFor();

    // The form of 提交答辩状 is built from the step's input: its label and date control come from the contract.
    await page.getByRole('button', { name: '提交答辩状' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTitle('答辩状提交日期').waitFor();
    await dialog.getByRole('button', { name: '提交答辩状' }).click();
    await page.getByText('已提交答辩状').waitFor();
    await page.getByRole('button', { name: '结案' }).click();
    await dialog.getByTitle('裁判结果').waitFor();
    await session.shot('workflow-close-form');
    await dialog.getByRole('button', { name: '结案' }).click();
    await dialog.getByText('请选择裁判结果').waitFor();
    await dialog.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option[title="判决驳回诉讼请求"]').click();
    await dialog.getByRole('button', { name: '结案' }).click();
    await page.getByText('已结案').waitFor();

    // A 司法建议 left unanswered holds 归档 back: the button is disabled and says why.
    const detail = (await api('GET', `/api/litigation/cases/${made.body.id}`)).body;
    const patched = await api('PATCH', `/api/litigation/cases/${made.body.id}`, { version: detail.version, judicialSuggestionReceived: true });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    await page.reload();
    const archive = page.getByRole('button', { name: '归档' });
    await archive.waitFor();
    assert.equal(await archive.isDisabled(), true);
    await archive.hover({ force: true });
    await page.getByText('收到的司法建议尚未回复，不能归档').waitFor();
    await session.shot('workflow-held-back');
  });
});
