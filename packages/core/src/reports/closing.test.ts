import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasNumberedClosing, unnumberClosing } from './closing.js';
import { defaultAnnualTemplate } from './default-template.js';
import { numberHeadings, type Block } from './outline.js';

const heading = (item: Block['item'], title: string, text: string): Block => ({ key: item!, kind: 'heading1', title, text, item });

describe('the closing parts of an outline stored before they were unnumbered', () => {
  const measures = defaultAnnualTemplate.filter((b) => !['shortcomings', 'plan', 'other'].includes(b.key)).map((b) => (b.key === 'first-duty-overview' ? { ...b, item: undefined } : b));
  const old = [
    ...measures,
    heading('shortcomings', '存在的问题和不足', '仍存在一些问题和不足：'),
    heading('leaders', '党政主要负责人履行推进法治建设第一责任人职责情况', ''),
    heading('plan', '{nextYear}年工作安排', '{nextYear}年，{orgName}将'),
    heading('other', '其他需要报告的事项', '无。'),
  ];

  it('numbers only the five sections of measures afterwards, keeping what was written', () => {
    assert.ok(hasNumberedClosing(old));
    const now = unnumberClosing(old);
    assert.ok(!hasNumberedClosing(now));
    assert.deepEqual(numberHeadings(now).filter(Boolean), ['一、', '二、', '三、', '四、', '五、']);
    assert.deepEqual(
      now.slice(-3).map((b) => [b.kind, b.title, b.text, b.item]),
      [
        ['paragraph', '', '仍存在一些问题和不足：', 'shortcomings'],
        ['paragraph', '', '{nextYear}年，{orgName}将', 'plan'],
        ['paragraph', '', '', 'other'],
      ],
    );
    assert.equal(now.find((b) => b.key === 'first-duty-overview')?.item, 'leaders');
  });

  it('keeps a written 第一责任人 part as a paragraph, and leaves the present outline alone', () => {
    const written = old.map((b) => (b.item === 'leaders' ? { ...b, text: '区委书记、区长带头履职。' } : b));
    const leaders = unnumberClosing(written).find((b) => b.item === 'leaders')!;
    assert.deepEqual([leaders.key, leaders.kind, leaders.text], ['leaders', 'paragraph', '区委书记、区长带头履职。']);
    assert.ok(!hasNumberedClosing(defaultAnnualTemplate));
    assert.deepEqual(unnumberClosing(defaultAnnualTemplate), defaultAnnualTemplate);
  });
});
