import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { bulkInsert, type BulkColumn } from '../../../platform/db/bulk.js';
import type { UseCaseContext } from '../../../platform/usecase/runner.js';
import type { AuditEvent } from '../../../platform/audit/writer.js';
import { Profile } from '../../../shared/contracts/beneficiaries.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { beneficiaries, beneficiaryVersions } from '../schema.js';
import { computeAlerts } from '../alerts.js';
import { today } from '../store.js';
import { iscedOfDiploma } from '../isced.js';
import { romeTitle } from '../../reference/data.js';

/** The first job title of a ROME code, as the person's target job until the referent refines it. */
const romeLabel = (code: string) => romeTitle(code) ?? code;
import { CandidateIndex, normaliseCafNumber, type Candidate, type Fate, type ImportedFields, type MatchKeys } from './plan.js';

const BATCH = 500;
// Small enough for a smooth progress bar; each batch is still one statement per table.
const CREATE_BATCH = 500;

type PersonRow = Record<string, unknown>;
/** Column, SQL type, and the row's key: what an import writes for a new person. */
const PERSON_COLUMNS: [string, BulkColumn['type'], keyof PersonRow][] = [
  ['department_id', 'uuid', 'departmentId'], ['id', 'uuid', 'id'], ['civility', 'text', 'civility'], ['last_name', 'text', 'lastName'],
  ['birth_name', 'text', 'birthName'], ['first_names', 'text', 'firstNames'], ['birth_date', 'date', 'birthDate'], ['gender', 'text', 'gender'],
  ['caf_number', 'text', 'cafNumber'], ['caf_organism', 'text', 'cafOrganism'], ['france_travail_id', 'text', 'franceTravailId'],
  ['phone', 'text', 'phone'], ['email', 'text', 'email'], ['address_line', 'text', 'addressLine'], ['postal_code', 'text', 'postalCode'],
  ['commune_code', 'text', 'communeCode'], ['no_fixed_address', 'boolean', 'noFixedAddress'], ['household_key', 'text', 'householdKey'],
  ['household_role', 'text', 'householdRole'], ['rights_status', 'text', 'rightsStatus'], ['rights_suspension_reason', 'text', 'rightsSuspensionReason'],
  ['rights_closure_reason', 'text', 'rightsClosureReason'], ['rights_closed_on', 'date', 'rightsClosedOn'], ['duties_applicable', 'boolean', 'dutiesApplicable'],
  ['duties_entry_date', 'date', 'dutiesEntryDate'], ['profile', 'jsonb', 'profile'], ['alerts', 'text[]', 'alerts'], ['alerts_computed_on', 'date', 'alertsComputedOn'],
];
const EVENT_COLUMNS: BulkColumn[] = [
  { name: 'department_id', type: 'uuid' }, { name: 'beneficiary_id', type: 'uuid' }, { name: 'kind', type: 'text' },
  { name: 'actor_user_id', type: 'uuid' }, { name: 'data', type: 'jsonb' },
];

/** Existing people who could match the records: one query per key, not one per line. */
export async function loadCandidates(ctx: UseCaseContext, keys: { cafNumbers: string[]; franceTravailIds: string[]; birthDates: string[] }): Promise<Candidate[]> {
  const select = {
    id: beneficiaries.id, civility: beneficiaries.civility, lastName: beneficiaries.lastName, birthName: beneficiaries.birthName,
    firstNames: beneficiaries.firstNames, birthDate: beneficiaries.birthDate, gender: beneficiaries.gender, cafNumber: beneficiaries.cafNumber,
    cafOrganism: beneficiaries.cafOrganism, franceTravailId: beneficiaries.franceTravailId, phone: beneficiaries.phone, email: beneficiaries.email,
    addressLine: beneficiaries.addressLine, postalCode: beneficiaries.postalCode, communeCode: beneficiaries.communeCode,
    noFixedAddress: beneficiaries.noFixedAddress, householdKey: beneficiaries.householdKey, householdRole: beneficiaries.householdRole,
    rightsStatus: beneficiaries.rightsStatus, rightsSuspensionReason: beneficiaries.rightsSuspensionReason,
    rightsClosureReason: beneficiaries.rightsClosureReason, rightsClosedOn: beneficiaries.rightsClosedOn,
    dutiesApplicable: beneficiaries.dutiesApplicable, dutiesEntryDate: beneficiaries.dutiesEntryDate,
  };
  const found = new Map<string, Candidate>();
  const dept = eq(beneficiaries.departmentId, ctx.actor.departmentId);
  const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / 5000) }, (_, i) => items.slice(i * 5000, (i + 1) * 5000));
  for (const [column, values] of [
    [beneficiaries.cafNumber, keys.cafNumbers],
    [beneficiaries.franceTravailId, keys.franceTravailIds],
    [beneficiaries.birthDate, keys.birthDates],
  ] as const) {
    for (const chunk of chunks([...new Set(values)])) {
      for (const row of await ctx.tx.select(select).from(beneficiaries).where(and(dept, inArray(column, chunk)))) found.set(row.id, row as Candidate);
    }
  }
  return [...found.values()];
}

