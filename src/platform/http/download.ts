import type { FastifyReply } from 'fastify';
import type { DocumentFile } from '../files/hand-out.js';

/**
 * A Content-Disposition that downloads a file under its (possibly accented) name, RFC 6266: an
 * ASCII fallback, then the real name.
 */
export function attachmentDisposition(name: string, fallback: string): string {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
  return `attachment; filename="${ascii || fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends a person's document as a download under its own name (API responses are never cached: security-headers.ts). */
export function sendDocument(reply: FastifyReply, file: DocumentFile, fallback: string): FastifyReply {
  reply.header('content-disposition', attachmentDisposition(file.name, fallback)).type(file.mediaType);
  if (file.size !== undefined) reply.header('content-length', file.size);
  return reply.send(file.content);
}

/** Sends a printed document (a letter, a contract, a sheet) to open in the browser's PDF viewer. */
export function sendPdf(reply: FastifyReply, printed: { pdf: Uint8Array; fileName: string }): FastifyReply {
  return reply.header('content-disposition', `inline; filename="${printed.fileName}"`).type('application/pdf').send(Buffer.from(printed.pdf));
}
