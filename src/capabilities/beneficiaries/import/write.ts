import { and, eq, inArray, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/usecase/runner.js';
import type { AuditEvent } from '../../../platform/audit/writer.js';
import { Profile } from '../../../shared/contracts/beneficiaries.js';
import { readSettings } from '../../organisations/settings-queries.js';
import { departmentCode } from '../../organisations/queries.js';
import { beneficiaries, beneficiaryVersions, pathwayEvents } from '../schema.js';
import { computeAlerts } from '../alerts.js';
import { iscedOfDiploma } from '../isced.js';
import { searchRome } from '../../reference/data.js';

/** The first job title of a ROME code, as the person's target job until the referent refines it. */
const romeLabel = (code: string) => searchRome(code, 1)[0]?.label ?? code;
import type { Candidate, Fate, ImportedFields } from './plan.js';

const BATCH = 500;
const today = () => new Date().toISOString().slice(0, 10);

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

const label = (f: Pick<ImportedFields, 'lastName' | 'firstNames'>) => `${f.lastName.toUpperCase()} ${f.firstNames}`;

/** Writes the planned creations and updates: batched, in the caller's transaction. */
export async function applyFates(ctx: UseCaseContext, fates: Fate[], source: 'import' | 'caf_flux', importId: string): Promise<void> {
  const { tx, actor } = ctx;
  const settings = (await readSettings(tx, actor.departmentId)).values;
  const code = await departmentCode(tx, actor.departmentId);
  const day = today();
  const audit: AuditEvent[] = [];
  const creates = fates.filter((f): f is Extract<Fate, { fate: 'create' }> => f.fate === 'create');
  const updates = fates.filter((f): f is Extract<Fate, { fate: 'update' }> => f.fate === 'update');
  const total = creates.length + updates.length;
  let done = 0;
  for (let i = 0; i < creates.length; i += BATCH) {
    const rows = creates.slice(i, i + BATCH).map(({ fields, record }) => {
      const row = {
        ...fields, noFixedAddress: fields.noFixedAddress ?? false, departmentId: actor.departmentId,
        profile: Profile.parse({ highestDiploma: record.educationLevel, iscedLevel: iscedOfDiploma(record.educationLevel), targetJobs: record.targetRomeCode ? [{ romeCode: record.targetRomeCode, label: romeLabel(record.targetRomeCode) }] : [] }),
      };
      const alerts = computeAlerts({ ...row, ...EMPTY_PATHWAY }, settings, day, code).map((a) => a.kind);
      return { ...row, alerts, alertsComputedOn: day };
    });
    const inserted = await tx.insert(beneficiaries).values(rows).returning({ id: beneficiaries.id });
    await tx.insert(pathwayEvents).values(inserted.map((r) => ({ departmentId: actor.departmentId, beneficiaryId: r.id, kind: 'beneficiary.created', actorUserId: actor.userId, data: { source, importId } })));
    audit.push(...inserted.map((r) => ({ action: 'beneficiary.import_create', entityType: 'beneficiary', entityId: r.id, details: { importId } })));
    ctx.progress((done += rows.length), total);
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
  contractSignedOn: null, contractEndsOn: null, nextObjectiveDueOn: null,
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
