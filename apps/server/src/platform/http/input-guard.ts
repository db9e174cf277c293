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

/** No contract nests anywhere near this deep; deeper JSON is refused before parsing (it once overflowed the stack). */
export const maxJsonDepth = 64;

/** The deepest nesting of arrays and objects in JSON text, skipping strings; stops counting past `limit`. */
export function jsonDepth(text: string, limit = maxJsonDepth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function installInputGuard(app: FastifyInstance) {
  // Fastify's own parser (with its prototype-poisoning removal), behind a depth check.
  const parseJson = app.getDefaultJsonParser('remove', 'remove');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepth(body as string) > maxJsonDepth) {
      const message = `JSON 嵌套不能超过${maxJsonDepth}层`;
      done(new AppError('validation', message, [{ path: '', message }]), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    findBadText(request.body, '', errors);
    findBadText(request.query, 'query', errors);
    findBadText(request.params, 'params', errors);
    if (errors.length) throw new AppError('validation', errors[0]!.message, errors);
  });
}
