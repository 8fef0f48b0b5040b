import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.js';
import { openDatabase, rowsOf } from '../platform/db/engine.js';
import { verifyChain } from '../platform/audit/sealing.js';

/**
 * `npm run audit:verify`: recomputes every département's audit chain and exits non-zero if one
 * is broken, so that it can run from cron or a monitoring probe.
 */
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
let broken = 0;
try {
  const departments = rowsOf<{ id: string; code: string | null }>(
    await database.db.execute(sql`
      select h.department_id as id, d.code from (select department_id from audit_chain_heads union select distinct department_id from audit_log) h
      left join departments d on d.id = h.department_id order by d.code`),
  );
  for (const { id, code } of departments) {
    const result = await verifyChain(database.db, id);
    if (!result.ok) broken++;
    console.log(
      `${(code ?? id).padEnd(4)} ${result.ok ? 'intègre ' : 'ROMPUE  '} scellées: ${result.sealedCount}, en attente: ${result.unsealedCount}` +
        (result.ok ? '' : `, première entrée en défaut: n° ${result.firstBrokenSeq}`),
    );
  }
} finally {
  await database.close();
}
process.exit(broken ? 1 : 0);