/** The existing person one record would be, by the same rules as an import (manual entry uses it). */
export async function matchExisting(ctx: UseCaseContext, keys: Omit<MatchKeys, 'cafNumber'> & { cafNumber: string | null }) {
  const cafNumber = normaliseCafNumber(keys.cafNumber);
  const candidates = await loadCandidates(ctx, {
    cafNumbers: keys.cafNumber && cafNumber ? [keys.cafNumber, cafNumber] : [],
    franceTravailIds: keys.franceTravailId ? [keys.franceTravailId] : [],
    birthDates: [keys.birthDate],
  });
  return new CandidateIndex(candidates).match({ ...keys, cafNumber });
}

const label = (f: Pick<ImportedFields, 'lastName' | 'firstNames'>) => `${f.lastName.toUpperCase()} ${f.firstNames}`;

/** Writes the planned creations and updates: batched, in the caller's transaction. */
export async function applyFates(ctx: UseCaseContext, fates: Fate[], source: 'import' | 'caf_flux', importId: string): Promise<void> {
  const { tx, actor } = ctx;
  // Foreign-key checks are prepared once per transaction; a generic plan made while the
  // département had few people would scan all of them for every row of a large file.
  await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
  const { values: settings, departmentCode: code } = await readSettings(tx, actor.departmentId);
  const day = today();
  const audit: AuditEvent[] = [];
  const creates = fates.filter((f): f is Extract<Fate, { fate: 'create' }> => f.fate === 'create');
  const updates = fates.filter((f): f is Extract<Fate, { fate: 'update' }> => f.fate === 'update');
  const total = creates.length + updates.length;
  let done = 0;
  for (let i = 0; i < creates.length; i += CREATE_BATCH) {
    const batch = creates.slice(i, i + CREATE_BATCH).map(({ fields, record }) => {
      const row = {
        ...fields, id: randomUUID(), noFixedAddress: fields.noFixedAddress ?? false, departmentId: actor.departmentId,
        profile: Profile.parse({ highestDiploma: record.educationLevel, iscedLevel: iscedOfDiploma(record.educationLevel), targetJobs: record.targetRomeCode ? [{ romeCode: record.targetRomeCode, label: romeLabel(record.targetRomeCode) }] : [] }),
      };
      return { ...row, alerts: computeAlerts({ ...row, ...EMPTY_PATHWAY }, settings, day, code).map((a) => a.kind), alertsComputedOn: day };
    });
    await bulkInsert(tx, 'beneficiaries', PERSON_COLUMNS.map(([name, type]) => ({ name, type })), batch.map((r) => PERSON_COLUMNS.map(([, , key]) => (r as PersonRow)[key])));
    await bulkInsert(tx, 'pathway_events', EVENT_COLUMNS, batch.map((r) => [actor.departmentId, r.id, 'beneficiary.created', actor.userId, { source, importId }]));
    audit.push(...batch.map((r) => ({ action: 'beneficiary.import_create', entityType: 'beneficiary', entityId: r.id, details: { importId } })));
    ctx.progress((done += batch.length), total);
  }
  for (let i = 0; i < updates.length; i += BATCH) {
    const batch = updates.slice(i, i + BATCH);
    const versions: (typeof beneficiaryVersions.$inferInsert)[] = [];
    for (const { id, changes } of batch) {
      // Deadlines may move with the new facts: the alert job recomputes these rows within a minute.
      const [row] = await tx
        .update(beneficiaries)
        .set({ ...(changes as Partial<typeof beneficiaries.$inferInsert>), version: sql`${beneficiaries.version} + 1`, alertsComputedOn: null, updatedAt: new Date() })
        .where(and(eq(beneficiaries.departmentId, actor.departmentId), eq(beneficiaries.id, id)))
        .returning({ version: beneficiaries.version });
      versions.push({
        departmentId: actor.departmentId, beneficiaryId: id, version: row!.version, changedBy: actor.userId, source,
        changes: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { to: v }])),
      });
      audit.push({ action: 'beneficiary.import_update', entityType: 'beneficiary', entityId: id, details: { importId, fields: Object.keys(changes) } });
    }
    await tx.insert(beneficiaryVersions).values(versions);
    ctx.progress((done += batch.length), total);
  }
  await ctx.auditMany(audit);
}

const EMPTY_PATHWAY = {
  pathwayStatus: 'to_orient' as const, orientationKind: null, orientedOn: null, assignedOn: null, firstContactOn: null, lastContactOn: null,
  contractSignedOn: null, contractEndsOn: null, nextObjectiveDueOn: null, currentContractKind: null, contractAwaitingEvaluationSince: null,
  lastContactByModality: {}, suspendedOn: null, resumedOn: null, endedOn: null, exitSituationOn: null,
};

/** The report's line list: who each line is, what happens to it. */
export const reportLines = (fates: Fate[]) =>
  fates.map((f) => ({
    line: f.line,
    fate: f.fate,
    person: f.fate === 'create' ? label(f.fields) : f.fate === 'update' ? label(f.record) : null,
    changedFields: f.fate === 'update' ? Object.keys(f.changes) : [],
    reason: f.fate === 'rejected' ? f.reason : null,
    column: f.fate === 'rejected' ? f.column : null,
  }));
