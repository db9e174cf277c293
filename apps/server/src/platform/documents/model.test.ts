import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '@fazhi/core/reports';
import { draftWarnings, renderBlocks } from './model.js';

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

  it('warns of a closing part no one has written yet, until a paragraph under it has text', () => {
    const outline: Block[] = [
      { key: 'shortcomings', kind: 'heading1', item: 'shortcomings', title: '存在的问题和不足', text: '{year}年仍存在一些问题和不足：' },
      { key: 'plan', kind: 'heading1', item: 'plan', title: '{nextYear}年工作安排', text: '' },
      { key: 'plan-1', kind: 'paragraph', title: '', text: '' },
      { key: 'other', kind: 'heading1', item: 'other', title: '其他需要报告的事项', text: '无。' },
    ];
    const v = { year: '2026', nextYear: '2027' };
    assert.deepEqual(draftWarnings(outline, v, {}), ['「存在的问题和不足」尚未撰写：这一部分须由人工填写', '「2027年工作安排」尚未撰写：这一部分须由人工填写', '「plan-1」段落为空']);
    const written = outline.map((b) => (b.key === 'plan-1' ? { ...b, text: '持续推进示范创建。' } : b));
    assert.deepEqual(draftWarnings(written, v, {}), ['「存在的问题和不足」尚未撰写：这一部分须由人工填写']);
    const inHeading = written.map((b) => (b.key === 'shortcomings' ? { ...b, text: `${b.text}基层法治建设需要进一步提升。` } : b));
    assert.deepEqual(draftWarnings(inHeading, v, {}), []);
  });
});
