// Shapes shared by the bench's main process and its load-generator child process (they talk over IPC).

/** One autocannon run: what to hit, how hard and for how long. */
export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Distinct requests (path and headers) each connection cycles through, instead of the url's path. */
  requests?: { path: string; headers?: Record<string, string> }[];
  connections: number;
  seconds: number;
  /** A discarded run first, so JIT warm-up and pool creation do not pollute the figures. */
  warmupSeconds: number;
}

/** What one measured run produced. Latencies in milliseconds. */
export interface LoadFigures {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

/** One line of the final table. */
export interface BenchRow extends LoadFigures {
  engine: 'fastify' | 'pglite' | 'postgres';
  endpoint: string;
  connections: number;
}

export type LoadRequest = { id: number; spec: LoadSpec };
export type LoadReply = { id: number; figures?: LoadFigures; error?: string };
