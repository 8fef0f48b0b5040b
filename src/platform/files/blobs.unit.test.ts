import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localBlobStore } from './blobs.js';

const DEPT = '0b6d9c64-7e3c-4a1b-9a57-4b0b6f1b3c2d';

// What both adapters promise is checked by tests/integration/files.int.test.ts; here, the folder's own layout.
describe('the local blob store', async () => {
  const root = await mkdtemp(join(tmpdir(), 'parcours-blobs-'));
  const store = localBlobStore(root);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('keeps a file per key in the département’s folder, readable by the server only', async () => {
    const key = await store.put(DEPT, Buffer.from('%PDF-1.4 devis'));
    expect(await readFile(join(root, key), 'utf8')).toBe('%PDF-1.4 devis');
    expect((await stat(join(root, key))).mode & 0o777).toBe(0o600);
  });

  it('lists only files of its own shape: not a half-written one, nor anything else in the folder', async () => {
    const key = await store.put(DEPT, Buffer.from('a'));
    await writeFile(join(root, DEPT, `${'b'.repeat(32)}.part`), 'half');
    await writeFile(join(root, 'README'), 'not a blob');
    await mkdir(join(root, 'other'), { recursive: true });
    await writeFile(join(root, 'other', 'c'.repeat(32)), 'not ours');
    const keys: string[] = [];
    for await (const blob of store.list()) keys.push(blob.key);
    expect(keys).toContain(key);
    expect(keys.every((k) => k.startsWith(`${DEPT}/`) && !k.endsWith('.part'))).toBe(true);
  });

  it('lists nothing before its folder exists', async () => {
    const keys: string[] = [];
    for await (const blob of localBlobStore(join(root, 'not-yet')).list()) keys.push(blob.key);
    expect(keys).toEqual([]);
  });
});
