import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillPlaceholders, omitEmptyFigures, parseFigureName, placeholdersIn } from './placeholders.js';

describe('omitEmptyFigures: zero figures stay out of the prose', () => {
  const values: Record<string, string> = { decided: '0', experts: '2', risks: '1', matters: '0', cleaned: '3', amended: '0', rate: '—', full: '100%' };
  const empty = (name: string) => values[name] === '0' || values[name] === '—';

  it('drops a clause whose figure is 0 and keeps the rest of the sentence', () => {
    const r = omitEmptyFigures('全年作出重大行政决策{decided}项，开展专家论证{experts}次、风险评估{risks}次。', empty);
    assert.equal(r.text, '开展专家论证{experts}次、风险评估{risks}次。');
    assert.deepEqual(r.omitted, ['decided']);
  });

  it('ends the sentence at the last clause kept, and drops a sentence with nothing left', () => {
    assert.equal(omitEmptyFigures('清理{cleaned}件、修订{amended}件。街道作出重大事项决定{matters}项。', empty).text, '清理{cleaned}件。');
  });

  it('treats a rate without a base (—) as empty, a 100% rate and narrative as content', () => {
    assert.equal(omitEmptyFigures('严格落实出庭应诉，出庭率{rate}，覆盖率{full}。特此报告。', empty).text, '严格落实出庭应诉，覆盖率{full}。特此报告。');
  });

  it('never drops {year} or text without figures', () => {
    const text = '{year}年，示范区坚持依法行政：现将有关情况报告如下：';
    assert.equal(omitEmptyFigures(text, () => true).text, text);
  });
});

describe('omitEmptyFigures: a clause with one empty figure goes whole', () => {
  const empty = (name: string) => name === 'fields';
  it('leaves no 0 in a clause that names two figures, and says which other figure went with it', () => {
    const r = omitEmptyFigures('每季度开展案卷评查，对{fields}个领域的{files}份案卷进行集中评查，合格率{rate}。', empty);
    assert.equal(r.text, '每季度开展案卷评查，合格率{rate}。');
    assert.deepEqual(r.omitted, ['fields']);
    assert.deepEqual(r.dropped, ['files']);
  });
});

describe('breakdown placeholders: one value of an indicator broken down', () => {
  it('parses {id:dimension=code}, several codes and an exclusion', () => {
    assert.deepEqual(parseFigureName('normativeDocs.cleanedUp'), { id: 'normativeDocs.cleanedUp' });
    assert.deepEqual(parseFigureName('normativeDocs.cleanups:conclusion=repeal,expire'), {
      id: 'normativeDocs.cleanups',
      filter: { dimension: 'conclusion', codes: ['repeal', 'expire'], exclude: false },
    });
    assert.deepEqual(parseFigureName('legalAdvisers.advisersInForce:kind!=lawFirm'), {
      id: 'legalAdvisers.advisersInForce',
      filter: { dimension: 'kind', codes: ['lawFirm'], exclude: true },
    });
  });

  it('finds them in text and fills them like any figure', () => {
    const text = '律师事务所{a.b:kind=lawFirm}家、律师{a.b:kind!=lawFirm}名，{a.b:kind=}不是占位符';
    assert.deepEqual(placeholdersIn(text), ['a.b:kind=lawFirm', 'a.b:kind!=lawFirm']);
    assert.equal(fillPlaceholders(text, { 'a.b:kind=lawFirm': '2', 'a.b:kind!=lawFirm': '6' }), '律师事务所2家、律师6名，{a.b:kind=}不是占位符');
  });
});
