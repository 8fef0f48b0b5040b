import type { z } from 'zod';
import type { Db, Executor } from '../db/engine.js';
import type { Actor } from '../policy/actor.js';
import { can, type Permission } from '../policy/permissions.js';
import { writeAudit, writeAuditMany, type AuditEvent } from '../audit/writer.js';
import { AppError } from '../http/errors.js';
import { toAppError } from './db-errors.js';

export interface UseCaseContext {
  tx: Executor;
  actor: Actor;
  /** Records an audit entry in this use case's transaction. */
  audit(event: AuditEvent): Promise<void>;
  /** Records many entries at once (bulk changes). */
  auditMany(events: AuditEvent[]): Promise<void>;
  /** Reports how far a long use case has gone (0 to 1), when the caller listens. */
  progress(done: number, total: number): void;
}

/**
 * What a user does. A `command` changes data and must write at least one audit entry (the runner
 * refuses to commit one that did not); a `query` reads, and audits itself when it reads a
 * person's record.
 */
export interface UseCase<S extends z.ZodType, O> {
  name: string;
  kind: 'command' | 'query';
  permission: Permission;
  input: S;
  run(ctx: UseCaseContext, input: z.output<S>): Promise<O>;
}

// Updates take `{ id, data }`; the form the user filled is `data`, so its fields are named without it.
const fieldPath = (path: PropertyKey[]): string => (path[0] === 'data' ? path.slice(1) : path).map(String).join('.');

export const defineUseCase = <S extends z.ZodType, O>(useCase: UseCase<S, O>): UseCase<S, O> => useCase;

export interface RunOptions {
  /** Called as a long use case advances; the HTTP layer streams it to the browser. */
  onProgress?: (done: number, total: number) => void;
}

export type Runner = <S extends z.ZodType, O>(useCase: UseCase<S, O>, input: unknown, actor: Actor, options?: RunOptions) => Promise<O>;

/**
 * The one road: check the policy, validate the input, run (a command in a transaction) with its
 * audit entries. Routes never touch the database around it.
 */
export function createRunner(db: Db): Runner {
  return async (useCase, rawInput, actor, options = {}) => {
    // Who may act comes first: a caller without the right learns nothing about valid input.
    if (!can(actor.role, useCase.permission)) throw new AppError('FORBIDDEN');
    const parsed = useCase.input.safeParse(rawInput);
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        parsed.error.issues.map((i) => ({ path: fieldPath(i.path), message: i.message })),
      );
    }
    const execute = async (tx: Executor) => {
      let audited = 0;
      const ctx: UseCaseContext = {
        tx,
        actor,
        audit: async (event) => {
          audited++;
          await writeAudit(tx, actor, event);
        },
        progress: (done, total) => options.onProgress?.(done, total),
        auditMany: async (events) => {
          audited += events.length;
          await writeAuditMany(tx, actor, events);
        },
      };
      const result = await useCase.run(ctx, parsed.data);
      if (useCase.kind === 'command' && audited === 0) {
        throw new Error(`Use case ${useCase.name} changed data without an audit entry`);
      }
      return result;
    };
    try {
      // A query needs no transaction: under READ COMMITTED each statement sees its own snapshot
      // anyway, and BEGIN/COMMIT would double the round trips of the hottest reads. Its audit
      // entry is written before the data is returned, so no read goes unlogged.
      return useCase.kind === 'query' ? await execute(db) : await db.transaction(execute);
    } catch (error) {
      throw toAppError(error);
    }
  };
}
