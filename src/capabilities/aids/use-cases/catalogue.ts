import { and, asc, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { AppError } from '../../../platform/http/errors.js';
import { formatEuros } from '../../../shared/aids.js';
import { frenchToday } from '../../../shared/calendar.js';
import { CatalogueEntryInput, EnvelopeInput, YearQuery } from '../../../shared/contracts/aids.js';
import { aidCatalogue, aidEnvelopes } from '../schema.js';
import { catalogueOf, catalogueView } from '../store.js';

/** The calendar year in France today: catalogues, ceilings and envelopes are yearly. */
export const currentYear = (): number => Number(frenchToday().slice(0, 4));

/** The aid types the département offers in a year (the request form reads it too). */
export const listCatalogue = defineUseCase({
  name: 'aid.catalogue.list',
  kind: 'query',
  permission: 'aid:read',
  input: YearQuery,
  async run(ctx, { year }) {
    return (await catalogueOf(ctx.tx, ctx.actor.departmentId, year ?? currentYear())).map(catalogueView);
  },
});

/** Creates or replaces the entry of one aid type for a year. */
export const saveCatalogueEntry = defineUseCase({
  name: 'aid.catalogue.save',
  kind: 'command',
  permission: 'aid:catalogue',
  input: CatalogueEntryInput,
  async run(ctx, data) {
    const values = { ...data, requiredDocuments: [...new Set(data.requiredDocuments)] };
    const [row] = await ctx.tx
      .insert(aidCatalogue)
      .values({ ...values, departmentId: ctx.actor.departmentId })
      .onConflictDoUpdate({ target: [aidCatalogue.departmentId, aidCatalogue.year, aidCatalogue.aidType], set: { ...values, updatedAt: sql`now()` } })
      .returning();
    await ctx.audit({ action: 'aid.catalogue.save', entityType: 'aid_catalogue', entityId: row!.id, details: { ...values } });
    return catalogueView(row!);
  },
});

const envelopeView = (e: typeof aidEnvelopes.$inferSelect) => ({
  id: e.id, year: e.year, scope: e.scope, amountCents: e.amountCents, consumedCents: e.consumedCents, paidCents: e.paidCents,
});

export const listEnvelopes = defineUseCase({
  name: 'aid.envelope.list',
  kind: 'query',
  permission: 'aid:budget',
  input: YearQuery,
  async run(ctx, { year }) {
    const rows = await ctx.tx
      .select()
      .from(aidEnvelopes)
      .where(and(eq(aidEnvelopes.departmentId, ctx.actor.departmentId), eq(aidEnvelopes.year, year ?? currentYear())))
      .orderBy(asc(aidEnvelopes.scope));
    return rows.map(envelopeView);
  },
});

/**
 * Opens or changes a yearly envelope. It cannot go below what grants already took: the row is
 * locked, so a grant deciding at the same moment is counted.
 */
export const saveEnvelope = defineUseCase({
  name: 'aid.envelope.save',
  kind: 'command',
  permission: 'aid:catalogue',
  input: EnvelopeInput,
  async run(ctx, data) {
    const where = and(eq(aidEnvelopes.departmentId, ctx.actor.departmentId), eq(aidEnvelopes.year, data.year), eq(aidEnvelopes.scope, data.scope));
    const [existing] = await ctx.tx.select().from(aidEnvelopes).where(where).for('update');
    if (existing && data.amountCents < existing.consumedCents) {
      throw new AppError('CONFLICT', `L’enveloppe ne peut pas descendre sous ce qui est déjà accordé (${formatEuros(existing.consumedCents)}).`);
    }
    const [row] = existing
      ? await ctx.tx.update(aidEnvelopes).set({ amountCents: data.amountCents, updatedAt: sql`now()` }).where(where).returning()
      : await ctx.tx.insert(aidEnvelopes).values({ ...data, departmentId: ctx.actor.departmentId }).returning();
    await ctx.audit({ action: 'aid.envelope.save', entityType: 'aid_envelope', entityId: row!.id, details: { ...data, before: existing?.amountCents ?? null } });
    return envelopeView(row!);
  },
});
