import { errorTitles, type ErrorCode, type FieldError, type Problem } from '@fazhi/core';

/** A non-2xx answer, carrying the server's problem details (or one made up for network failures). */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): ErrorCode {
    return this.problem.code;
  }
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** Builds `?a=1&b=2`, skipping empty values so URLs stay short and filters stay optional. */
export function queryString(query: Query | URLSearchParams = {}): string {
  const params = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

type AuthListener = (code: 'unauthenticated' | 'passwordChangeRequired') => void;
let authListener: AuthListener | undefined;

/** The app shell registers here to react to an expired session; without it we fall back to a hard redirect. */
export function onAuthProblem(listener: AuthListener): () => void {
  authListener = listener;
  return () => {
    if (authListener === listener) authListener = undefined;
  };
}

const sessionCodes: ReadonlySet<string> = new Set<ErrorCode>(['unauthenticated', 'sessionExpired']);

function notifyAuth(problem: Problem) {
  // A failed login is also a 401, but it must stay on the form, so only session codes redirect.
  if (problem.status === 401 && sessionCodes.has(problem.code)) {
    if (authListener) authListener('unauthenticated');
    else if (window.location.pathname !== '/login') window.location.assign('/login');
  } else if (problem.code === 'passwordChangeRequired') {
    if (authListener) authListener('passwordChangeRequired');
    else if (window.location.pathname !== '/password') window.location.assign('/password');
  }
}

function isProblem(v: unknown): v is Problem {
  return typeof v === 'object' && v !== null && 'title' in v && 'code' in v;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body: unknown = await response.json().catch(() => undefined);
    if (isProblem(body)) return { ...body, status: body.status ?? response.status };
  }
  // A proxy or gateway error without problem details: keep the status, give a Chinese title.
  const code: ErrorCode = response.status === 401 ? 'unauthenticated' : response.status === 404 ? 'routeNotFound' : 'internal';
  return { type: 'about:blank', title: errorTitles[code], status: response.status, code };
}

type RequestOptions = { signal?: AbortSignal; quiet?: boolean };

async function send(method: string, path: string, body: unknown, options: RequestOptions, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept } : { accept, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ type: 'about:blank', title: '无法连接服务器，请检查网络', status: 0, code: 'internal' });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (!options.quiet) notifyAuth(problem);
    throw new ApiError(problem);
  }
  return response;
}

async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, body, options, 'application/json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query | URLSearchParams, options?: RequestOptions) => request<T>('GET', `/api/${path}${queryString(query)}`, undefined, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) => request<T>('POST', `/api/${path}`, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', `/api/${path}`, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', `/api/${path}`, body, options),
  delete: <T>(path: string, query?: Query, options?: RequestOptions) => request<T>('DELETE', `/api/${path}${queryString(query)}`, undefined, options),
  /** A text answer (the report previews are HTML fragments), with the same error handling. */
  text: async (path: string, query?: Query, options: RequestOptions = {}) => (await send('GET', `/api/${path}${queryString(query)}`, undefined, options, 'text/html, text/plain')).text(),
};

/** A Chinese sentence for any error, for toasts and alerts. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const { title, detail } = e.problem;
    return detail && detail !== title ? `${title}：${detail}` : title;
  }
  return e instanceof Error ? e.message : String(e);
}
