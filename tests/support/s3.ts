import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { s3BlobStore, type S3Settings } from '../../src/platform/files/s3-blobs.js';
import { localBlobStore, type BlobStore } from '../../src/platform/files/blobs.js';

export interface TestS3 {
  settings: S3Settings;
  store: BlobStore;
  /** Where the server keeps its objects, to look at them behind the store's back. */
  directory: string;
  close(): Promise<void>;
}

/** A real S3 server (s3rver) in this process, on an ephemeral port, with one empty bucket. */
export async function startS3(bucket = 'parcours'): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 'parcours-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const settings: S3Settings = {
    bucket, endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  };
  return {
    settings,
    store: s3BlobStore(settings),
    directory,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export interface TestBlobStore {
  store: BlobStore;
  close(): Promise<void>;
}

/** Both adapters of the blob store, each fresh and empty: what the contract and the sweep run on. */
export const BLOB_ADAPTERS: [string, () => Promise<TestBlobStore>][] = [
  ['a local folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parcours-files-'));
    return { store: localBlobStore(dir), close: () => rm(dir, { recursive: true, force: true }) };
  }],
  ['an S3 server', startS3],
];
