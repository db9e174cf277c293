import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { chineseDate } from '../../platform/documents/model.js';
import { annualReports } from './tables.js';

async function documentText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  assert.ok(zip.file('[Content_Types].xml'), 'an OOXML package has [Content_Types].xml');
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('法治政府建设年度报告', () => {
  let h: Harness;
  let fzb: Awaited<ReturnType<Harness['login']>>;
  let reportId: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
  });
  after(() => h.close());

  const received = async () => (await fzb.get('/api/indicators/values?ids=litigation.casesReceived&from=2026-01-01&to=2026-12-31')).body.values[0].value as number;

  it('drafts the district report from the outline covering the five statutory items; one per unit and year', async () => {
    const list = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body;
    const district = list.items.find((r: { orgUnitId: string }) => r.orgUnitId === h.seeded.org.districtId);
    reportId = district.id;
    const res = await fzb.get(`/api/reports/annual/${reportId}`);
    assert.equal(res.body.title, '关于示范高新区2026年度法治政府建设情况的报告');
    assert.equal(res.body.state, 'drafting');
    assert.deepEqual(res.body.deadlines, { submitBy: '2027-03-01', publishBy: '2027-04-01' });
    const items = new Set(res.body.blocks.map((b: { item?: string }) => b.item).filter(Boolean));
    assert.deepEqual([...items].sort(), ['leaders', 'measures', 'other', 'plan', 'shortcomings']);
    assert.equal((await fzb.post('/api/reports/annual', { year: 2026, orgUnitId: h.seeded.org.districtId })).status, 409);
    const east = await fzb.post('/api/reports/annual', { year: 2026, orgUnitId: h.seeded.org.subdistricts.get('东湖街道') });
    assert.equal(east.status, 201);
    assert.equal(east.body.title, '关于东湖街道2026年度法治政府建设情况的报告');
  });

  it('refuses a placeholder that names no indicator, and an outline missing a statutory item', async () => {
    const report = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    const blocks = report.blocks.map((b: { key: string; text: string }) => (b.key === 'advisers' ? { ...b, text: '提供法律意见{advisers.opinionz}次' } : b));
    const bad = await fzb.patch(`/api/reports/annual/${reportId}`, { version: report.version, blocks });
    assert.equal(bad.status, 400);
    const i = blocks.findIndex((b: { key: string }) => b.key === 'advisers');
    assert.equal(bad.body.errors[0].path, `blocks.${i}.text`);
    assert.match(bad.body.errors[0].message, /advisers\.opinionz/);
    const missing = await fzb.patch(`/api/reports/annual/${reportId}`, { version: report.version, blocks: report.blocks.filter((b: { item?: string }) => b.item !== 'leaders') });
    assert.equal(missing.status, 400);
    assert.match(missing.body.errors[0].message, /第一责任人/);
  });

  it('generates a DOCX whose text holds the figures computed from the records; regenerating freezes a new version', async () => {
    const v1 = await fzb.post(`/api/reports/annual/${reportId}/generate`);
    assert.equal(v1.status, 201);
    const n1 = await received();
    const doc1 = (await fzb.get(`/api/reports/annual/${reportId}/versions/${v1.body.id}/docx`)).body as Buffer;
    const text1 = await documentText(doc1);
    assert.ok(text1.includes(`全年共办理行政诉讼案件${n1}件`), 'the case count from the records is in the document');
    assert.ok(text1.includes('一、坚持统筹推进'), 'first-level headings are numbered 一、');
    // Section 二's figures come from the documents, decisions, reviews and advisers' records.
    const sectionTwo = ['normativeDocs.inForce', 'legalReview.requestsReceived', 'decisions.decided', 'legalAdvisers.legalOpinions'];
    const values = (await fzb.get(`/api/indicators/values?ids=${sectionTwo.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const value = (id: string) => values.find((v) => v.id === id)!.value;
    assert.ok(value('legalReview.requestsReceived') > 0 && value('normativeDocs.inForce') > 0, 'the demo has reviews and documents in force');
    assert.ok(text1.includes(`现行有效规范性文件${value('normativeDocs.inForce')}件`), 'documents in force');
    assert.ok(text1.includes(`全年受理合法性审核事项${value('legalReview.requestsReceived')}件`), 'review requests');
    assert.ok(text1.includes(`全年作出重大行政决策${value('decisions.decided')}项`), 'major decisions');
    assert.ok(text1.includes(`出具法律意见${value('legalAdvisers.legalOpinions')}件`), "advisers' legal opinions");
    // Section 一's 学法用法 figures come from the study sessions, training attendance and exam sittings.
    const sectionOne = ['study.xiCentralGroupSessions', 'study.trainedPersons', 'study.exams', 'study.examSittings'];
    const one = (await fzb.get(`/api/indicators/values?ids=${sectionOne.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v1s = (id: string) => one.find((v) => v.id === `study.${id}`)!.value;
    assert.ok(v1s('trainedPersons') > 0 && v1s('examSittings') > 0, 'the demo has training and exam sittings');
    assert.ok(text1.includes(`先后${v1s('xiCentralGroupSessions')}次召开学习习近平法治思想理论学习中心组集体学习研讨`), '中心组 study');
    assert.ok(text1.includes(`培训学员${v1s('trainedPersons')}人次`), 'persons trained');
    assert.ok(text1.includes(`法治素养培训考试${v1s('exams')}场、${v1s('examSittings')}人次`), 'exams and sittings');
    // Section 四's first paragraph: the 园区 and 村(社区) advisers' figures, apart from the government's.
    const sectionFour = ['parkEnterprisesServed', 'parkNegotiations', 'villageGovernanceOpinions', 'villageConsultationPersons', 'themeActivities'].map((id) => `legalAdvisers.${id}`);
    const four = (await fzb.get(`/api/indicators/values?ids=${sectionFour.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    const v4 = (id: string) => four.find((v) => v.id === `legalAdvisers.${id}`)!.value;
    assert.ok(
      four.every((v) => v.value > 0),
      'the demo has 园区 and 村(社区) services',
    );
    assert.ok(text1.includes(`园区法律顾问帮助${v4('parkEnterprisesServed')}家企业`), 'enterprises served');
    assert.ok(text1.includes(`参加园区重大项目谈判${v4('parkNegotiations')}次`), 'park negotiations');
    assert.ok(text1.includes(`为村(居)治理提供法律意见${v4('villageGovernanceOpinions')}件`), 'village governance opinions');
    assert.ok(text1.includes(`为群众提供法律咨询${v4('villageConsultationPersons')}人次`), 'consultations in 人次');
    // Section 五's 强化特殊人群管控 from 社区矫正 (its figures are read by the 司法局's 社区矫正 staff; the coordinator has no access).
    const sqjz = await h.login('sqjz');
    const sectionFive = ['subjectsInCorrection', 'meetingsHeld'].map((id) => `correction.${id}`);
    const five = (await sqjz.get(`/api/indicators/values?ids=${sectionFive.join(',')}&from=2026-01-01&to=2026-12-31`)).body.values as { id: string; value: number }[];
    assert.ok(
      five.every((v) => v.value > 0),
      'the demo has subjects and 矫情分析会',
    );
    assert.ok(text1.includes(`全年在册社区矫正对象${five[0]!.value}名`), 'subjects in correction');
    assert.ok(text1.includes(`召开矫情分析会${five[1]!.value}次`), '矫情分析会');
    assert.ok(!text1.includes('【'), 'no placeholder is left unfilled');
    assert.doesNotMatch(text1, /(?<![0-9.])0(项|件|次|名|人次|场|场次|家|个|份|起|人)/, 'a zero count is left out of the prose');
    // It ends as the model does: no second numbering of the statutory items, 特此报告。, the 落款 and the date.
    assert.doesNotMatch(text1, /六、/, 'the closing parts are paragraphs, not sections 六、七、…');
    assert.ok(text1.endsWith(`特此报告。示范高新区${chineseDate(new Date())}`), text1.slice(-60));
    assert.ok(v1.body.warnings.includes('「下一年度工作安排」尚未撰写：这一部分须由人工填写'), JSON.stringify(v1.body.warnings));

    const newCase = await fzb.post('/api/litigation/cases', {
      caseNumber: '（2026）鲁0899行初888号',
      court: '示范市任城区人民法院',
      instance: 'first',
      orgUnitId: h.seeded.org.departments.get('区财政局'),
      cause: '不服政府采购投诉处理决定',
      disputeArea: 'other',
      complaintReceivedOn: '2026-06-15',
      plaintiffs: [{ kind: 'organization', name: '示范测试有限公司' }],
    });
    assert.equal(newCase.status, 201);
    const v2 = await fzb.post(`/api/reports/annual/${reportId}/generate`);
    assert.deepEqual(
      v2.body.changes.find((c: { id: string }) => c.id === 'litigation.casesReceived'),
      { id: 'litigation.casesReceived', label: '收案数', from: `${n1}件`, to: `${n1 + 1}件` },
    );
    const text2 = await documentText((await fzb.get(`/api/reports/annual/${reportId}/versions/${v2.body.id}/docx`)).body);
    assert.ok(text2.includes(`全年共办理行政诉讼案件${n1 + 1}件`));
    const again1 = await documentText((await fzb.get(`/api/reports/annual/${reportId}/versions/${v1.body.id}/docx`)).body);
    assert.equal(again1, text1, 'the old version never changes');
  });

  it('a unit outside the report’s scope cannot generate it: refused before any figure is computed, no version written', async () => {
    const donghu = await h.login('donghu');
    const before = (await fzb.get(`/api/reports/annual/${reportId}`)).body.versions.length;
    const refused = await donghu.post(`/api/reports/annual/${reportId}/generate`);
    assert.equal(refused.status, 404);
    assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
    assert.equal((await fzb.get(`/api/reports/annual/${reportId}`)).body.versions.length, before);
  });

  it('lays the DOCX out per GB/T 9704: A4, 37/28 mm margins, 22 lines of 28 characters, 仿宋 body, page numbers', async () => {
    const report = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    const docx = (await fzb.get(`/api/reports/annual/${reportId}/versions/${report.versions[0].id}/docx`)).body as Buffer;
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /<w:pgMar w:top="2098"[^>]*w:left="1587"/);
    assert.match(xml, /w:linePitch="579"/);
    assert.match(xml, /仿宋_GB2312/);
    assert.match(xml, /方正小标宋简体/);
    assert.match(xml, /黑体/);
    const settings = await zip.file('word/settings.xml')!.async('string');
    assert.match(settings, /evenAndOddHeaders/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    assert.ok(footers.some((f) => f.includes('PAGE') && f.includes('w:val="right"')));
    assert.ok(footers.some((f) => f.includes('PAGE') && f.includes('w:val="left"')));
  });

  it('previews as HTML with each figure linked to its drill-down', async () => {
    const res = await fzb.get(`/api/reports/annual/${reportId}/preview`);
    assert.equal(res.status, 200);
    const html = String(res.body);
    assert.match(html, /<a class="figure" href="\/indicators\/litigation\.casesReceived\?org=[^"]+&amp;from=2026-01-01&amp;to=2026-12-31"/);
  });

  it('writes a breakdown value ({indicator:dimension=code}) and leaves a zero one out of the sentence, listing it among the warnings', async () => {
    const report = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    const at = report.blocks.findIndex((b: { key: string }) => b.key === 'decisions');
    const cleanup = {
      key: 'cleanup-detail',
      kind: 'paragraph',
      title: '',
      text: '规范性文件清理中废止{normativeDocs.cleanedUp:conclusion=repeal}件，继续有效{normativeDocs.cleanedUp:conclusion=valid}件。',
    };
    const withBlock = (text: string) => [...report.blocks.slice(0, at + 1), { ...cleanup, text }, ...report.blocks.slice(at + 1)];
    const bad = await fzb.patch(`/api/reports/annual/${reportId}`, { version: report.version, blocks: withBlock('废止{normativeDocs.cleanedUp:conclusion=lost}件') });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, `blocks.${at + 1}.text`);
    assert.match(bad.body.errors[0].message, /清理结论”没有代码“lost”/);
    assert.equal((await fzb.patch(`/api/reports/annual/${reportId}`, { version: report.version, blocks: withBlock(cleanup.text) })).status, 200);
    const byConclusion = (await fzb.get('/api/indicators/normativeDocs.cleanedUp/breakdown?by=conclusion&from=2026-01-01&to=2026-12-31')).body as { key: string; value: number }[];
    const repealed = byConclusion.find((b) => b.key === 'repeal')?.value ?? 0;
    assert.ok(repealed > 0, 'the demo 清理 repealed documents');
    const html = String((await fzb.get(`/api/reports/annual/${reportId}/preview`)).body).replace(/<[^>]+>/g, '');
    assert.ok(html.includes(`规范性文件清理中废止${repealed}件。`), 'the breakdown value is written, the zero clause is not');
    assert.doesNotMatch(html, /继续有效0件/);
    const v = await fzb.post(`/api/reports/annual/${reportId}/generate`);
    const warning = v.body.warnings.find((w: string) => w.startsWith('「cleanup-detail」'));
    assert.match(warning, /为0或无数据的数字未写入正文：清理规范性文件（废止、宣布失效）（清理结论：继续有效）/);
    // 送审 and 签发 show the same list: the report detail carries the latest version's warnings.
    assert.deepEqual((await fzb.get(`/api/reports/annual/${reportId}`)).body.warnings, v.body.warnings);
  });

  it('collects material from a unit: assigned, submitted, accepted into the report', async () => {
    const east = h.seeded.org.subdistricts.get('东湖街道');
    const a = await fzb.post(`/api/reports/annual/${reportId}/assignments`, { blockKey: 'judicial-offices', orgUnitId: east, dueOn: '2027-01-15', note: '请报送司法所建设情况' });
    assert.equal(a.status, 201);
    const donghu = await h.login('donghu');
    const mine = (await donghu.get('/api/reports/assignments')).body;
    assert.equal(mine.length, 1);
    assert.equal((await (await h.login('xiling')).get('/api/reports/assignments')).body.length, 0);
    assert.equal((await donghu.post(`/api/reports/assignments/${a.body.id}/submit`, { text: '东湖司法所创成五星级司法所。' })).status, 200);
    assert.equal((await fzb.post(`/api/reports/assignments/${a.body.id}/review`, { decision: 'accept' })).status, 200);
    const report = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    assert.equal(report.blocks.find((b: { key: string }) => b.key === 'judicial-offices').text, '东湖司法所创成五星级司法所。');
  });

  it('goes 起草 → 审核 → 领导签发 → 报送 → 公开; only then does the portal show it', async () => {
    assert.deepEqual((await h.anonymous.get('/api/public/reports')).body, []);
    let r = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    const stale = await fzb.post(`/api/reports/annual/${reportId}/transitions/submitForReview`, { version: r.version });
    assert.equal(stale.status, 409, 'material accepted after the last generation must be generated before review');
    assert.match(stale.body.detail, /重新生成/);
    const held = r.transitions.find((o: { name: string }) => o.name === 'submitForReview');
    assert.equal(held.refusedBy, 'guard', 'the detail holds the step back before it is tried');
    assert.match(held.reasons[0], /重新生成/);
    await fzb.post(`/api/reports/annual/${reportId}/generate`);
    r = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    r = (await fzb.post(`/api/reports/annual/${reportId}/transitions/submitForReview`, { version: r.version })).body;
    assert.equal(r.state, 'reviewing');
    assert.equal((await fzb.post(`/api/reports/annual/${reportId}/transitions/sign`, { version: r.version })).status, 403, 'the coordinator does not sign');
    const leader = await h.login('leader');
    r = (await leader.post(`/api/reports/annual/${reportId}/transitions/sign`, { version: r.version })).body;
    assert.equal(r.state, 'signed');
    // Sent back after signature: the signature is void, and the reason is kept in the history.
    r = (await fzb.post(`/api/reports/annual/${reportId}/transitions/returnToDraft`, { version: r.version, reason: '第三部分数据需核实' })).body;
    assert.equal(r.state, 'drafting');
    assert.equal(r.signedVersionId, null);
    const history = (await fzb.get(`/api/reports/annual/${reportId}/history`)).body as { action: string; summary: string }[];
    assert.ok(history.some((e) => e.action === 'transition.returnToDraft' && e.summary === '退回修改：第三部分数据需核实'));
    r = (await fzb.post(`/api/reports/annual/${reportId}/transitions/submitForReview`, { version: r.version })).body;
    r = (await leader.post(`/api/reports/annual/${reportId}/transitions/sign`, { version: r.version })).body;
    assert.equal(r.state, 'signed');
    assert.ok(r.signedVersionId);
    // The 成文日期 is the day the leader signed, not the day the version was generated.
    await h.db
      .update(annualReports)
      .set({ signedAt: new Date('2027-02-27T02:00:00Z') })
      .where(eq(annualReports.id, reportId));
    const signed = await documentText((await fzb.get(`/api/reports/annual/${reportId}/versions/${r.signedVersionId}/docx`)).body);
    assert.ok(signed.endsWith('特此报告。示范高新区2027年2月27日'), signed.slice(-40));
    r = (await fzb.get(`/api/reports/annual/${reportId}`)).body;
    r = (await fzb.post(`/api/reports/annual/${reportId}/transitions/submit`, { version: r.version, submittedOn: '2027-03-02' })).body;
    assert.equal(r.submittedLate, true, 'after 1 March is late');
    assert.equal((await h.anonymous.get('/api/public/reports')).body.length, 0, 'not public before 公开');
    r = (await fzb.post(`/api/reports/annual/${reportId}/transitions/publish`, { version: r.version, publishedOn: '2027-03-20' })).body;
    assert.equal(r.state, 'published');
    assert.equal(r.publishedLate, false);
    const list = (await h.anonymous.get('/api/public/reports')).body;
    assert.equal(list.length, 1);
    const page = (await h.anonymous.get(`/api/public/reports/${reportId}`)).body;
    assert.match(page.html.replace(/<[^>]+>/g, ''), /全年共办理行政诉讼案件\d+件/);
    assert.doesNotMatch(page.html, /href=/, 'the public text has no staff drill-down links');
    assert.match(page.html.replace(/<[^>]+>|\n/g, ''), /特此报告。示范高新区2027年2月27日$/);
    const publicDocx = await h.anonymous.get(`/api/public/reports/${reportId}/docx`);
    assert.equal(publicDocx.status, 200);
    assert.ok((await documentText(publicDocx.body)).endsWith('示范高新区2027年2月27日'));
  });
});
