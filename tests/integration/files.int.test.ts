import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { BLOB_REFERENCES } from '../../src/app.js';
import { rowsOf } from '../../src/platform/db/engine.js';
import { BlobNotFoundError, type BlobStore } from '../../src/platform/files/blobs.js';
import { sweepOrphanBlobs } from '../../src/platform/files/sweep.js';
import { enqueue } from '../../src/platform/jobs/runner.js';
import { startTestApp, type Session, type TestApp } from '../support/app.js';
import { aidPeople, PDF, preparedAid } from '../support/aids.js';
import { testEngines } from '../support/engines.js';
import { demoEmail, OTHER_PIP_MANAGER } from '../support/fixtures.js';
import { BLOB_ADAPTERS, type TestBlobStore } from '../support/s3.js';

const DEPT = '0b6d9c64-7e3c-4a1b-9a57-4b0b6f1b3c2d';
const HOUR = 3600 * 1000;
const keysOf = async (store: BlobStore) => {
  const keys: string[] = [];
  for await (const blob of store.list()) keys.push(blob.key);
  return keys.sort();
};

// One contract, held by every adapter: the application cannot tell them apart.
describe.each(BLOB_ADAPTERS)('the blob store on %s', (_name, start) => {
  let blobs: TestBlobStore;
  let store: BlobStore;
  beforeAll(async () => {
    blobs = await start();
    store = blobs.store;
  });
  afterAll(() => blobs.close());

  it('stores bytes under a random key of the département and reads them back', async () => {
    const key = await store.put(DEPT, Buffer.from('%PDF-1.4 devis'));
    expect(key).toMatch(new RegExp(`^${DEPT}/[0-9a-f]{32}$`));
    expect(await text(await store.open(key))).toBe('%PDF-1.4 devis');
    expect(await store.put(DEPT, Buffer.from('x'))).not.toBe(key);
  });

  it('keeps binary content byte for byte', async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    const chunks: Buffer[] = [];
    for await (const chunk of await store.open(await store.put(DEPT, bytes))) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it('lists its keys with when they were written', async () => {
    const before = Date.now();
    const key = await store.put(DEPT, Buffer.from('liste'));
    const listed: { key: string; storedAt: Date }[] = [];
    for await (const blob of store.list()) listed.push(blob);
    const mine = listed.find((b) => b.key === key);
    // S3 dates objects to the second.
    expect(mine!.storedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(mine!.storedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(listed.every((b) => /^[0-9a-f-]{36}\/[0-9a-f]{32}$/.test(b.key))).toBe(true);
  });

  it('forgets a key, and forgetting it twice is no error', async () => {
    const key = await store.put(DEPT, Buffer.from('a'));
    await store.remove(key);
    await store.remove(key);
    await expect(store.open(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await keysOf(store)).not.toContain(key);
  });

  it('answers a missing key as not found, and never touches what is not one of its keys', async () => {
    await expect(store.open(`${DEPT}/${'0'.repeat(32)}`)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.open('../../etc/passwd')).rejects.toThrow('Invalid blob key');
    await expect(store.open(`${DEPT}/../../secret`)).rejects.toThrow('Invalid blob key');
    await expect(store.remove(`${DEPT}/../x`)).rejects.toThrow('Invalid blob key');
  });
});

const CASES = testEngines().flatMap((engine) => BLOB_ADAPTERS.map(([name, start]) => [engine, name, start] as const));

describe.each(CASES)('aid documents on %s, kept in %s', (engine, _name, start) => {
  let blobs: TestBlobStore;
  let t: TestApp;
  let referent: Session;
  // The app's clock, moved forward by the job test only.
  let clock = new Date();
  const documentOf = async (id: string) => {
    const [row] = rowsOf<{ id: string; department_id: string; storage_key: string }>(
      await t.database.db.execute(sql`select id, department_id, storage_key from aid_documents where request_id = ${id}`));
    return row!;
  };
  const opened = async (id: string) =>
    rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'aid.document.open' and entity_id = ${id}`))[0]!.n;

  beforeAll(async () => {
    blobs = await start();
    t = await startTestApp(engine, { blobs: blobs.store, now: () => clock });
    referent = await t.login(demoEmail('pip_manager'));
  });
  afterAll(async () => {
    await t.close();
    await blobs.close();
  });

  it('stores an uploaded document in the configured store and serves it back after the authorisation check, logged', async () => {
    const [person] = await aidPeople(t.database, { providerName: 'PIP Tremplin Emploi Avignon' }, 1);
    const id = await preparedAid(t, referent, person!);
    const doc = await documentOf(id);
    expect(await text(await blobs.store.open(doc.storage_key))).toBe(PDF.toString());

    const url = `/api/aids/${id}/documents/${doc.id}`;
    expect((await t.request('GET', url, await t.login(OTHER_PIP_MANAGER))).statusCode).toBe(404);
    expect(await opened(id)).toBe(0);
    const res = await t.request('GET', url, referent);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="devis.pdf"/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Buffer.from(res.rawPayload).equals(PDF)).toBe(true);
    expect(await opened(id)).toBe(1);
  });

  it('sweeps the files no row points to once a day old, never a file a row names nor a fresh one', async () => {
    const people = await aidPeople(t.database, { providerName: 'PIP Tremplin Emploi Avignon' }, 2);
    const kept = await documentOf(await preparedAid(t, referent, people[0]!));
    // A row deleted, and an upload whose transaction failed after the file was written.
    const deleted = await documentOf(await preparedAid(t, referent, people[1]!));
    await t.database.db.execute(sql`delete from aid_documents where id = ${deleted.id}`);
    const unsaved = await blobs.store.put(kept.department_id, PDF);
    // A département this database does not know: another installation's file in a shared bucket.
    const notOurs = await blobs.store.put('7d1e0f52-0c7b-4e0a-9d55-000000000000', PDF);
    const orphans = [deleted.storage_key, unsaved].sort();
    const all = await keysOf(blobs.store);
    expect(all).toEqual(expect.arrayContaining([kept.storage_key, notOurs, ...orphans]));

    const sweep = (hoursLater: number, dryRun = false) =>
      sweepOrphanBlobs(t.database.db, blobs.store, BLOB_REFERENCES, { now: new Date(Date.now() + hoursLater * HOUR), dryRun });
    // Fresh: perhaps an upload still in flight.
    expect((await sweep(0)).orphans).toEqual([]);
    expect((await sweep(23)).orphans).toEqual([]);
    const dry = await sweep(25, true);
    expect(dry.orphans.sort()).toEqual(orphans);
    expect(await keysOf(blobs.store)).toEqual(all);

    const swept = await sweep(25);
    expect(swept).toMatchObject({ examined: all.length });
    expect(swept.orphans.sort()).toEqual(orphans);
    expect(await keysOf(blobs.store)).toEqual(all.filter((key) => !orphans.includes(key)));
    expect(await text(await blobs.store.open(kept.storage_key))).toBe(PDF.toString());
    expect(await keysOf(blobs.store)).toContain(notOurs);
    expect((await sweep(25)).orphans).toEqual([]);
  });

  it('runs the sweep as the daily files.sweep job', async () => {
    const [kept] = rowsOf<{ storage_key: string; department_id: string }>(await t.database.db.execute(sql`select storage_key, department_id from aid_documents order by uploaded_at desc limit 1`));
    const orphan = await blobs.store.put(kept!.department_id, PDF);
    const runSweep = async () => {
      await enqueue(t.database.db, { kind: 'files.sweep' });
      await t.jobs.runDue();
    };
    await runSweep();
    expect(await keysOf(blobs.store)).toContain(orphan);
    clock = new Date(Date.now() + 25 * HOUR);
    await runSweep();
    const left = await keysOf(blobs.store);
    expect(left).not.toContain(orphan);
    expect(left).toContain(kept!.storage_key);
  });
});
