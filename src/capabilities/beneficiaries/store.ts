import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/engine.js';
import type { UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { PEOPLE_FR } from '../../shared/beneficiaries-fr.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { readSettings } from '../organisations/settings-queries.js';
import type { PathwayStatus } from '../../shared/beneficiaries.js';
import { frenchToday } from '../../shared/calendar.js';
import { beneficiaries, beneficiaryVersions, pathwayEvents } from './schema.js';
import { computeAlerts } from './alerts.js';
import { nextStatus, type PathwayEvent } from './pathway.js';

export type BeneficiaryRow = typeof beneficiaries.$inferSelect;

/** The person as lists name them, « DURAND Élodie », for selects joined to beneficiaries. */
export const personNameSql = sql<string>`upper(${beneficiaries.lastName}) || ' ' || ${beneficiaries.firstNames}`;
type Writable = Partial<Omit<BeneficiaryRow, 'departmentId' | 'id' | 'version' | 'createdAt' | 'updatedAt' | 'alerts' | 'alertsComputedOn'>>;

export const today = (): string => frenchToday();

/** A recorded fact (a meeting, a signature, an exit) cannot be dated after today in France. */
export const futureDateIssues = (path: string, on: string) => (on > today() ? [{ path, message: 'La date ne peut pas être dans le futur.' }] : []);

export function assertNotInFuture(on: string, path = 'on'): void {
  const issues = futureDateIssues(path, on);
  if (issues.length) throw new AppError('VALIDATION_FAILED', undefined, issues);
}

/** The person if the actor may see them, locked for update when the caller will change them. */
export async function findInScope(ctx: UseCaseContext, id: string, forUpdate = false): Promise<BeneficiaryRow> {
  const query = ctx.tx.select().from(beneficiaries).where(inScope(ctx.actor, beneficiaries, eq(beneficiaries.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Personne introuvable.');
  return row;
}

/** The alerts of a row as it will be after the change, from its lot's (or département's) settings. */
export async function alertsFor(tx: Executor, row: BeneficiaryRow, on = today()) {
  const { values, departmentCode } = await readSettings(tx, row.departmentId, row.lotId ?? undefined);
  return computeAlerts(row, values, on, departmentCode);
}

/** Field-by-field differences, for the version history. */
function diff(before: BeneficiaryRow, patch: Writable): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = before[key as keyof BeneficiaryRow];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

export interface Change {
  patch: Writable;
  source?: 'manual' | 'import' | 'caf_flux';
  /** The version the editor loaded: a different current version means someone saved in between. */
  expectedVersion?: number;
  event?: { kind: string; data?: Record<string, unknown> };
}

/**
 * The one way a person's row changes: version check, field history, recomputed alerts, timeline
 * event. The caller audits.
 */
export async function changeBeneficiary(ctx: UseCaseContext, before: BeneficiaryRow, change: Change): Promise<BeneficiaryRow> {
  if (change.expectedVersion !== undefined && change.expectedVersion !== before.version) {
    throw new AppError('CONFLICT', 'Ce dossier a été modifié par quelqu’un d’autre entre-temps. Rechargez-le : vos saisies sont conservées dans le formulaire.');
  }
  const changes = diff(before, change.patch);
  if (Object.keys(changes).length === 0 && !change.event) return before;
  const next = { ...before, ...change.patch };
  const alerts = (await alertsFor(ctx.tx, next)).map((a) => a.kind);
  const [row] = await ctx.tx
    .update(beneficiaries)
    .set({ ...change.patch, alerts, alertsComputedOn: today(), version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(beneficiaries.departmentId, before.departmentId), eq(beneficiaries.id, before.id)))
    .returning();
  if (Object.keys(changes).length) {
    await ctx.tx.insert(beneficiaryVersions).values({
      departmentId: before.departmentId, beneficiaryId: before.id, version: before.version + 1, changedBy: ctx.actor.userId,
      source: change.source ?? 'manual', changes,
    });
  }
  if (change.event) await recordEvent(ctx, before.id, change.event.kind, change.event.data);
  return row!;
}

export async function recordEvent(ctx: UseCaseContext, beneficiaryId: string, kind: string, data: Record<string, unknown> = {}): Promise<void> {
  await ctx.tx.insert(pathwayEvents).values({ departmentId: ctx.actor.departmentId, beneficiaryId, kind, actorUserId: ctx.actor.userId, data });
}

/** The status a pathway event leads to, or a French refusal naming the current status. */
export function transition(row: BeneficiaryRow, event: PathwayEvent): PathwayStatus {
  const next = nextStatus(row.pathwayStatus, event);
  if (!next) {
    const status = PEOPLE_FR.statuses[row.pathwayStatus];
    throw new AppError('CONFLICT', `Action impossible dans la situation actuelle du parcours (${status.charAt(0).toLocaleLowerCase('fr-FR')}${status.slice(1)}).`);
  }
  return next;
}

