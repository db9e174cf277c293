import type { FieldError } from '@fazhi/core';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/**
 * Text PostgreSQL cannot store (NUL) or that is not valid Unicode (a lone surrogate) is refused for every route,
 * in the body, the query and the path, before any contract or query sees it.
 */
function findBadText(value: unknown, path: string, out: FieldError[]) {
  if (out.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, message: '不允许包含空字符（\\u0000）' });
    else if (!value.isWellFormed()) out.push({ path, message: '包含无效的 Unicode 字符' });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) findBadText(v, path ? `${path}.${i}` : String(i), out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) findBadText(v, path ? `${path}.${k}` : k, out);
  }
}

export function installInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    findBadText(request.body, '', errors);
    findBadText(request.query, 'query', errors);
    findBadText(request.params, 'params', errors);
    if (errors.length) throw new AppError('validation', errors[0]!.message, errors);
  });
}
