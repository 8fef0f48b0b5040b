// autocannon 8 ships no type declarations and @types/autocannon is not installed: this declares
// the small part of its API the bench uses, so the load generator stays type-checked.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** The sequence of requests each connection makes, in order, over and over. */
    requests?: { method?: string; path?: string; headers?: Record<string, string>; body?: string }[];
    connections?: number;
    duration?: number;
  }

  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    requests: { average: number; total: number };
  }

  interface Instance extends EventEmitter {
    stop(): void;
    /** Emitted for every response; responseTime is in milliseconds (hrtime based). */
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
