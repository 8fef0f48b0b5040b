import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { testEngines } from '../support/engines.js';
import { demoEmail } from '../support/fixtures.js';
import { enqueue } from '../../src/platform/jobs/runner.js';
import { rowsOf } from '../../src/platform/db/engine.js';
import { frenchToday } from '../../src/shared/calendar.js';

describe.each(testEngines())('audit log on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const seal = async () => {
    await enqueue(t.database.db, { kind: 'audit.seal' });
    await t.jobs.runDue();
  };
  const verify = async (session: Awaited<ReturnType<TestApp['login']>>) => (await t.request('GET', '/api/audit/verify', session)).json();

  it('records each change in the same transaction, with who, what and from where', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const created = await t.request('POST', '/api/providers', admin, { name: 'PIP Audit Test', siret: null });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const log = (await t.request('GET', `/api/audit?entityType=provider&entityId=${id}`, admin)).json();
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ action: 'provider.create', entityId: id, ip: '127.0.0.1', actorName: 'Claire Martin' });
  });

  it('writes nothing when the change fails', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    const before = (await t.request('GET', '/api/audit?action=provider.create', admin)).json().total;
    const dup = await t.request('POST', '/api/providers', admin, { name: 'PIP Tremplin Emploi Avignon', siret: null });
    expect(dup.statusCode).toBe(409);
    expect((await t.request('GET', '/api/audit?action=provider.create', admin)).json().total).toBe(before);
  });

  it('records logins and reads of the audit log filters by date', async () => {
    const auditor = await t.login(demoEmail('auditor'));
    const today = frenchToday();
    const res = (await t.request('GET', `/api/audit?action=auth.login&from=${today}&to=${today}`, auditor)).json();
    expect(res.total).toBeGreaterThan(0);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await t.request('GET', `/api/audit?action=auth.login&from=${tomorrow}`, auditor)).json().total).toBe(0);
  });

  it('refuses UPDATE and DELETE on audit rows at the database level', async () => {
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('seals entries into a chain that verifies, and detects an altered or deleted sealed entry', async () => {
    const admin = await t.login(demoEmail('dept_admin'));
    await t.request('POST', '/api/territories', admin, { name: 'Territoire scellé' });
    await seal();
    const ok = await verify(admin);
    expect(ok).toMatchObject({ ok: true, unsealedCount: 0, firstBrokenSeq: null });
    expect(ok.sealedCount).toBeGreaterThan(2);

    // A database administrator bypassing the append-only trigger is still caught by the seals.
    const [victim] = rowsOf<{ seal_seq: string }>(await t.database.db.execute(sql`
      select seal_seq from audit_log where action = 'territory.create' and seal_seq is not null limit 1`));
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.database.db.execute(sql`update audit_log set ip = '10.0.0.1' where seal_seq = ${victim!.seal_seq}::bigint`);
    const altered = await verify(admin);
    expect(altered.ok).toBe(false);
    expect(altered.firstBrokenSeq).toBe(Number(victim!.seal_seq));

    await t.database.db.execute(sql`update audit_log set ip = '127.0.0.1' where seal_seq = ${victim!.seal_seq}::bigint`);
    expect((await verify(admin)).ok).toBe(true);
    await t.database.db.execute(sql`delete from audit_log where seal_seq = ${victim!.seal_seq}::bigint`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    expect((await verify(admin)).firstBrokenSeq).toBe(Number(victim!.seal_seq));
  });

  it('keeps one chain per département: sealing one does not touch the other', async () => {
    const foreign = await t.login('admin@dept26.example');
    await seal();
    expect(await verify(foreign)).toMatchObject({ ok: true });
  });
});
