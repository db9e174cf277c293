import { z } from 'zod';
import { isValidIdNumber } from './id-number.js';
import { isValidCreditCode } from './credit-code.js';
import { isValidPhone } from './phone.js';

/** Field schemas with Chinese messages, shared by the web forms and the server. */
export const idNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' });

export const creditCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, { message: '统一社会信用代码格式或校验位不正确' });

export const phoneField = z.string().trim().refine(isValidPhone, { message: '电话号码格式不正确' });

/** A calendar date 'YYYY-MM-DD' that exists; `label` names it in the messages. */
export function dateField(label = '日期') {
  return z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}格式应为 YYYY-MM-DD` })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      message: `${label}不存在`,
    });
}

export const isoDateField = dateField();

/** Required free text: trimmed, not empty, bounded, no control characters. */
export function textField(label: string, max = 200) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过${max}个字` })
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), { message: `${label}含有非法控制字符` });
}

export const idField = z.uuid({ message: '编号格式不正确' });
