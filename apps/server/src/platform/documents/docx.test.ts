import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '@fazhi/core/reports';
import JSZip from 'jszip';
import { renderDocx } from './docx.js';

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('report DOCX: OOXML a word processor accepts, closing as GB/T 9704 §7.3.5 lays it out', async () => {
  const blocks: Block[] = [
    { key: 'overall', kind: 'heading1', item: 'measures', title: '坚持统筹推进', text: '' },
    { key: 'thought', kind: 'paragraph', title: '深入学习。', text: '开展学习{s.sessions}次。' },
    { key: 'sub', kind: 'heading2', title: '强化执法监督', text: '' },
    { key: 'checks', kind: 'paragraph', title: '', text: '监督检查{e.checks}次。' },
    { key: 'plan', kind: 'paragraph', item: 'plan', title: '', text: '2027年，示范高新区将持续推进示范创建。' },
  ];
  const docx = await renderDocx({
    title: '关于示范高新区2026年度法治政府建设情况的报告',
    orgName: '示范高新区管委会',
    dateText: '2027年2月27日',
    blocks,
    values: { 's.sessions': '2', 'e.checks': '5' },
  });
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const ps = paragraphs(xml);

  it('writes every measure in whole twips (no w:line="694.8")', () => {
    assert.deepEqual(
      [...xml.matchAll(/w:[A-Za-z]+="-?\d+\.\d+"/g)].map((m) => m[0]),
      [],
    );
  });

  it('keeps each heading with the paragraph after it', () => {
    const headings = ps.filter((p) => /^(一、|（一）)/.test(textOf(p)));
    assert.equal(headings.length, 2);
    for (const h of headings) assert.match(h, /<w:keepNext\/>/, textOf(h));
  });

  it('breaks the title into two balanced lines', () => {
    const title = ps.find((p) => p.includes('方正小标宋简体'))!;
    assert.equal(textOf(title), '关于示范高新区2026年度法治政府建设情况的报告');
    assert.equal((title.match(/<w:br\/>/g) ?? []).length, 1);
  });

  it('ends with 特此报告。, then the unit centred over the signing date four characters in from the right', () => {
    const texts = ps.map(textOf).filter(Boolean);
    assert.deepEqual(texts.slice(-3), ['特此报告。', '示范高新区管委会', '2027年2月27日']);
    const right = (p: string) => Number(/<w:ind [^>]*w:right="(\d+)"/.exec(p)?.[1]);
    const name = ps.find((p) => textOf(p) === '示范高新区管委会')!;
    const date = ps.find((p) => textOf(p) === '2027年2月27日')!;
    assert.equal(right(date), 1280, '右空四字');
    // Centred over each other: the centres of the two lines lie equally far from the right margin.
    const pitch = Math.round(((156 / 28) * 1440) / 25.4);
    const centre = (p: string, fullWidths: number) => right(p) + (fullWidths * pitch) / 2;
    assert.ok(Math.abs(centre(name, 8) - centre(date, 6.5)) <= 1, `${right(name)} / ${right(date)}`);
  });
});
