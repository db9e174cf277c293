import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '@fazhi/core/reports';
import { formatRate } from '../indicators/engine.js';
import { draftWarnings, placeholderText, renderBlocks } from './model.js';
import { titleLines } from './title-lines.js';

describe('report prose: empty figures', () => {
  const blocks: Block[] = [
    { key: 'decisions', kind: 'paragraph', title: '严格依法依规行政决策。', text: '全年作出重大行政决策{d.decided}项，开展专家论证{d.experts}次。' },
    { key: 'supervision', kind: 'paragraph', title: '强化行政执法监督。', text: '' },
  ];
  const values = { 'd.decided': '0', 'd.experts': '3' };

  it('renders the paragraph without the zero clause', () => {
    const [decisions] = renderBlocks({ title: '报告', orgName: '示范区', dateText: '', blocks, values });
    assert.equal(decisions!.parts.map((p) => p.text).join(''), '开展专家论证3次。');
  });

  it('warns of the figure left out and of a paragraph that is only its lead sentence', () => {
    assert.deepEqual(draftWarnings(blocks, values, { 'd.decided': '作出重大行政决策' }), [
      '「严格依法依规行政决策。」中为0或无数据的数字未写入正文：作出重大行政决策',
      '「强化行政执法监督。」只有标题句，没有正文',
    ]);
  });

  it('warns of a closing part no one has written yet, until a sentence is written', () => {
    const outline: Block[] = [
      { key: 'shortcomings', kind: 'paragraph', item: 'shortcomings', title: '', text: '{year}年仍存在一些问题和不足，比如：' },
      { key: 'plan', kind: 'paragraph', item: 'plan', title: '', text: '{nextYear}年，示范区将' },
      { key: 'plan-1', kind: 'paragraph', title: '', text: '' },
      { key: 'other', kind: 'paragraph', item: 'other', title: '', text: '' },
    ];
    const v = { year: '2026', nextYear: '2027' };
    assert.deepEqual(draftWarnings(outline, v, {}), ['「存在的问题和不足」尚未撰写：这一部分须由人工填写', '「下一年度工作安排」尚未撰写：这一部分须由人工填写', '「plan-1」段落为空']);
    const written = outline.map((b) => (b.item === 'plan' ? { ...b, text: `${b.text}持续推进示范创建。` } : b.key === 'plan-1' ? { ...b, text: '巩固街道合法性审查全覆盖。' } : b));
    assert.deepEqual(draftWarnings(written, v, {}), ['「存在的问题和不足」尚未撰写：这一部分须由人工填写']);
  });

  it('warns of a heading with nothing under it once its empty figures are left out', () => {
    const outline: Block[] = [
      { key: 'enforcement', kind: 'heading1', item: 'measures', title: '坚持问题导向，不断提高政府执法能力', text: '' },
      { key: 'supervision', kind: 'paragraph', title: '', text: '评查案卷{e.files}份。' },
      { key: 'services', kind: 'heading1', item: 'measures', title: '着力利民惠民', text: '' },
      { key: 'mediation', kind: 'paragraph', title: '', text: '调解纠纷{m.disputes}件。' },
    ];
    const warnings = draftWarnings(outline, { 'e.files': '0', 'm.disputes': '12' }, { 'e.files': '评查案卷' });
    assert.deepEqual(warnings, ['「一、坚持问题导向，不断提高政府执法能力」下没有正文', '「supervision」中为0或无数据的数字未写入正文：评查案卷']);
  });
});

describe('report layout: the title in balanced lines', () => {
  it('keeps a title that fits on one line, and breaks a long one where a word ends into lines of nearly equal width', () => {
    assert.deepEqual(titleLines('关于示范区2026年度法治工作的报告'), ['关于示范区2026年度法治工作的报告']);
    assert.deepEqual(titleLines('关于示范高新区2026年度法治政府建设情况的报告'), ['关于示范高新区2026年度', '法治政府建设情况的报告']);
    const long = titleLines('关于示范市示范区东湖街道办事处2026年度法治政府建设情况的报告');
    assert.equal(long.join(''), '关于示范市示范区东湖街道办事处2026年度法治政府建设情况的报告');
    assert.equal(long.length, 2);
    assert.ok(
      long.some((l) => l.includes('2026年度')),
      `a year is never split: ${long.join(' / ')}`,
    );
    const widths = long.map((l) => [...l].reduce((w, c) => w + (/[0-9]/.test(c) ? 0.5 : 1), 0));
    assert.ok(Math.abs(widths[0]! - widths[1]!) <= 4, `balanced: ${long.join(' / ')}`);
  });
});

describe('report prose: how a figure reads', () => {
  const rate = (n: number, d: number) => placeholderText({ id: 'r', label: '率', unit: '%', value: d ? (n / d) * 100 : null, numerator: n, denominator: d, display: formatRate(n, d) });
  it('prints a whole rate without a decimal, keeps one where it means something, and a rate without a base as —', () => {
    assert.equal(rate(57, 57), '100%');
    assert.equal(rate(1, 2), '50%');
    assert.equal(rate(2, 3), '66.7%');
    assert.equal(rate(2999, 3000), '100.0%', 'not quite all: the decimal says so');
    assert.equal(rate(0, 0), '—');
  });
  it('prints a count bare: the unit is in the sentence', () => {
    assert.equal(placeholderText({ id: 'c', label: '收案数', unit: '件', value: 57, display: '57件' }), '57');
  });
});
