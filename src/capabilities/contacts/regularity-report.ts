import { and, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { notFound } from '../../platform/http/errors.js';
import { RegularityQuery } from '../../shared/contracts/agenda.js';
import { beneficiaries } from '../beneficiaries/schema.js';
import { today } from '../beneficiaries/store.js';
import { lots, providers, users } from '../organisations/schema.js';
import type { RegularityStatus } from './regularity.js';
import { regularityShares, totalShare, type Share, type StatusCount } from './shares.js';

/**
 * Each person's regularity status, read from the row: computeAlerts (beneficiaries/alerts.ts)
 * stores `no_recent_contact` when the rule of regularity.ts says an active person is late, so the
 * shares need no per-person recomputation — one grouped scan, even at a million people.
 */
const statusSql = sql<RegularityStatus>`case ${beneficiaries.pathwayStatus}
  when 'active' then case when 'no_recent_contact' = any(${beneficiaries.alerts}) then 'late' else 'within' end
  when 'suspended' then 'suspended' else 'not_started' end`;
const FOLLOWED = ['waiting_first_contact', 'active', 'suspended'] as const;
const people = sql<number>`cast(count(*) as int)`;

const named = (shares: Share[], names: Map<string, string>, none: string) =>
  shares
    .map(({ key, ...s }) => ({ id: key, name: key === null ? none : (names.get(key) ?? none), ...s }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));

/**
 * The share of followed people within the tender's contact rule: a PIP sees its referents and
 * its total; the département sees each PIP and each lot, and one PIP's referents on demand.
 */
export const readRegularityShares = defineUseCase({
  name: 'regularity.shares',
  kind: 'query',
  permission: 'regularity:read',
  input: RegularityQuery,
  async run({ tx, actor }, { providerId: chosen }) {
    const { departmentId } = actor;
    const followed = inArray(beneficiaries.pathwayStatus, [...FOLLOWED]);
    const groups = await tx
      .select({ providerId: beneficiaries.providerId, lotId: beneficiaries.lotId, status: statusSql, people, asOf: sql<string | null>`min(${beneficiaries.alertsComputedOn})::text` })
      .from(beneficiaries)
      .where(inScope(actor, beneficiaries, followed))
      .groupBy(beneficiaries.providerId, beneficiaries.lotId, statusSql);
    // A PIP's staff always see their own PIP's referents; the département, those of the PIP it chose.
    const providerId = actor.providerId ?? chosen ?? null;
    if (providerId && !actor.providerId) {
      const [known] = await tx.select({ id: providers.id }).from(providers).where(and(eq(providers.departmentId, departmentId), eq(providers.id, providerId)));
      if (!known) throw notFound('PIP introuvable.');
    }
    const perReferent = providerId === null ? [] : await tx
      .select({ referentId: beneficiaries.referentId, status: statusSql, people })
      .from(beneficiaries)
      .where(inScope(actor, beneficiaries, eq(beneficiaries.providerId, providerId), followed))
      .groupBy(beneficiaries.referentId, statusSql);

    const byProvider: StatusCount[] = groups.map((g) => ({ key: g.providerId, status: g.status, people: g.people }));
    const byLot: StatusCount[] = groups.map((g) => ({ key: g.lotId, status: g.status, people: g.people }));
    const byReferent: StatusCount[] = perReferent.map((g) => ({ key: g.referentId, status: g.status, people: g.people }));
    const ids = (counts: StatusCount[]) => [...new Set(counts.map((c) => c.key).filter((k): k is string => k !== null))];
    const names = async (rows: Promise<{ id: string; name: string }[]>) => new Map((await rows).map((r) => [r.id, r.name]));
    const [providerNames, lotNames, referentNames] = await Promise.all([
      names(tx.select({ id: providers.id, name: providers.name }).from(providers).where(and(eq(providers.departmentId, departmentId), inArray(providers.id, ids(byProvider))))),
      names(tx.select({ id: lots.id, name: sql<string>`'Lot ' || ${lots.number} || ' — ' || ${lots.label}` }).from(lots).where(and(eq(lots.departmentId, departmentId), inArray(lots.id, ids(byLot))))),
      names(tx.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.departmentId, departmentId), inArray(users.id, ids(byReferent))))),
    ]);
    const asOf = groups.map((g) => g.asOf).filter((d): d is string => d !== null).sort()[0] ?? today();
    const total = totalShare(byProvider);
    return {
      asOf,
      total: { ...total, id: null, name: actor.providerId ? (providerNames.get(actor.providerId) ?? '') : 'Département' },
      providers: named(regularityShares(byProvider), providerNames, 'Sans PIP'),
      lots: named(regularityShares(byLot), lotNames, 'Sans lot'),
      referents: named(regularityShares(byReferent), referentNames, 'Sans référent·e'),
    };
  },
});
