import { errorTitles, type ErrorCode, type FieldError, type Problem } from '@fazhi/core';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  sessionExpired: 401,
  forbidden: 403,
  notFound: 404,
  routeNotFound: 404,
  staleVersion: 409,
  conflict: 409,
  transitionNotAllowed: 409,
  guardFailed: 409,
  loginFailed: 401,
  accountLocked: 423,
  passwordChangeRequired: 403,
  weakPassword: 400,
  rateLimited: 429,
  crossSite: 403,
  unsupportedMediaType: 415,
  duplicate: 409,
  internal: 500,
};

/** The one error family: a stable code, its Chinese title, an optional detail and field errors. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? errorTitles[code]);
    this.status = statusOf[code];
  }
}

export function fieldErrorsOf(error: ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function sendProblem(reply: FastifyReply, code: ErrorCode, detail?: string, errors?: FieldError[]) {
  const problem: Problem = {
    type: `https://fazhi.local/problems/${code}`,
    title: errorTitles[code],
    status: statusOf[code],
    code,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** With `spaIndex`, GET requests outside /api that match no file get the web app's index.html (client-side routes). */
export function installErrorHandling(app: FastifyInstance, options: { spaIndex?: boolean } = {}) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, error.code, error.detail, error.errors);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext === 'querystring' ? 'query' : error.validationContext;
      const where = context === 'body' ? '' : `${context}.`;
      const errors = error.validation.map((v) => ({
        path: where + v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? '格式不正确',
      }));
      return sendProblem(reply, 'validation', errors[0]?.message, errors);
    }
    if (error instanceof ZodError) return sendProblem(reply, 'validation', undefined, fieldErrorsOf(error));
    if (error.statusCode === 429) return sendProblem(reply, 'rateLimited');
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendProblem(reply, 'validation', '请求体不是合法的 JSON');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, 'unsupportedMediaType');
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, 'validation', '请求体过大');
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') return sendProblem(reply, 'validation', '文件不能超过20MB', [{ path: 'file', message: '文件不能超过20MB' }]);
    if (error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return sendProblem(reply, 'validation', '请以 multipart/form-data 上传文件');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, 'validation', error.message);
    }
    // Unexpected: log the stack, never send it.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'internal');
  });
  app.setNotFoundHandler((request, reply) => {
    if (options.spaIndex && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendProblem(reply, 'routeNotFound', `${request.method} ${request.url.split('?')[0]}`);
  });
}

/** Refuses a write that breaks cross-field rules (as a 400 naming each field); nothing when there are none. */
export function refuse(issues: { path: string; message: string }[]): void {
  if (issues.length) throw new AppError('validation', issues.map((i) => i.message).join('；'), issues);
}
