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
});
