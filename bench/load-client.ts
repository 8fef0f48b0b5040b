// The main process's handle on the load-generator child: send a LoadSpec, get LoadFigures back.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadFigures, LoadReply, LoadRequest, LoadSpec } from './types.js';

export interface LoadClient {
  measure(spec: LoadSpec): Promise<LoadFigures>;
  close(): void;
}

export function startLoadClient(): LoadClient {
  // fork() reuses this process's execArgv, which under `tsx` carries its loader: the child can be .ts.
  const child: ChildProcess = fork(fileURLToPath(new URL('./load-generator.ts', import.meta.url)), { stdio: 'inherit' });
  const pending = new Map<number, { resolve: (f: LoadFigures) => void; reject: (e: Error) => void }>();
  let nextId = 0;

  child.on('message', (reply: LoadReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.figures) waiter.resolve(reply.figures);
    else waiter.reject(new Error(`load generator failed: ${reply.error ?? 'unknown error'}`));
  });
  // A crashed child must fail the bench, not leave it waiting forever.
  child.on('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`load generator exited (code ${code}, signal ${signal})`));
    pending.clear();
  });

  return {
    measure(spec) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, spec } satisfies LoadRequest);
      });
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}
