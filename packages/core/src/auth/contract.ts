import { z } from 'zod';
import { roleCodes } from '../access/roles.js';
import { phoneField, textField } from '../validators/zod.js';

/** 等保 2.0 level 3 expectations: ≥ 10 characters from at least 3 of 4 classes. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('密码长度至少10位');
  if (password.length > 128) problems.push('密码长度不能超过128位');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  return problems;
}

export const passwordField = z.string({ error: '请输入密码' }).superRefine((value, ctx) => {
  for (const message of passwordProblems(value)) ctx.addIssue({ code: 'custom', message });
});

export const loginSchema = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, { message: '请输入用户名' }).max(64),
  password: z.string({ error: '请输入密码' }).min(1, { message: '请输入密码' }).max(128),
});

export const changePasswordSchema = z.object({
  oldPassword: z.string({ error: '请输入原密码' }).min(1, { message: '请输入原密码' }),
  newPassword: passwordField,
});

export const usernameField = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: '用户名须以小写字母开头，3-32位小写字母、数字或 _ . -' });

export const userCreateSchema = z.object({
  username: usernameField,
  displayName: textField('姓名', 30),
  orgUnitId: z.uuid({ message: '请选择所属单位' }),
  phone: phoneField.optional(),
  password: passwordField,
});

export const userUpdateSchema = z.object({
  version: z.int().positive(),
  displayName: textField('姓名', 30).optional(),
  orgUnitId: z.uuid().optional(),
  phone: phoneField.optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordSchema = z.object({ password: passwordField });

export const roleGrantSchema = z.object({
  role: z.enum(roleCodes, { message: '请选择角色' }),
  orgUnitId: z.uuid({ message: '请选择授权单位' }),
});

export type LoginInput = z.infer<typeof loginSchema>;
export type UserCreate = z.infer<typeof userCreateSchema>;

export type RoleGrant = z.infer<typeof roleGrantSchema> & { orgUnitName: string };
