import { z } from 'zod';
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { defineUseCase } from '../../../platform/usecase/runner.js';
import { inScope } from '../../../platform/policy/scope.js';
import { Id } from '../../../shared/contracts/common.js';
import { BeneficiaryListQuery, Profile, type BeneficiaryFile, type BeneficiarySummary } from '../../../shared/contracts/beneficiaries.js';
import type { Actor } from '../../../platform/policy/actor.js';
import type { Executor } from '../../../platform/db/engine.js';
import { communes, providers, users } from '../../organisations/schema.js';
import { beneficiaries, pathwayEvents } from '../schema.js';
import { today } from '../store.js';
import { computeAlerts } from '../alerts.js';
import { settingsColumns, settingsOf } from '../../organisations/settings-queries.js';
import { notFound } from '../../../platform/http/errors.js';
import { seesHealth, visibleProfile } from '../visibility.js';
import { exportList } from '../export.js';

const referent = sql<string | null>`(select display_name from users r where r.id = ${beneficiaries.referentId})`;

function listWhere(actor: Actor, q: z.infer<typeof BeneficiaryListQuery>): SQL {
  const search = q.q
    ? or(
        ilike(beneficiaries.lastName, `${q.q.replace(/[%_]/g, '')}%`),
        ilike(beneficiaries.firstNames, `${q.q.replace(/[%_]/g, '')}%`),
        eq(beneficiaries.cafNumber, q.q),
        eq(beneficiaries.franceTravailId, q.q),
      )
    : undefined;
  return inScope(
    actor,
    beneficiaries,
    search,
    q.status ? eq(beneficiaries.pathwayStatus, q.status) : undefined,
    q.alert ? sql`${beneficiaries.alerts} @> array[${q.alert}]::text[]` : undefined,
    q.referentId ? eq(beneficiaries.referentId, q.referentId) : undefined,
    q.providerId ? eq(beneficiaries.providerId, q.providerId) : undefined,
    q.lotId ? eq(beneficiaries.lotId, q.lotId) : undefined,
    q.territoryId
      ? sql`${beneficiaries.communeCode} in (select insee_code from communes c where c.department_id = ${actor.departmentId} and c.territory_id = ${q.territoryId})`
      : undefined,
  );
}

const ORDER = {
  name: [beneficiaries.lastName, beneficiaries.firstNames],
  birthDate: [beneficiaries.birthDate],
  status: [beneficiaries.pathwayStatus, beneficiaries.lastName],
  lastContact: [beneficiaries.lastContactOn, beneficiaries.lastName],
  alerts: [sql`cardinality(${beneficiaries.alerts})`, beneficiaries.lastName],
} as const;

/**
 * One page of the people the actor may see: a referent's "Mon portefeuille", a PIP's, the
 * département's. A caseload (one referent's people) is small by design (target ≈ 60), so its count
 * comes with the page in one statement; a PIP's or the département's list, tens of thousands of
 * rows, is counted apart so that its page still reads only the first rows of an index.
 */
