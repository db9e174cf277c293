import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openBrowser, skipWithoutChromium as skip, type BrowserSession } from './browser.js';

// 重大行政决策 on the workflow kit: the meeting and publication forms come from the contract, a step a rule holds back says why.
describe('browser: a major decision through its workflow', { skip }, () => {
  let session: BrowserSession;
  let page: Page;
  before(async () => {
    session = await openBrowser();
    ({ page } = session);
  });
  after(() => session?.close('decisions-last'));

  it('holds the meeting back until the legality review passed, then records it and publishes through the generated forms', async () => {
    const api = await session.apiAs('fzb');
    const units = (await api('GET', '/api/org/units')).body as { id: string; name: string }[];
    const unit = units.find((u) => u.name === '区自然资源和规划局')!;
    const made = await api('POST', '/api/decisions/decisions', { orgUnitId: unit.id, title: '流程测试：城市更新专项规划', kind: 'plan', startedOn: '2026-08-01' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const id = made.body.id as string;
    let version = made.body.version as number;
    const steps: [string, Record<string, unknown>][] = [
      ['publicComment', { status: 'done', forms: ['openSolicitation'], commentStartOn: '2026-09-01', commentEndOn: '2026-10-10', channel: '区政府网站', commentsReceived: 3 }],
      ['expertReview', { status: 'notApplicable', reason: '专业性不强' }],
    ];
    for (const [step, body] of steps) {
      const res = await api('POST', `/api/decisions/decisions/${id}/steps/${step}`, { version, ...body });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      version = res.body.version;
    }

    // Recorded steps: their forms too take labels, hints and controls from the contract.
    await session.login('fzb');
    await page.goto(`${session.server.url}/decisions/decisions/${id}`);
    const dialog = page.getByRole('dialog');
    // 公众参与 offers the forms of 条例第十四条; the 30-day floor is the public solicitation's alone.
    await page.getByRole('button', { name: '登记公众参与' }).click();
    await dialog.getByRole('checkbox', { name: '座谈会' }).waitFor();
    await dialog.getByText(/选择“向社会公开征求意见”的，期限一般不少于30日/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '听证不适用' }).click();
    await dialog.getByPlaceholder('不举行听证的理由').fill('不涉及群众切身利益的听证事项');
    await dialog.getByRole('button', { name: '听证不适用' }).click();
    await page.getByText('已听证不适用').waitFor();
    await page.getByRole('button', { name: '登记风险评估' }).click();
    await dialog.getByPlaceholder('评估单位').fill('区社会稳定风险评估中心');
    await dialog.getByRole('button', { name: '登记风险评估' }).click();
    await dialog.getByText('请选择风险等级').waitFor();
    await dialog.locator('.ant-select').filter({ hasText: '风险等级' }).click();
    await page.locator('.ant-select-item-option[title="低风险"]').click();
    await dialog.getByPlaceholder('风险点', { exact: true }).fill('拆迁安置');
    await dialog.getByPlaceholder('风险防范措施和处置预案').fill('分片实施，设立接待窗口');
    await dialog.getByRole('button', { name: '登记风险评估' }).click();
    await page.getByText('已登记风险评估').waitFor();

    // Without a legality review the meeting may not decide: the button is disabled and names what is missing.
    const deliberate = page.getByRole('button', { name: '登记集体讨论决定', exact: true });
    await deliberate.waitFor();
    assert.equal(await deliberate.isDisabled(), true);
    await deliberate.hover({ force: true });
    await page.getByText('尚未提请合法性审查，不能提交集体讨论决定').waitFor();
    await session.shot('decision-held-back');

    // The review concludes lawful, with a legal adviser taking part.
    const request = await api('POST', '/api/legal-review/requests', {
      subjectKind: 'majorDecision',
      subjectId: id,
      orgUnitId: unit.id,
      receivedOn: '2026-11-16',
      materials: ['requestLetter', 'draft', 'draftingNotes', 'legalBasis'],
    });
    assert.equal(request.status, 201, JSON.stringify(request.body));
    // The adviser comes from the roster: the picker offers only people who hold the adviser role.
    const advisers = (await api('GET', '/api/legal-review/assignable-users?role=adviser')).body as { id: string }[];
    assert.ok(advisers.length > 0);
    assert.equal((await api('POST', `/api/legal-review/requests/${request.body.id}/assignees`, { userId: advisers[0]!.id, role: 'adviser' })).status, 200);
    const started = await api('POST', `/api/legal-review/requests/${request.body.id}/transitions/startReview`, { version: request.body.version });
    const concluded = await api('POST', `/api/legal-review/requests/${request.body.id}/transitions/conclude`, {
      version: started.body.version,
      opinion: 'lawful',
      opinionText: '合法',
      concludedOn: '2026-11-20',
    });
    assert.equal(concluded.status, 200, JSON.stringify(concluded.body));

    // 集体讨论决定: the fields and their checks come from the step's input; the members' opinions are the module's list.
    await page.reload();
    await deliberate.click();
    await dialog.getByPlaceholder('会议名称').fill('区政府第21次常务会议');
    await dialog.getByText('如：区政府第12次常务会议').waitFor();
    await dialog.getByPlaceholder('主要负责人').fill('孙区长');
    await dialog.locator('.ant-select').filter({ hasText: '决定结果' }).click();
    await page.locator('.ant-select-item-option[title="通过"]').click();
    await dialog.getByPlaceholder('姓名').fill('甲');
    await dialog.getByPlaceholder('职务').fill('副区长');
    await dialog.getByPlaceholder('发表意见').fill('不同意，资金未落实。');
    await dialog.locator('.ant-select').filter({ hasText: '同意' }).last().click();
    await page.locator('.ant-select-item-option[title="不同意"]').click();
    // The majority rule of the contract (条例第三十条) is judged in the form, at the field, before anything is sent.
    await dialog.getByRole('button', { name: '登记集体讨论决定' }).click();
    await dialog.getByText(/与会议组成人员多数意见不一致，须在会上说明理由/).waitFor();
    await session.shot('decision-deliberate-form');
    await dialog.getByPlaceholder('与多数人意见不一致的理由').fill('上级规划已批复，时限紧迫');
    await dialog.getByRole('button', { name: '登记集体讨论决定' }).click();
    await page.getByText('已登记集体讨论决定', { exact: true }).waitFor();
    await page.getByText('与多数意见不一致').first().waitFor();

    // 公布: a code field of the contract becomes a select with its labels.
    await page.getByRole('button', { name: '公布', exact: true }).click();
    await dialog.getByTitle('公布日期').waitFor();
    await dialog.locator('.ant-select').filter({ hasText: '公布渠道' }).click();
    await page.locator('.ant-select-item-option[title="政府网站"]').click();
    await dialog.getByRole('button', { name: '公布', exact: true }).click();
    await page.getByText('已公布', { exact: true }).waitFor();

    // 办结 waits for the execution report, the post-evaluation (or its reason) and the archive.
    const close = page.getByRole('button', { name: '办结', exact: true });
    await close.waitFor();
    assert.equal(await close.isDisabled(), true);
    await close.hover({ force: true });
    await page.getByText(/尚无决策执行情况报告，不能办结/).waitFor();
    await session.shot('decision-close-held-back');
    const detail = (await api('GET', `/api/decisions/decisions/${id}`)).body;
    assert.equal(detail.state, 'published');
    assert.equal(detail.members[0].stance, 'disagree');
    assert.equal(detail.departsFromMajority, true);
    assert.deepEqual([detail.hearingStatus, detail.riskAssessmentStatus, detail.riskLevel], ['notApplicable', 'done', 'low']);
  });
});
