import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeTable } from './code-table.js';

const colours = codeTable(
  [
    { code: 'red', label: '红色' },
    { code: 'blue', label: '蓝色' },
  ],
  '颜色',
);

describe('codeTable', () => {
  it('lists its codes in order', () => {
    assert.deepEqual(colours.codes, ['red', 'blue']);
  });

  it('labels codes in Chinese, empty for missing, the raw code when unknown', () => {
    assert.equal(colours.label('blue'), '蓝色');
    assert.equal(colours.label(null), '');
    assert.equal(colours.label(undefined), '');
    assert.equal(colours.label('green'), 'green');
  });

  it('validates against its codes with a Chinese message naming the table', () => {
    assert.equal(colours.schema.parse('red'), 'red');
    const r = colours.schema.safeParse('红色');
    assert.equal(r.success, false);
    assert.equal(r.error?.issues[0]?.message, '请选择颜色');
  });
});
