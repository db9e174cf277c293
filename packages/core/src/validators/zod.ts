import { z } from 'zod';
import { described } from '../register/field-meta.js';
import { isValidIdNumber } from './id-number.js';
import { isValidCreditCode } from './credit-code.js';
import { isValidPhone } from './phone.js';

/** Field schemas with Chinese messages, shared by the web forms and the server. */
export const idNumberField = z.string().trim().toUpperCase().refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' });

export const creditCodeField = z.string().trim().toUpperCase().refine(isValidCreditCode, { message: '统一社会信用代码格式或校验位不正确' });

export const phoneField = z.string().trim().refine(isValidPhone, { message: '电话号码格式不正确' });

/** The dates the platform takes (fields and list filters alike): the years of real records, inside what PostgreSQL stores. */
export const dateRange = { from: '1900-01-01', to: '2100-12-31' } as const;

/** True when an existing 'YYYY-MM-DD' lies in `dateRange`. */
export const inDateRange = (s: string) => s >= dateRange.from && s <= dateRange.to;

/** A calendar date 'YYYY-MM-DD' that exists; `label` names it in the messages. */
export function dateField(label = '日期') {
  const schema = z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}格式应为 YYYY-MM-DD` })
    .refine(isRealDate, { message: `${label}不存在` })
    .refine(inDateRange, { message: `${label}应在1900年至2100年之间` });
  return described(schema, { label, kind: 'date' });
}

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30). */
export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export const isoDateField = dateField();

/** Required free text: trimmed, not empty, bounded, no control characters. */
export function textField(label: string, max = 200) {
  const schema = z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过${max}个字` })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the check exists to find control characters
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), { message: `${label}含有非法控制字符` });
  // Longer texts get a text area in forms.
  return described(schema, { label, kind: max > 200 ? 'longText' : 'text' });
}

/** A yes/no answer the user must give. */
export function booleanField(label: string) {
  return described(z.boolean({ error: `请选择${label}` }), { label, kind: 'boolean' });
}

export const idField = z.uuid({ message: '编号格式不正确' });

/** A unit of the org tree, chosen in forms with the tree picker and filtered by subtree in lists. */
export function orgUnitField(label: string) {
  return described(z.uuid({ message: `请选择${label}` }), { label, kind: 'orgUnit' });
}

/** The id of a record in another register (`path`), picked by its `label` field; the server checks it is readable. */
export function refField(label: string, path: string, labelField: string) {
  return described(z.uuid({ message: `请选择${label}` }), { label, kind: 'ref', ref: { path, label: labelField } });
}

// Fresh schemas per field: a label registered on a shared schema would rename it everywhere.
/** A 公民身份号码 typed into a form (write-only: the server stores it SM4-encrypted and answers it masked). */
export function idNumberInput(label = '公民身份号码') {
  return described(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .toUpperCase()
      .refine(isValidIdNumber, { message: '公民身份号码格式或校验位不正确' }),
    { label, kind: 'text' },
  );
}

/** A phone number typed into a form (write-only, like idNumberInput). */
export function phoneInput(label = '联系电话') {
  return described(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .refine(isValidPhone, { message: `${label}格式不正确` }),
    { label, kind: 'text' },
  );
}
