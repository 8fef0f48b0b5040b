// The load generator, run as a child process (forked by load-client.ts). Keeping autocannon out of
// the process that hosts the servers matters: on 2 cores, an in-process client would share the
// server's event loop and measure mostly itself.
import autocannon from 'autocannon';
import { percentile } from './stats.js';
import type { LoadFigures, LoadReply, LoadRequest, LoadSpec } from './types.js';

interface RawRun {
  latencies: Float64Array;
  count: number;
  seconds: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

function hammer(spec: LoadSpec, seconds: number): Promise<RawRun> {
  // autocannon reports p50/p97.5/p99 but no p95, so every response time is kept and ranked here.
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: spec.method,
        connections: spec.connections,
        duration: seconds,
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.body !== undefined ? { body: spec.body } : {}),
        // Each connection cycles through these (e.g. several users, several records): one URL
        // and one cookie would measure one cached row, not a caseload spread over the table.
        ...(spec.requests ? { requests: spec.requests.map((r) => ({ method: spec.method, ...r })) } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
        resolve({ latencies: latencies.subarray(0, count), count, seconds: result.duration, non2xx: result.non2xx, errors: result.errors, statusCodes });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

async function measure(spec: LoadSpec): Promise<LoadFigures> {
  if (spec.warmupSeconds > 0) await hammer(spec, spec.warmupSeconds);
  const run = await hammer(spec, spec.seconds);
  const sorted = run.latencies.slice().sort();
  return {
    requests: run.count,
    seconds: run.seconds,
    rps: run.seconds > 0 ? Math.round((run.count / run.seconds) * 10) / 10 : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: run.non2xx,
    errors: run.errors,
    statusCodes: run.statusCodes,
  };
}

// One request at a time: two concurrent runs would compete for this process's single event loop.
let queue: Promise<void> = Promise.resolve();
process.on('message', (message: LoadRequest) => {
  queue = queue.then(async () => {
    let reply: LoadReply;
    try {
      reply = { id: message.id, figures: await measure(message.spec) };
    } catch (error) {
      reply = { id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    process.send?.(reply);
  });
});
// The parent disconnects when it is done; nothing else keeps this process alive then.
process.on('disconnect', () => process.exit(0));