export async function listPage(tx: Executor, actor: Actor, q: z.infer<typeof BeneficiaryListQuery>) {
  const where = listWhere(actor, q);
  const dir = q.direction === 'desc' ? desc : asc;
  const caseload = actor.role === 'referent' || q.referentId !== undefined;
  const rows = await tx
    .select({
      id: beneficiaries.id, lastName: beneficiaries.lastName, firstNames: beneficiaries.firstNames, birthDate: beneficiaries.birthDate,
      cafNumber: beneficiaries.cafNumber, communeName: communes.name, pathwayStatus: beneficiaries.pathwayStatus,
      orientationKind: beneficiaries.orientationKind, providerName: providers.name, referentName: referent,
      lastContactOn: beneficiaries.lastContactOn, alerts: beneficiaries.alerts,
      ...(caseload ? { total: sql<number>`count(*) over ()`.mapWith(Number) } : {}),
    })
    .from(beneficiaries)
    .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
    .leftJoin(providers, and(eq(providers.departmentId, beneficiaries.departmentId), eq(providers.id, beneficiaries.providerId)))
    .where(where)
    .orderBy(...ORDER[q.sort].map((c) => dir(c)), asc(beneficiaries.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  // Past the last page the window has no row to carry the count: count apart then, as for big lists.
  const counted = caseload ? (rows[0] as { total?: number } | undefined)?.total : undefined;
  const total = counted ?? (await countWhere(tx, where));
  const items = rows.map(({ total: _total, ...item }: { total?: number }) => item) as BeneficiarySummary[];
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function countWhere(tx: Executor, where: SQL): Promise<number> {
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(beneficiaries).where(where);
  return total;
}

export const listBeneficiaries = defineUseCase({
  name: 'beneficiaries.list',
  kind: 'query',
  permission: 'beneficiary:read',
  input: BeneficiaryListQuery,
  run: ({ tx, actor }, q) => listPage(tx, actor, q),
});

const EXPORT_LIMIT = 100_000;

/** The same list as a file: every page, up to 100,000 people; the export is audited. */
export const exportBeneficiaries = defineUseCase({
  name: 'beneficiaries.export',
  kind: 'query',
  permission: 'beneficiary:read',
  input: BeneficiaryListQuery.omit({ page: true, pageSize: true }).extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
  async run(ctx, { format, ...filters }) {
    const rows: BeneficiarySummary[] = [];
    for (let page = 1; rows.length < EXPORT_LIMIT; page++) {
      const { items } = await listPage(ctx.tx, ctx.actor, { ...filters, page, pageSize: 1000 });
      rows.push(...items);
      if (items.length < 1000) break;
    }
    await ctx.audit({ action: 'beneficiary.export', entityType: 'beneficiary_list', details: { count: rows.length, format, filters } });
    return { content: await exportList(rows, format), format };
  },
});

/** The person's file: summary, alerts and timeline. Reading it is written to the audit log. */
export const readBeneficiaryFile = defineUseCase({
  name: 'beneficiaries.readFile',
  kind: 'query',
  permission: 'beneficiary:read',
  input: z.object({ id: Id }),
  async run(ctx, { id }): Promise<BeneficiaryFile> {
    // The person, the names and the settings the file shows, in one statement: this page is read all day long.
    const [names] = await ctx.tx
      .select({
        row: beneficiaries, commune: communes.name, provider: providers.name, referent: users.displayName,
        ...settingsColumns(beneficiaries.departmentId, beneficiaries.lotId),
      })
      .from(beneficiaries)
      .leftJoin(communes, and(eq(communes.departmentId, beneficiaries.departmentId), eq(communes.inseeCode, beneficiaries.communeCode)))
      .leftJoin(providers, and(eq(providers.departmentId, beneficiaries.departmentId), eq(providers.id, beneficiaries.providerId)))
      .leftJoin(users, eq(users.id, beneficiaries.referentId))
      .where(inScope(ctx.actor, beneficiaries, eq(beneficiaries.id, id)));
    if (!names) throw notFound('Personne introuvable.');
    const { row } = names;
    const settings = settingsOf(names);
    const timeline = await ctx.tx
      .select({ event: pathwayEvents, actorName: users.displayName })
      .from(pathwayEvents)
      .leftJoin(users, eq(users.id, pathwayEvents.actorUserId))
      .where(and(eq(pathwayEvents.departmentId, row.departmentId), eq(pathwayEvents.beneficiaryId, id)))
      .orderBy(desc(pathwayEvents.occurredAt))
      .limit(500);
    await ctx.audit({ action: 'beneficiary.read', entityType: 'beneficiary', entityId: id });
    const { profile, ...rest } = row;
    return {
      id,
      version: row.version,
      identity: {
        civility: rest.civility, lastName: rest.lastName, birthName: rest.birthName, firstNames: rest.firstNames, birthDate: rest.birthDate,
        gender: rest.gender, cafNumber: rest.cafNumber, cafOrganism: rest.cafOrganism, franceTravailId: rest.franceTravailId,
        phone: rest.phone, email: rest.email, addressLine: rest.addressLine, postalCode: rest.postalCode, communeCode: rest.communeCode,
        noFixedAddress: rest.noFixedAddress, householdRole: rest.householdRole, rightsStatus: rest.rightsStatus,
        dutiesApplicable: rest.dutiesApplicable, dutiesEntryDate: rest.dutiesEntryDate,
      },
      profile: visibleProfile(Profile.parse(profile), ctx.actor.role),
      healthVisible: seesHealth(ctx.actor.role),
      communeName: names.commune,
      pathway: {
        status: row.pathwayStatus, orientationKind: row.orientationKind, orientedOn: row.orientedOn, lotId: row.lotId,
        providerId: row.providerId, providerName: names.provider, referentId: row.referentId, referentName: names.referent,
        assignedOn: row.assignedOn, firstContactOn: row.firstContactOn, lastContactOn: row.lastContactOn,
        exitReason: row.exitReason, exitCategory: row.exitCategory, exitPositive: row.exitPositive, endedOn: row.endedOn,
      },
      alerts: computeAlerts(row, settings.values, today(), settings.departmentCode),
      timeline: timeline.map(({ event, actorName }) => ({
        id: event.id, occurredAt: event.occurredAt.toISOString(), kind: event.kind, actorName, data: event.data as Record<string, unknown>,
      })),
    };
  },
});
