import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { localBlobStore } from './blobs.js';

const DEPT = '0b6d9c64-7e3c-4a1b-9a57-4b0b6f1b3c2d';

describe('the local blob store', async () => {
  const root = await mkdtemp(join(tmpdir(), 'parcours-blobs-'));
  const store = localBlobStore(root);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('stores bytes under a random key in the département’s folder and reads them back', async () => {
    const key = await store.put(DEPT, Buffer.from('%PDF-1.4 devis'));
    expect(key).toMatch(new RegExp(`^${DEPT}/[0-9a-f]{32}$`));
    expect(await readFile(join(root, key), 'utf8')).toBe('%PDF-1.4 devis');
    expect(await text(store.open(key))).toBe('%PDF-1.4 devis');
    expect(await store.put(DEPT, Buffer.from('x'))).not.toBe(key);
  });

  it('never reads a path that is not one of its keys', () => {
    expect(() => store.open('../../etc/passwd')).toThrow('Invalid blob key');
    expect(() => store.open(`${DEPT}/../../secret`)).toThrow('Invalid blob key');
  });

  it('forgets a key', async () => {
    const key = await store.put(DEPT, Buffer.from('a'));
    await store.remove(key);
    await expect(readFile(join(root, key))).rejects.toThrow();
  });
});
