import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultAnnualTemplate, numberHeadings, statutoryItems } from '@fazhi/core/reports';
import { indicatorDimensions } from '../../platform/indicators/narrow.js';
import { figureIndicator } from './figures.js';

describe('the default outline reads like the model report', () => {
  // Who is counted must read right: people (名, 人, 人次) and bodies (家); events may be 次 where the register counts 件.
  const whoUnits = ['名', '人', '人次', '家'];

  it('counts people and bodies in the unit their indicator counts them in (律师事务所 in 家, people in 名)', () => {
    const mismatches: string[] = [];
    for (const b of defaultAnnualTemplate) {
      for (const m of b.text.matchAll(/\{([^}]+)\}([^{，。、；：）]*)/g)) {
        const indicator = figureIndicator(m[1]!);
        assert.notEqual(typeof indicator, 'string', `${b.key}: ${String(indicator)}`);
        if (!indicator || typeof indicator === 'string' || !whoUnits.includes(indicator.unit)) continue;
        if (!m[2]!.startsWith(indicator.unit)) mismatches.push(`${b.key}: {${m[1]}}${m[2]} — ${indicator.label}以“${indicator.unit}”计`);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it('numbers only the sections of measures; the other statutory items are paragraphs, as the model ends', () => {
    const numbers = numberHeadings(defaultAnnualTemplate).filter(Boolean);
    assert.deepEqual(numbers, ['一、', '二、', '三、', '四、', '五、']);
    const items = new Map(defaultAnnualTemplate.filter((b) => b.item && b.item !== 'measures').map((b) => [b.item, b]));
    assert.deepEqual([...items.keys()].sort(), statutoryItems.codes.filter((c) => c !== 'measures').sort());
    for (const b of items.values()) assert.equal(b.kind, 'paragraph', b.key);
    assert.deepEqual(
      defaultAnnualTemplate.slice(-3).map((b) => b.item),
      ['shortcomings', 'plan', 'other'],
    );
  });

  it('names a breakdown value as a figure of its own, in its own unit; refuses a dimension or code that does not exist', () => {
    const firms = figureIndicator('legalAdvisers.advisersInForce:kind=lawFirm');
    assert.ok(firms && typeof firms === 'object');
    assert.equal(firms.unit, '家');
    assert.match(firms.label, /律师事务所/);
    const people = figureIndicator('legalAdvisers.advisersInForce:kind!=lawFirm');
    assert.ok(people && typeof people === 'object');
    assert.equal(people.unit, '名');
    assert.match(String(figureIndicator('normativeDocs.cleanedUp:colour=red')), /不能按“colour”分组/);
    assert.match(String(figureIndicator('normativeDocs.cleanedUp:conclusion=lost')), /没有代码“lost”/);
    assert.equal(figureIndicator('year'), undefined);
    // The catalogue offers the same values to the editor's picker, with the unit of each.
    const advisers = figureIndicator('legalAdvisers.advisersInForce');
    assert.ok(advisers && typeof advisers === 'object');
    const kind = indicatorDimensions(advisers).find((d) => d.key === 'kind');
    assert.deepEqual(
      kind?.codes.find((c) => c.code === 'lawFirm'),
      { code: 'lawFirm', label: '律师事务所', unit: '家' },
    );
  });
});
