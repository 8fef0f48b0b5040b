import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded documents live, outside the database (which keeps only what they are
 * and whose: see the capability's metadata table). A key is random, so knowing one document's key
 * says nothing of another's; it is never derived from a name or an id a user sees.
 *
 * Implemented: a local folder. Next adapter: any S3-compatible store behind the same interface.
 */
export interface BlobStore {
  /** Stores the bytes and answers their new key. */
  put(departmentId: string, content: Buffer): Promise<string>;
  /** The bytes of a stored key, as a stream. */
  open(key: string): Readable;
  /** Forgets a key (a document removed, a transaction rolled back). */
  remove(key: string): Promise<void>;
}

/** `<département uuid>/<32 random hex digits>`: nothing else is ever read from disk. */
const KEY = /^[0-9a-f-]{36}\/[0-9a-f]{32}$/;

export function localBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('Invalid blob key');
    return join(base, key);
  };
  return {
    async put(departmentId, content) {
      const key = `${departmentId}/${randomBytes(16).toString('hex')}`;
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside then renamed: a reader never sees half a file.
      await writeFile(`${path}.part`, content, { mode: 0o600 });
      await rename(`${path}.part`, path);
      return key;
    },
    open: (key) => createReadStream(pathOf(key)),
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}
