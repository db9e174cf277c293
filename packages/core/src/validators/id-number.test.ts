import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidIdNumber, maskIdNumber, withIdCheckCharacter } from './id-number.js';
import { idNumberField } from './zod.js';

// GB 11643-1999 worked example: 11010519491231002X
const standard = '11010519491231002X';

describe('公民身份号码 validation', () => {
  it('computes the check character of the GB 11643 example and accepts it', () => {
    assert.equal(withIdCheckCharacter('11010519491231002'), standard);
    assert.equal(isValidIdNumber(standard), true);
  });

  it('accepts a number built with withIdCheckCharacter', () => {
    const id = withIdCheckCharacter('44030419900307123');
    assert.match(id, /^44030419900307123[\dX]$/);
    assert.equal(isValidIdNumber(id), true);
  });

  it('refuses a wrong check character', () => {
    const id = withIdCheckCharacter('44030419900307123');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    assert.equal(isValidIdNumber(wrong), false);
    assert.equal(isValidIdNumber('110105194912310021'), false);
  });

  it('refuses impossible or future birth dates even with a correct check character', () => {
    assert.equal(isValidIdNumber(withIdCheckCharacter('11010519901301123')), false); // month 13
    assert.equal(isValidIdNumber(withIdCheckCharacter('11010519900230123')), false); // 30 Feb
    assert.equal(isValidIdNumber(withIdCheckCharacter('11010520230229123')), false); // 29 Feb, not leap
    assert.equal(isValidIdNumber(withIdCheckCharacter('11010520990101123')), false); // future
    assert.equal(isValidIdNumber(withIdCheckCharacter('11010518991231123')), false); // before 1900
    assert.equal(isValidIdNumber(withIdCheckCharacter('11010520000229123')), true); // leap day exists
  });

  it('refuses wrong lengths and a lowercase x on the raw validator', () => {
    assert.equal(isValidIdNumber(standard.slice(0, 17)), false);
    assert.equal(isValidIdNumber(`${standard}0`), false);
    assert.equal(isValidIdNumber(standard.toLowerCase()), false);
  });

  it('the form field trims and uppercases a lowercase x', () => {
    assert.deepEqual(idNumberField.safeParse(' 11010519491231002x ').data, standard);
    const bad = idNumberField.safeParse('110105194912310021');
    assert.equal(bad.success, false);
    assert.equal(bad.error?.issues[0]?.message, '公民身份号码格式或校验位不正确');
  });

  it('masking keeps the region (first 6) and last 4, hiding the birth date', () => {
    assert.equal(maskIdNumber(standard), '110105********002X');
    assert.ok(!maskIdNumber(standard).includes('19491231'));
    assert.equal(maskIdNumber('123'), '****');
  });
});
