import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/engine.js';
import { AppError } from '../http/errors.js';
import { storedFiles } from './schema.js';

/** Scans and proofs: a size any scanner produces, far below what would strain the database. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What a file is, from its first bytes: the declared type and the extension can lie. */
const SIGNATURES: { mediaType: string; extension: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

export function sniffDocument(content: Buffer): { mediaType: string; extension: string } | null {
  const found = SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte));
  return found ? { mediaType: found.mediaType, extension: found.extension } : null;
}

/** What an uploaded document is, or a French reason to refuse it: empty, too big, not a PDF, PNG or JPEG by its bytes. */
export function checkDocument(content: Buffer): { mediaType: string; extension: string; sha256: string } {
  if (content.length === 0) throw new AppError('VALIDATION_FAILED', 'Le fichier est vide.');
  if (content.length > MAX_FILE_BYTES) throw new AppError('VALIDATION_FAILED', 'Le fichier dépasse 10 Mo.');
  const kind = sniffDocument(content);
  if (!kind) throw new AppError('VALIDATION_FAILED', 'Seuls les documents PDF, PNG ou JPEG sont acceptés.');
  return { ...kind, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Stores a PDF, PNG or JPEG document; anything else is refused with a French reason. */
export async function storeDocument(tx: Executor, departmentId: string, userId: string, name: string, content: Buffer): Promise<string> {
  const kind = checkDocument(content);
  const [row] = await tx
    .insert(storedFiles)
    .values({
      departmentId, name: name.slice(0, 200), mediaType: kind.mediaType, size: content.length,
      sha256: kind.sha256, content, createdBy: userId,
    })
    .returning({ id: storedFiles.id });
  return row!.id;
}

export async function readDocument(tx: Executor, departmentId: string, id: string) {
  const [row] = await tx
    .select({ name: storedFiles.name, mediaType: storedFiles.mediaType, content: storedFiles.content })
    .from(storedFiles)
    .where(and(eq(storedFiles.departmentId, departmentId), eq(storedFiles.id, id)));
  return row ?? null;
}
