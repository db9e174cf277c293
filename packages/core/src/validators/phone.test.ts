import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidPhone, maskPhone } from './phone.js';
import { phoneField } from './zod.js';

describe('phone validation', () => {
  it('accepts mainland mobile numbers', () => {
    for (const p of ['13800138000', '19912345678', '15012345678']) assert.equal(isValidPhone(p), true, p);
  });

  it('accepts landlines with area code, with or without a hyphen', () => {
    for (const p of ['0531-12345678', '010-1234567', '01012345678', '0755-8765432']) assert.equal(isValidPhone(p), true, p);
  });

  it('refuses other forms', () => {
    for (const p of ['12345678901', '1380013800', '138001380000', '12345678', '0531-123456', '+8613800138000', '138 0013 8000', '']) {
      assert.equal(isValidPhone(p), false, p);
    }
  });

  it('the form field trims and explains the error in Chinese', () => {
    assert.equal(phoneField.safeParse(' 13800138000 ').data, '13800138000');
    assert.equal(phoneField.safeParse('123').error?.issues[0]?.message, '电话号码格式不正确');
  });

  it('masks the middle digits', () => {
    assert.equal(maskPhone('13800138000'), '138****8000');
    assert.equal(maskPhone('0531-12345678'), '053****5678');
    assert.equal(maskPhone('12345'), '****');
  });
});
