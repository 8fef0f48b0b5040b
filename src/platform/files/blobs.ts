import { randomBytes } from 'node:crypto';
import { open as openFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded documents live, outside the database (which keeps only what they are
 * and whose: see the capability's metadata table). A key is random, so knowing one document's key
 * says nothing of another's; it is never derived from a name or an id a user sees.
 *
 * Two adapters behind this one interface, held to the same contract test: a local folder (here)
 * and any S3-compatible store (s3-blobs.ts); `createBlobStore` picks one from the configuration.
 */
export interface BlobStore {
  /** Stores the bytes and answers their new key. */
  put(departmentId: string, content: Buffer): Promise<string>;
  /** The bytes of a stored key, as a stream; rejects with BlobNotFoundError for a key it does not hold. */
  open(key: string): Promise<Readable>;
  /** Forgets a key (a document removed, a transaction rolled back); forgetting a missing key is not an error. */
  remove(key: string): Promise<void>;
  /** Every key it holds, with when it was written: what the orphan sweep compares with the database. */
  list(): AsyncIterable<StoredBlob>;
}

export interface StoredBlob {
  key: string;
  storedAt: Date;
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`Blob not found: ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

/** `<département uuid>/<32 random hex digits>`: nothing else is ever read, listed or removed. */
export const BLOB_KEY = /^[0-9a-f-]{36}\/[0-9a-f]{32}$/;
const DEPARTMENT_DIR = /^[0-9a-f-]{36}$/;
const BLOB_NAME = /^[0-9a-f]{32}$/;

export function checkBlobKey(key: string): string {
  if (!BLOB_KEY.test(key)) throw new Error('Invalid blob key');
  return key;
}

export const newBlobKey = (departmentId: string): string => checkBlobKey(`${departmentId}/${randomBytes(16).toString('hex')}`);

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function localBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => join(base, checkBlobKey(key));
  const entries = async (dir: string) => {
    try {
      return await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };
  return {
    async put(departmentId, content) {
      const key = newBlobKey(departmentId);
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside then renamed: a reader never sees half a file.
      await writeFile(`${path}.part`, content, { mode: 0o600 });
      await rename(`${path}.part`, path);
      return key;
    },
    async open(key) {
      try {
        return (await openFile(pathOf(key))).createReadStream();
      } catch (error) {
        if (isMissing(error)) throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async *list() {
      for (const dir of await entries(base)) {
        if (!dir.isDirectory() || !DEPARTMENT_DIR.test(dir.name)) continue;
        for (const file of await entries(join(base, dir.name))) {
          if (!file.isFile() || !BLOB_NAME.test(file.name)) continue;
          const key = `${dir.name}/${file.name}`;
          try {
            yield { key, storedAt: (await stat(pathOf(key))).mtime };
          } catch (error) {
            if (!isMissing(error)) throw error; // removed meanwhile
          }
        }
      }
    },
  };
}
