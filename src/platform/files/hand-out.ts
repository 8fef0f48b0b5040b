import type { Readable } from 'node:stream';
import type { AuditEvent } from '../audit/writer.js';
import { notFound } from '../http/errors.js';
import type { UseCaseContext } from '../usecase/runner.js';

/** A stored document on its way out: its name, its type (sniffed from its bytes at upload) and its bytes. */
export interface DocumentFile {
  name: string;
  mediaType: string;
  content: Buffer | Readable;
  /** Known for a stream; a Buffer's is its length. */
  size?: number;
}

/**
 * The last step of every use case that hands out a person's document, once its owner was found in
 * the actor's scope: a missing document is not found (404), a found one is logged before it leaves.
 */
export async function handOut<F extends DocumentFile>(ctx: UseCaseContext, file: F | null | undefined, missing: string, event: AuditEvent): Promise<F> {
  if (!file) throw notFound(missing);
  await ctx.audit(event);
  return file;
}
