import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../src/platform/db/engine.js';
import { bulkInsert } from '../../src/platform/db/bulk.js';
import { createTestDatabase } from '../support/database.js';
import { testEngines } from '../support/engines.js';

describe.each(testEngines())('bulk inserts on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await database.db.execute(sql`create table bulk_probe (id uuid, label text, data jsonb, tags text[], on_day date, flag boolean, n integer)`);
  });
  afterAll(() => database.close());

  it('carries every awkward value through unchanged, nulls included', async () => {
    const awkward = ['simple', 'guillemets " et \\ barre', 'NULL', '{accolades,virgule}', "apostrophe l'été", '', 'ligne\nnouvelle'];
    const rows: unknown[][] = awkward.map((label, i) => [randomUUID(), label, { label, i }, [label, 'b,c'], '2026-11-27', i % 2 === 0, i]);
    rows.push([randomUUID(), null, null, null, null, null, null]);
    await bulkInsert(database.db, 'bulk_probe', [
      { name: 'id', type: 'uuid' }, { name: 'label', type: 'text' }, { name: 'data', type: 'jsonb' }, { name: 'tags', type: 'text[]' },
      { name: 'on_day', type: 'date' }, { name: 'flag', type: 'boolean' }, { name: 'n', type: 'integer' },
    ], rows);
    const back = rowsOf<{ label: string | null; data: unknown; tags: string[] | null; n: number | null }>(
      await database.db.execute(sql`select label, data, tags, n from bulk_probe order by n nulls last`),
    );
    expect(back.slice(0, awkward.length).map((r) => r.label)).toEqual(awkward);
    expect(back[1]!.data).toEqual({ label: awkward[1], i: 1 });
    expect(back[3]!.tags).toEqual(['{accolades,virgule}', 'b,c']);
    expect(back.at(-1)).toEqual({ label: null, data: null, tags: null, n: null });
  });
});
