import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

async function casesWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('行政诉讼案件');
  ws.addRow(['案号', '受理法院', '审级', '被告单位', '案由', '争议领域', '收到起诉状副本日期', '原告']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (n: number, instance = '一审') => [`（2026）鲁0899行初${n}号`, '示范市任城区人民法院', instance, '区自然资源和规划局', `浏览器导入案由${n}`, '征地拆迁', '2026-10-12', `导入原告${n}`];

describe('browser: Excel import on a register', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close());

  it('uploads a sheet, shows every problem with a progress bar first, then imports the valid rows', async () => {
    await session.login('fzb');
    await page.goto(`${session.server.url}/litigation/cases`);
    await page.getByRole('button', { name: /导入Excel/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: /下载导入模板/ }).waitFor();
    assert.equal(await dialog.getByRole('link', { name: /下载导入模板/ }).getAttribute('href'), '/api/litigation/cases/import-template.xlsx');

    // Rows 2 and 3 are right; row 4 names an instance that does not exist.
    const file = await casesWorkbook([row(8801), row(8802), row(8803, '三审')]);
    await dialog.locator('input[type="file"]').setInputFiles({ name: '案件导入.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    // The job starts as running: the progress bar shows before the preview (polled, the page never freezes).
    await dialog.locator('.ant-progress').waitFor();
    await session.shot('import-progress');

    await dialog.getByText('共 3 行：新增 2 条，更新 0 条，未变化 0 条，有问题 1 行').waitFor();
    const issue = dialog.locator('.ant-table-row', { hasText: '审级' });
    await issue.waitFor();
    assert.match((await issue.textContent()) ?? '', /4[\s\S]*审级[\s\S]*「三审」不是有效的审级/);
    assert.equal(await dialog.getByRole('button', { name: '全部导入' }).isDisabled(), true, 'all-or-nothing is held back while a row is wrong');
    await session.shot('import-preview');

    await dialog.getByRole('button', { name: /仅导入无误的行（2 条）/ }).click();
    await dialog.getByText('导入完成：新增 2 条，更新 0 条').waitFor();
    await session.shot('import-done');
    await page.keyboard.press('Escape');

    await page.getByPlaceholder('关键词').fill('浏览器导入案由');
    await page.getByPlaceholder('关键词').press('Enter');
    await page.locator('.ant-table-row', { hasText: '（2026）鲁0899行初8801号' }).waitFor();
    assert.equal(await page.locator('.ant-table-row').count(), 2);
  });

  it('refuses a file that is not a workbook with a Chinese message, and exports with a progress bar', async () => {
    await page.getByRole('button', { name: /导入Excel/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name: '案件.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('案号,受理法院\n') });
    await dialog.getByText(/文件不是Excel工作簿/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出Excel/ }).click();
    await page.getByRole('dialog').locator('.ant-progress').waitFor();
    const file = await download;
    assert.match(file.suggestedFilename(), /^行政诉讼案件-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
