import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidCreditCode, withCreditCheckCharacter } from './credit-code.js';
import { creditCodeField } from './zod.js';

describe('统一社会信用代码 validation', () => {
  it('accepts the GB 32100-2015 example', () => {
    assert.equal(isValidCreditCode('91350100M000100Y43'), true);
    assert.equal(withCreditCheckCharacter('91350100M000100Y4'), '91350100M000100Y43');
  });

  it('accepts real published codes, including one ending in a letter', () => {
    assert.equal(isValidCreditCode('914403001922038216'), true); // 华为技术有限公司
    assert.equal(isValidCreditCode('9144030071526726XG'), true); // 深圳市腾讯计算机系统有限公司
  });

  it('accepts a code completed with withCreditCheckCharacter', () => {
    const code = withCreditCheckCharacter('91110108MA01H7K2P');
    assert.equal(code.length, 18);
    assert.equal(isValidCreditCode(code), true);
  });

  it('refuses a wrong check character', () => {
    assert.equal(isValidCreditCode('91350100M000100Y44'), false);
    assert.equal(isValidCreditCode('91350100M000100Y4A'), false);
  });

  it('refuses the letters I, O, Z, S, V anywhere', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      assert.equal(isValidCreditCode(`91350100M000100Y4${letter}`), false, `check ${letter}`);
      assert.equal(isValidCreditCode(`91350100${letter}000100Y43`), false, `body ${letter}`);
      assert.throws(() => withCreditCheckCharacter(`91350100${letter}000100Y4`));
    }
  });

  it('refuses wrong lengths and lowercase on the raw validator', () => {
    assert.equal(isValidCreditCode('91350100M000100Y4'), false);
    assert.equal(isValidCreditCode('91350100M000100Y430'), false);
    assert.equal(isValidCreditCode('91350100m000100y43'), false);
  });

  it('the form field trims and uppercases, with a Chinese message on failure', () => {
    assert.equal(creditCodeField.safeParse(' 91350100m000100y43 ').data, '91350100M000100Y43');
    const bad = creditCodeField.safeParse('91350100M000100Y44');
    assert.equal(bad.error?.issues[0]?.message, '统一社会信用代码格式或校验位不正确');
  });
});
