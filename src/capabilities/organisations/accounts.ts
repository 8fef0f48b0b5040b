import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { AuthPorts } from '../../platform/auth/service.js';
import { sessions } from '../../platform/auth/schema.js';
import { users } from './schema.js';
import { readSettings } from './settings-queries.js';

const accountColumns = {
  id: users.id,
  departmentId: users.departmentId,
  providerId: users.providerId,
  role: users.role,
  passwordHash: users.passwordHash,
  active: users.active,
};

/**
 * Every authenticated request looks its session up: a named prepared statement, built once per
 * database handle, spares drizzle rebuilding the SQL and PostgreSQL re-planning it each time.
 */
const sessionLookups = new WeakMap<Executor, ReturnType<typeof prepareSessionLookup>>();
const prepareSessionLookup = (db: Executor) =>
  db
    .select({ session: sessions, account: accountColumns })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('find_session');

/** How authentication finds accounts and session limits: the users of this capability. */
export const accountPorts: AuthPorts = {
  async findAccountByEmail(tx, email) {
    const [row] = await tx.select(accountColumns).from(users).where(eq(users.email, email));
    return row ?? null;
  },
  async findSession(tx, tokenHash) {
    let lookup = sessionLookups.get(tx);
    if (!lookup) sessionLookups.set(tx, (lookup = prepareSessionLookup(tx)));
    const [row] = await lookup.execute({ tokenHash });
    if (!row) return null;
    return { session: row.session, account: row.account?.id ? row.account : null };
  },
  async sessionLimits(tx, departmentId) {
    const { values } = await readSettings(tx, departmentId);
    return { idleMinutes: values.sessionIdleMinutes, absoluteHours: values.sessionAbsoluteHours };
  },
  async recordLogin(tx, accountId, at) {
    await tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, accountId));
  },
};
