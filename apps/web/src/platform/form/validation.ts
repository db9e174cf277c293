import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

/** The part of a zod schema the forms use; keeps the web free of a direct zod dependency. */
export type Validator<T = unknown> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

export type NamePath = (string | number)[];
export type Issue = { path: NamePath; message: string };

/** Server paths are dot paths ("plaintiffs.0.idNumber"); antd wants ["plaintiffs", 0, "idNumber"]. */
export function namePathOf(path: string | readonly PropertyKey[]): NamePath {
  const parts = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path;
  return parts.map((p) => (typeof p === 'number' ? p : /^\d+$/.test(String(p)) ? Number(p) : String(p)));
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

export function validate<T>(schema: Validator<T>, value: unknown): Validated<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: namePathOf(i.path), message: i.message })) };
}

const same = (a: NamePath, b: NamePath) => a.length === b.length && a.every((p, i) => String(p) === String(b[i]));

/**
 * Shows each issue under its field. Issues whose path names no field of the form (or a whole list, e.g.
 * "plaintiffs") come back as text so the page can show them in an alert instead of losing them.
 */
export function showIssues(form: FormInstance, issues: Issue[]): string[] {
  const registered = form.getFieldsError().map((f) => f.name as NamePath);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const loose: string[] = [];
  for (const issue of issues) {
    const name = registered.find((r) => same(r, issue.path));
    if (!name) {
      loose.push(issue.message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return [...new Set(loose)];
}

/** Clears previous errors of every field (zod validation replaces antd's own rules). */
export function clearErrors(form: FormInstance) {
  form.setFields(form.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
}

/** Maps a server problem's field errors onto the form; returns what is left to show as a page-level message. */
export function showProblem(form: FormInstance, e: unknown): string[] {
  if (!(e instanceof ApiError)) return [e instanceof Error ? e.message : String(e)];
  const issues = e.fieldErrors.map((f) => ({ path: namePathOf(f.path), message: f.message }));
  const loose = showIssues(form, issues);
  const { title, detail } = e.problem;
  if (issues.length === 0) return [detail && detail !== title ? `${title}：${detail}` : title];
  return loose.length ? [title, ...loose] : [];
}
