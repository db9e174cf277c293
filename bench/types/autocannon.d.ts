// autocannon ships no types; these cover the calls the bench makes (see node_modules/autocannon/README.md).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  export type RawRequest = { method: Method; path: string; headers: Record<string, string>; body?: string | Buffer };
  export type RequestSpec = {
    method?: Method;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: RequestSpec[];
  };
  export type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p99: number };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    latency: Histogram;
    requests: Histogram & { total: number; sent: number };
    statusCodeStats: Record<string, { count: number }>;
  };
  export interface Instance extends EventEmitter {
    stop: () => void;
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
    on(event: 'reqError', listener: (error: Error) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
