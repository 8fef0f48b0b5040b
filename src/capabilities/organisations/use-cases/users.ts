import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { hashPassword, passwordWeakness } from '../../../platform/auth/passwords.js';
import { sessions } from '../../../platform/auth/schema.js';
import { Id } from '../../../shared/contracts/common.js';
import { UserInput, UserUpdate, type User } from '../../../shared/contracts/organisations.js';
import { providers, users } from '../schema.js';
import { roleProviderMismatch } from '../rules.js';

const userView = (u: typeof users.$inferSelect): User => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  providerId: u.providerId,
  active: u.active,
  locale: u.locale,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
});

async function checkPassword(password: string, context: string[]): Promise<string> {
  const weakness = passwordWeakness(password, context);
  if (weakness) throw new AppError('WEAK_PASSWORD', weakness, [{ path: 'password', message: weakness }]);
  return hashPassword(password);
}

async function checkRoleAndProvider(ctx: UseCaseContext, role: User['role'], providerId: string | null): Promise<void> {
  const mismatch = roleProviderMismatch(role, providerId);
  if (mismatch) throw new AppError('VALIDATION_FAILED', mismatch, [{ path: 'providerId', message: mismatch }]);
  if (providerId) {
    const [p] = await ctx.tx.select({ id: providers.id }).from(providers).where(inScope(ctx.actor, providers, eq(providers.id, providerId)));
    if (!p) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'providerId', message: 'Structure PIP inconnue.' }]);
  }
}

export const listUsers = defineUseCase({
  name: 'organisations.listUsers',
  kind: 'query',
  permission: 'user:read',
  input: z.object({}),
  async run({ tx, actor }) {
    const rows = await tx.select().from(users).where(inScope(actor, users)).orderBy(asc(users.displayName));
    return rows.map(userView);
  },
});

export const createUser = defineUseCase({
  name: 'organisations.createUser',
  kind: 'command',
  permission: 'user:manage',
  input: UserInput,
  async run(ctx, input) {
    await checkRoleAndProvider(ctx, input.role, input.providerId);
    const passwordHash = await checkPassword(input.password, [input.email, input.displayName]);
    const [row] = await ctx.tx
      .insert(users)
      .values({ departmentId: ctx.actor.departmentId, email: input.email, displayName: input.displayName, role: input.role, providerId: input.providerId, passwordHash })
      .returning();
    await ctx.audit({ action: 'user.create', entityType: 'user', entityId: row!.id, details: { role: input.role } });
    return userView(row!);
  },
});

export const updateUser = defineUseCase({
  name: 'organisations.updateUser',
  kind: 'command',
  permission: 'user:manage',
  input: z.object({ id: Id, data: UserUpdate }),
  async run(ctx, { id, data }) {
    const [current] = await ctx.tx.select().from(users).where(inScope(ctx.actor, users, eq(users.id, id)));
    if (!current) throw notFound();
    const role = data.role ?? current.role;
    const providerId = data.providerId !== undefined ? data.providerId : current.providerId;
    await checkRoleAndProvider(ctx, role, providerId);
    if (id === ctx.actor.userId && (data.active === false || (data.role && data.role !== current.role))) {
      throw new AppError('VALIDATION_FAILED', 'Vous ne pouvez pas désactiver votre propre compte ni changer votre propre rôle.');
    }
    const passwordHash = data.password ? await checkPassword(data.password, [current.email, current.displayName]) : undefined;
    const [row] = await ctx.tx
      .update(users)
      .set({
        displayName: data.displayName ?? current.displayName,
        role,
        providerId,
        active: data.active ?? current.active,
        ...(passwordHash ? { passwordHash } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(users.departmentId, ctx.actor.departmentId), eq(users.id, id)))
      .returning();
    // A deactivated account, a new role or a new password must not ride on old sessions.
    if (data.active === false || role !== current.role || providerId !== current.providerId || passwordHash) {
      await ctx.tx.delete(sessions).where(eq(sessions.userId, id));
    }
    const changed = Object.keys(data).filter((k) => k !== 'password');
    await ctx.audit({ action: 'user.update', entityType: 'user', entityId: id, details: { changed, passwordChanged: Boolean(passwordHash) } });
    return userView(row!);
  },
});
