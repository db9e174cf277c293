/** The few calls of the phone app; errors carry the server's Chinese message (problem+json). */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  if (!res.ok) {
    const detail = json?.errors?.length ? json.errors.map((e: { message: string }) => e.message).join('；') : (json?.detail ?? json?.title ?? '');
    throw new Problem(res.status, json?.code ?? 'internal', detail);
  }
  return json as T;
}
