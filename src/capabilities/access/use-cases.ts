import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { defineUseCase } from '../../platform/usecase/runner.js';
import { LocaleInput } from '../../shared/contracts/auth.js';
import { users } from '../organisations/schema.js';
import { sessionUser } from './session-view.js';

export const currentUser = defineUseCase({
  name: 'access.currentUser',
  kind: 'query',
  permission: 'session:own',
  input: z.object({}),
  run: ({ tx, actor }) => sessionUser(tx, actor.userId),
});

export const changeLocale = defineUseCase({
  name: 'access.changeLocale',
  kind: 'command',
  permission: 'session:own',
  input: LocaleInput,
  async run(ctx, { locale }) {
    await ctx.tx.update(users).set({ locale }).where(eq(users.id, ctx.actor.userId));
    await ctx.audit({ action: 'user.change_locale', entityType: 'user', entityId: ctx.actor.userId });
  },
});
