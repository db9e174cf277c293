import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateField, textField } from './zod.js';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('textField', () => {
  const name = textField('案由', 10);

  it('trims surrounding whitespace', () => {
    assert.equal(name.parse('  征地补偿  '), '征地补偿');
  });

  it('refuses empty or blank text naming the label', () => {
    assert.deepEqual(messages(name.safeParse('   ')), ['请填写案由']);
    assert.deepEqual(messages(name.safeParse('')), ['请填写案由']);
    assert.deepEqual(messages(name.safeParse(undefined)), ['请填写案由']);
  });

  it('refuses text over the limit naming the label and limit', () => {
    assert.deepEqual(messages(name.safeParse('一二三四五六七八九十一')), ['案由不能超过10个字']);
    assert.equal(name.safeParse('一二三四五六七八九十').success, true);
  });

  it('refuses control characters naming the label, but allows line breaks and tabs inside', () => {
    assert.deepEqual(messages(name.safeParse('征地\u0000补偿')), ['案由含有非法控制字符']);
    assert.deepEqual(messages(name.safeParse('征地\u001B补偿')), ['案由含有非法控制字符']);
    assert.deepEqual(messages(name.safeParse('征地\u007F补偿')), ['案由含有非法控制字符']);
    assert.equal(name.safeParse('征地\n补偿\t费').success, true);
  });
});

describe('dateField', () => {
  const held = dateField('开庭日期');

  it('accepts an existing date', () => {
    assert.equal(held.parse('2028-02-29'), '2028-02-29');
  });

  it('refuses dates that do not exist naming the label', () => {
    assert.deepEqual(messages(held.safeParse('2026-02-30')), ['开庭日期不存在']);
    assert.deepEqual(messages(held.safeParse('2026-02-29')), ['开庭日期不存在']);
    assert.deepEqual(messages(held.safeParse('2026-13-01')), ['开庭日期不存在']);
    assert.deepEqual(messages(held.safeParse('2026-04-31')), ['开庭日期不存在']);
  });

  it('refuses other formats naming the label', () => {
    for (const s of ['2026/03/01', '2026-3-1', '20260301', '2026-03-01T00:00', '']) {
      assert.equal(messages(held.safeParse(s))[0], '开庭日期格式应为 YYYY-MM-DD', s);
    }
    assert.deepEqual(messages(held.safeParse(undefined)), ['请填写开庭日期']);
  });
});
