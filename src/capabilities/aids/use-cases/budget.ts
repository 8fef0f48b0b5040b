import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { defineUseCase, type UseCaseContext } from '../../../platform/usecase/runner.js';
import { exportSheet, frenchDate, type SheetColumn } from '../../../platform/export/sheet.js';
import { formatEuros } from '../../../shared/aids.js';
import { ExportQuery, YearQuery } from '../../../shared/contracts/aids.js';
import { providers, territories } from '../../organisations/schema.js';
import { SCOPE_LABELS, STATUS_LABELS } from '../labels.js';
import { aidRequests } from '../schema.js';
import { currentYear, listEnvelopes } from './catalogue.js';
import { queueWhere, summaries } from './read.js';

type Line = { key: string; label: string; requests: number; grantedCents: number; paidCents: number };

/** Granted, paid or justified in the budget year: what the envelopes hold for. */
const CONSUMING = ['granted', 'paid', 'justified'] as const;

/** Grants of a budget year grouped by one column (aid type, territory, PIP). */
async function consumption(ctx: UseCaseContext, year: number, key: PgColumn, label: SQL<string> | PgColumn, join?: (q: ReturnType<typeof base>) => ReturnType<typeof base>) {
  function base() {
    return ctx.tx
      .select({
        key: sql<string | null>`${key}`, label: sql<string | null>`${label}`, requests: sql<number>`count(*)::int`,
        grantedCents: sql<string>`coalesce(sum(${aidRequests.grantedCents}), 0)`, paidCents: sql<string>`coalesce(sum(${aidRequests.paidCents}), 0)`,
      })
      .from(aidRequests)
      .$dynamic();
  }
  const query = join ? join(base()) : base();
  const rows = await query
    .where(and(eq(aidRequests.departmentId, ctx.actor.departmentId), eq(aidRequests.budgetYear, year), inArray(aidRequests.status, CONSUMING)))
    .groupBy(key, label)
    .orderBy(asc(label));
  // Sums of bigint come back as text from PostgreSQL: exact, turned into numbers here.
  return rows.map((r): Line => ({ key: r.key ?? 'none', label: r.label ?? 'Non renseigné', requests: r.requests, grantedCents: Number(r.grantedCents), paidCents: Number(r.paidCents) }));
}

/** The year's envelopes and what grants took from them, by aid type, territory and PIP. */
export const budgetView = defineUseCase({
  name: 'aid.budget',
  kind: 'query',
  permission: 'aid:budget',
  input: YearQuery,
  async run(ctx, { year: asked }) {
    const year = asked ?? currentYear();
    const envelopes = await listEnvelopes.run(ctx, { year });
    const byType = (await consumption(ctx, year, aidRequests.aidType, aidRequests.aidType))
      .map((l) => ({ ...l, label: SCOPE_LABELS[l.key as keyof typeof SCOPE_LABELS] ?? l.label }));
    const byTerritory = await consumption(ctx, year, aidRequests.territoryId, territories.name, (q) =>
      q.leftJoin(territories, and(eq(territories.departmentId, aidRequests.departmentId), eq(territories.id, aidRequests.territoryId))));
    const byProvider = await consumption(ctx, year, aidRequests.providerId, providers.name, (q) =>
      q.innerJoin(providers, and(eq(providers.departmentId, aidRequests.departmentId), eq(providers.id, aidRequests.providerId))));
    return { year, envelopes, byType, byTerritory, byProvider };
  },
});

type Row = Awaited<ReturnType<typeof summaries>>[number];
const euros = (cents: number | null) => (cents === null ? '' : formatEuros(cents));
const COLUMNS: SheetColumn<Row>[] = [
  { header: 'Personne', width: 28, value: (r) => r.personName },
  { header: 'PIP', width: 28, value: (r) => r.providerName },
  { header: 'Aide', width: 28, value: (r) => SCOPE_LABELS[r.aidType] },
  { header: 'Année', width: 8, value: (r) => String(r.year) },
  { header: 'Statut', width: 16, value: (r) => STATUS_LABELS[r.status] },
  { header: 'Demandé', width: 14, value: (r) => euros(r.requestedCents) },
  { header: 'Accordé', width: 14, value: (r) => euros(r.grantedCents) },
  { header: 'Payé', width: 14, value: (r) => euros(r.paidCents) },
  { header: 'Déposée le', width: 12, value: (r) => frenchDate(r.submittedAt) },
];

/** The filtered requests as a spreadsheet or CSV; the export is audited. */
export const exportAids = defineUseCase({
  name: 'aid.export',
  kind: 'query',
  permission: 'aid:read',
  input: ExportQuery,
  async run(ctx, { format, ...query }) {
    const rows = await summaries(ctx, queueWhere(query), 100_000);
    await ctx.audit({ action: 'aid.export', entityType: 'aid_request', details: { ...query, format, count: rows.length } });
    return { content: await exportSheet('Aides', COLUMNS, rows, format), format };
  },
});

