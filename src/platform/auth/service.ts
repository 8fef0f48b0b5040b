import { eq, lt, or } from 'drizzle-orm';
import type { Db, Executor } from '../db/engine.js';
import { AppError } from '../http/errors.js';
import { writeAudit } from '../audit/writer.js';
import type { Actor } from '../policy/actor.js';
import type { Role } from '../../shared/roles.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { sessions } from './schema.js';
import { clearFailures, lockedUntil, recordFailure, throttleKeys, type ThrottlePolicy } from './throttle.js';
import { newToken, sha256 } from './tokens.js';

/** What authentication needs to know of an account; the organisations capability provides it. */
export interface Account {
  id: string;
  departmentId: string;
  providerId: string | null;
  role: Role;
  passwordHash: string;
  active: boolean;
}

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

export type SessionRow = typeof sessions.$inferSelect;

export interface AuthPorts {
  findAccountByEmail(tx: Executor, email: string): Promise<Account | null>;
  /** The session of a token hash and its account, in one query: it runs on every request. */
  findSession(tx: Executor, tokenHash: string): Promise<{ session: SessionRow; account: Account | null } | null>;
  sessionLimits(tx: Executor, departmentId: string): Promise<SessionLimits>;
  recordLogin(tx: Executor, accountId: string, at: Date): Promise<void>;
}

export interface OpenedSession {
  token: string;
  csrfToken: string;
  account: Account;
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

// Sliding the idle deadline at most once a minute spares a write on every request.
const TOUCH_INTERVAL_MS = 60_000;

const formatTime = (d: Date) =>
  d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

export function createAuthService(db: Db, ports: AuthPorts, throttle: ThrottlePolicy, now: () => Date = () => new Date()) {
  async function login(email: string, password: string, client: { ip: string | null; userAgent: string | null }): Promise<OpenedSession> {
    const keys = throttleKeys(email, client.ip);
    const locked = await lockedUntil(db, keys, now());
    if (locked) {
      throw new AppError('TOO_MANY_ATTEMPTS', `Trop de tentatives échouées. Réessayez après ${formatTime(locked)}.`);
    }
    const account = await ports.findAccountByEmail(db, email);
    const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    return db.transaction(async (tx) => {
      const at = now();
      if (!account || !valid || !account.active) {
        await recordFailure(tx, keys, throttle, at);
        if (account) {
          await writeAudit(tx, { departmentId: account.departmentId, userId: account.id, role: account.role, ip: client.ip }, {
            action: 'auth.login_failed', entityType: 'user', entityId: account.id,
          });
        }
        return null;
      }
      await clearFailures(tx, `account:${email}`);
      const limits = await ports.sessionLimits(tx, account.departmentId);
      const token = newToken();
      const csrfToken = newToken();
      await tx.insert(sessions).values({
        tokenHash: sha256(token),
        departmentId: account.departmentId,
        userId: account.id,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
        idleExpiresAt: new Date(at.getTime() + limits.idleMinutes * 60_000),
        absoluteExpiresAt: new Date(at.getTime() + limits.absoluteHours * 3_600_000),
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      });
      await ports.recordLogin(tx, account.id, at);
      await writeAudit(tx, { departmentId: account.departmentId, userId: account.id, role: account.role, ip: client.ip }, {
        action: 'auth.login', entityType: 'user', entityId: account.id,
      });
      return { token, csrfToken, account };
    }).then((opened) => {
      // The failure is counted in a committed transaction before we answer.
      if (!opened) throw new AppError('INVALID_CREDENTIALS');
      return opened;
    });
  }

  /** The actor behind a session token, or a typed error when it is unknown or expired. */
  async function resolve(token: string, ip: string | null): Promise<ResolvedSession> {
    const tokenHash = sha256(token);
    const found = await ports.findSession(db, tokenHash);
    if (!found) throw new AppError('UNAUTHENTICATED');
    const { session, account } = found;
    const at = now();
    if (session.idleExpiresAt <= at || session.absoluteExpiresAt <= at) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      throw new AppError('SESSION_EXPIRED');
    }
    if (!account || !account.active) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      throw new AppError('UNAUTHENTICATED');
    }
    if (at.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      const limits = await ports.sessionLimits(db, account.departmentId);
      await db
        .update(sessions)
        .set({ lastSeenAt: at, idleExpiresAt: new Date(at.getTime() + limits.idleMinutes * 60_000) })
        .where(eq(sessions.tokenHash, tokenHash));
    }
    return {
      csrfToken: session.csrfToken,
      actor: { userId: account.id, role: account.role, departmentId: account.departmentId, providerId: account.providerId, ip },
    };
  }

  async function logout(token: string, actor: Actor): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
      await writeAudit(tx, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
    });
  }

  /** Ends every session of a user (deactivation, password change). */
  const endSessionsOf = (tx: Executor, userId: string) => tx.delete(sessions).where(eq(sessions.userId, userId));

  const purgeExpired = (tx: Executor) => {
    const at = now();
    return tx.delete(sessions).where(or(lt(sessions.idleExpiresAt, at), lt(sessions.absoluteExpiresAt, at)));
  };

  return { login, resolve, logout, endSessionsOf, purgeExpired };
}

export type AuthService = ReturnType<typeof createAuthService>;
