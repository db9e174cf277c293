import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { defaultAnnualTemplate, numberHeadings, type Block } from '@fazhi/core/reports';
import { eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { startHarness, type Harness } from '../../../test/harness.js';
import { annualReports, annualReportVersions } from './tables.js';

// The outline as stored before the closing parts became paragraphs: four 一级标题 (六、七、八、九、) after the measures.
function oldOutline(): Block[] {
  const measures = defaultAnnualTemplate
    .filter((b) => !['shortcomings', 'plan', 'other'].includes(b.key))
    .map((b) => {
      if (b.key !== 'first-duty-overview') return b;
      const { item: _leaders, ...rest } = b;
      return rest;
    });
  return [
    ...measures,
    { key: 'shortcomings', kind: 'heading1', title: '存在的问题和不足', text: '{year}年，{orgName}在推进法治政府建设上仍存在一些问题和不足：基层法治建设需要进一步提升。', item: 'shortcomings' },
    { key: 'leaders', kind: 'heading1', title: '党政主要负责人履行推进法治建设第一责任人职责情况', text: '', item: 'leaders' },
    { key: 'plan', kind: 'heading1', title: '{nextYear}年工作安排', text: '{nextYear}年，{orgName}将持续深化法治政府建设。', item: 'plan' },
    { key: 'other', kind: 'heading1', title: '其他需要报告的事项', text: '无。', item: 'other' },
  ];
}

async function documentText(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const migration = fs.readFileSync(new URL('../../../drizzle/0038_report_closing_unnumbered.sql', import.meta.url), 'utf8');

describe('stored reports with the old numbered closing (migration 0038)', () => {
  let h: Harness;
  const run = async () => {
    for (const statement of migration.split('--> statement-breakpoint')) await h.db.execute(sql.raw(statement));
  };
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('gives a draft the unnumbered closing and 特此报告。; a signed report and the versions stay as they were; one under review takes it when sent back', async () => {
    const districtId = h.seeded.org.districtId;
    const old = oldOutline();
    assert.deepEqual(numberHeadings(old).filter(Boolean).slice(5), ['六、', '七、', '八、', '九、']);
    const insert = async (year: number, state: string) =>
      (
        await h.db
          .insert(annualReports)
          .values({ orgUnitId: districtId, year, title: `关于示范高新区${year}年度法治政府建设情况的报告`, state, blocks: old })
          .returning({ id: annualReports.id, version: annualReports.version })
      )[0]!;
    const draft = await insert(2025, 'drafting');
    const signed = await insert(2024, 'signed');
    const [frozen] = await h.db
      .insert(annualReportVersions)
      .values({ reportId: signed.id, orgUnitId: districtId, number: 1, title: '旧版', blocks: old, values: {}, changes: [], docx: Buffer.from('PK') })
      .returning({ id: annualReportVersions.id });
    await h.db
      .update(annualReports)
      .set({ signedVersionId: frozen!.id, signedAt: new Date('2025-02-20T02:00:00Z') })
      .where(eq(annualReports.id, signed.id));

    await run();

    const fzb = await h.login('fzb');
    const now = (await fzb.get(`/api/reports/annual/${draft.id}`)).body;
    assert.equal(now.version, draft.version + 1, 'an editor open on the old outline gets 409 rather than writing it back');
    assert.deepEqual(numberHeadings(now.blocks).filter(Boolean), ['一、', '二、', '三、', '四、', '五、']);
    const closing = now.blocks.slice(-3) as Block[];
    assert.deepEqual(
      closing.map((b) => [b.key, b.kind, b.title, b.item]),
      [
        ['shortcomings', 'paragraph', '', 'shortcomings'],
        ['plan', 'paragraph', '', 'plan'],
        ['other', 'paragraph', '', 'other'],
      ],
    );
    assert.equal(closing[0]!.text, old.at(-4)!.text, 'what the drafter wrote is kept word for word');
    assert.equal(closing[2]!.text, '', '“无。” alone would print after the plan; an empty 其他 prints nothing');
    assert.equal(now.blocks.find((b: Block) => b.key === 'first-duty-overview').item, 'leaders');
    assert.equal(now.blocks.filter((b: Block) => b.key === 'leaders').length, 0);

    const v = await fzb.post(`/api/reports/annual/${draft.id}/generate`);
    assert.equal(v.status, 201, JSON.stringify(v.body));
    const text = await documentText((await fzb.get(`/api/reports/annual/${draft.id}/versions/${v.body.id}/docx`)).body);
    assert.doesNotMatch(text, /[六七八九]、/);
    assert.ok(text.includes('2025年，示范高新区在推进法治政府建设上仍存在一些问题和不足：基层法治建设需要进一步提升。2026年，示范高新区将持续深化法治政府建设。'), text.slice(-200));
    assert.match(text, /特此报告。示范高新区\d{4}年\d{1,2}月\d{1,2}日$/);

    // What was signed is a record: its text and its frozen version are untouched.
    const [kept] = await h.db.select().from(annualReports).where(eq(annualReports.id, signed.id));
    assert.deepEqual(kept!.blocks, old);
    assert.equal(kept!.version, signed.version);
    const [version] = await h.db.select({ blocks: annualReportVersions.blocks }).from(annualReportVersions).where(eq(annualReportVersions.id, frozen!.id));
    assert.deepEqual(version!.blocks, old);

    // One under review keeps what its reviewer reads; sent back to draft, it takes the new closing.
    const reviewing = await insert(2023, 'reviewing');
    await run();
    const sent = (await h.db.select().from(annualReports).where(eq(annualReports.id, reviewing.id)))[0]!;
    assert.deepEqual(sent.blocks, old);
    const back = await fzb.post(`/api/reports/annual/${reviewing.id}/transitions/returnToDraft`, { version: sent.version, reason: '结尾部分按新提纲调整' });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.deepEqual(
      (back.body.blocks as Block[]).map((b) => [b.key, b.kind, b.text, b.item ?? null]),
      (now.blocks as Block[]).map((b) => [b.key, b.kind, b.text, b.item ?? null]),
    );

    // Running it again finds nothing old: the seeded template and the demo report were new already.
    const before = await h.db.select({ id: annualReports.id, version: annualReports.version }).from(annualReports);
    await run();
    assert.deepEqual(await h.db.select({ id: annualReports.id, version: annualReports.version }).from(annualReports), before);
  });
});
