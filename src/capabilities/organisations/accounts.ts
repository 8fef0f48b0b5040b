import { eq } from 'drizzle-orm';
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

/** How authentication finds accounts and session limits: the users of this capability. */
export const accountPorts: AuthPorts = {
  async findAccountByEmail(tx, email) {
    const [row] = await tx.select(accountColumns).from(users).where(eq(users.email, email));
    return row ?? null;
  },
  async findSession(tx, tokenHash) {
    const [row] = await tx
      .select({ session: sessions, account: accountColumns })
      .from(sessions)
      .leftJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
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
