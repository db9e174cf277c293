import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import '../zod-locale.js';
import { loginSchema, passwordField, passwordProblems } from './contract.js';

const tooShort = '密码长度至少10位';
const tooFewClasses = '密码须包含大写字母、小写字母、数字、符号中的至少三类';

describe('passwordProblems', () => {
  it('accepts a strong password', () => {
    assert.deepEqual(passwordProblems('Fazhi-2026!'), []);
    assert.deepEqual(passwordProblems('fazhi2026!x'), []); // lower + digit + symbol is enough
  });

  it('refuses fewer than 10 characters, in Chinese', () => {
    assert.deepEqual(passwordProblems('Fa-2026!x'), [tooShort]);
  });

  it('refuses fewer than 3 of the 4 character classes, in Chinese', () => {
    assert.deepEqual(passwordProblems('fazhifazhi2026'), [tooFewClasses]);
    assert.deepEqual(passwordProblems('FAZHIfazhi'), [tooFewClasses]);
    assert.deepEqual(passwordProblems('aaaaaaaaaaaa'), [tooFewClasses]);
  });

  it('reports every problem at once', () => {
    assert.deepEqual(passwordProblems('abc'), [tooShort, tooFewClasses]);
  });

  it('refuses more than 128 characters', () => {
    assert.deepEqual(passwordProblems('Aa1!'.repeat(33)), ['密码长度不能超过128位']);
  });

  it('the zod field reports the same Chinese messages', () => {
    const r = passwordField.safeParse('abc');
    assert.deepEqual(
      r.error?.issues.map((i) => i.message),
      [tooShort, tooFewClasses],
    );
    assert.equal(passwordField.safeParse('Fazhi-2026!').success, true);
  });
});

describe('sign-in forms speak Chinese', () => {
  it('names the missing field instead of the type zod expected', () => {
    const result = loginSchema.safeParse({});
    assert.deepEqual(
      result.error?.issues.map((i) => i.message),
      ['请输入用户名', '请输入密码'],
    );
  });

  it('any field without a message of its own says it is required, or what it should be, in plain words', () => {
    const schema = z.object({ title: z.string(), count: z.number() });
    assert.deepEqual(
      schema.safeParse({}).error?.issues.map((i) => i.message),
      ['此项为必填项', '此项为必填项'],
    );
    assert.deepEqual(
      schema.safeParse({ title: 3, count: '三' }).error?.issues.map((i) => i.message),
      ['格式不正确，应为文字', '格式不正确，应为数字'],
    );
  });
});
