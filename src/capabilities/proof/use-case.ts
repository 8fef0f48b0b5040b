import { z } from 'zod';
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, notInArray, sql } from 'drizzle-orm';
import { defineUseCase, type UseCaseContext } from '../../platform/usecase/runner.js';
import { inScope } from '../../platform/policy/scope.js';
import { storedFiles } from '../../platform/files/schema.js';
import { CER_FR } from '../../shared/cer-fr.js';
import { CONTACT_FR } from '../../shared/contacts-fr.js';
import { EXITS_FR } from '../../shared/exits-fr.js';
import { Id } from '../../shared/contracts/common.js';
import { ProofPeriod } from '../../shared/contracts/proof.js';
import { findInScope, type BeneficiaryRow } from '../beneficiaries/store.js';
import { contacts } from '../contacts/schema.js';
import { contracts } from '../contracts/schema.js';
import { exitResults } from '../exits/schema.js';
import { users } from '../organisations/schema.js';
import { printingHeader } from '../organisations/printing.js';
import { workshopRegistrations, workshopSessions } from '../workshops/schema.js';
import { renderProofLog } from './document/proof-pdf.js';
import type { ProofContract, ProofExit, ProofPack, ProofWorkshop, StoredScan } from './model.js';
import { slug, zipPack } from './pack.js';

type Period = z.infer<typeof ProofPeriod>;

/** The day a contact belongs to: when it happened, or the day it was planned for (France's time). */
const contactDay = sql<string>`coalesce(${contacts.happenedOn}, (${contacts.scheduledAt} at time zone 'Europe/Paris')::date)::text`;

async function contactLog(ctx: UseCaseContext, person: BeneficiaryRow, { from, to }: Period) {
  const rows = await ctx.tx
    .select({ on: contactDay, status: contacts.status, modality: contacts.modality, minutes: contacts.durationMinutes, staff: users.displayName })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.staffUserId))
    // An appointment still planned proves nothing yet; a moved one is logged where it went.
    .where(inScope(ctx.actor, contacts, eq(contacts.beneficiaryId, person.id), notInArray(contacts.status, ['planned', 'moved']),
      sql`${contactDay} between ${from} and ${to}`))
    .orderBy(asc(contactDay), asc(contacts.createdAt));
  return rows.map((r) => ({
    on: r.on, status: CONTACT_FR.statuses[r.status], modality: r.modality ? CONTACT_FR.modalities[r.modality] : null,
    durationMinutes: r.status === 'held' ? r.minutes : null, staff: r.staff,
  }));
}

async function workshopsAttended(ctx: UseCaseContext, person: BeneficiaryRow, { from, to }: Period): Promise<(ProofWorkshop & { fileId: string | null })[]> {
  const day = sql<string>`(${workshopSessions.startsAt} at time zone 'Europe/Paris')::date::text`;
  const rows = await ctx.tx
    .select({ on: day, session: workshopSessions, attendance: workshopRegistrations.attendance })
    .from(workshopRegistrations)
    .innerJoin(workshopSessions, and(eq(workshopSessions.departmentId, workshopRegistrations.departmentId), eq(workshopSessions.id, workshopRegistrations.sessionId)))
    .where(inScope(ctx.actor, workshopSessions, eq(workshopRegistrations.beneficiaryId, person.id), eq(workshopRegistrations.status, 'registered'),
      sql`${day} between ${from} and ${to}`))
    .orderBy(asc(workshopSessions.startsAt));
  return rows.map(({ on, session: s, attendance }) => ({
    on, theme: CONTACT_FR.themes[s.theme], title: s.title, facilitator: s.facilitator,
    attendance: attendance ? CONTACT_FR.attendances[attendance] : null, sheet: null, fileId: s.sheetScanFileId,
  }));
}

async function contractsOfPeriod(ctx: UseCaseContext, person: BeneficiaryRow, { from, to }: Period): Promise<(ProofContract & { fileId: string | null })[]> {
  const rows = await ctx.tx
    .select()
    .from(contracts)
    .where(inScope(ctx.actor, contracts, eq(contracts.beneficiaryId, person.id), ne(contracts.status, 'draft'), isNotNull(contracts.personSignedOn),
      lte(contracts.startsOn, to), gte(contracts.endsOn, from)))
    .orderBy(asc(contracts.startsOn), asc(contracts.versionNumber));
  return rows.map((c) => ({
    label: `${c.kind === 'ce' ? CER_FR.kindNames.ce : CER_FR.kinds.cer} n° ${c.versionNumber}`, status: CER_FR.statuses[c.status],
    startsOn: c.startsOn, endsOn: c.endsOn, signedOn: c.personSignedOn, scan: null, fileId: c.scanFileId,
  }));
}

/** The person's exit within the period with its recorded situation (the FSE+ result), the latest if they left twice. */
async function exitOfPeriod(ctx: UseCaseContext, person: BeneficiaryRow, { from, to }: Period): Promise<ProofExit | null> {
  const [row] = await ctx.tx
    .select()
    .from(exitResults)
    .where(inScope(ctx.actor, exitResults, eq(exitResults.beneficiaryId, person.id), gte(exitResults.endedOn, from), lte(exitResults.endedOn, to)))
    .orderBy(desc(exitResults.endedOn))
    .limit(1);
  if (!row) return null;
  const months = row.employmentMonths ? `, ${row.employmentMonths} mois` : '';
  return {
    endedOn: row.endedOn, reason: person.endedOn === row.endedOn ? person.exitReason : null, situation: EXITS_FR.situations[row.situation],
    situationOn: row.situationOn, employment: row.employmentContract ? `${EXITS_FR.contracts[row.employmentContract]}${months}` : null, evaluatedOn: row.evaluatedOn,
  };
}

/** The scans the pack cites, read once: their fingerprints for the log, their bytes for the archive. */
async function readScans(ctx: UseCaseContext, departmentId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, StoredScan & { content: Uint8Array }>();
  const rows = await ctx.tx
    .select({ fileId: storedFiles.id, mediaType: storedFiles.mediaType, sha256: storedFiles.sha256, content: storedFiles.content })
    .from(storedFiles)
    .where(and(eq(storedFiles.departmentId, departmentId), inArray(storedFiles.id, ids)));
  return new Map(rows.map((r) => [r.fileId, r]));
}

/**
 * A person's justification pack for a period (FSE+ audits): a zip holding the contact log as PDF
 * and CSV, and the signed attendance sheets and contracts it cites. Reading it is a read of the
 * person's record, audited with the period and what it holds.
 */
export const exportProof = defineUseCase({
  name: 'proof.export',
  kind: 'query',
  permission: 'proof:read',
  input: z.object({ beneficiaryId: Id, period: ProofPeriod }),
  async run(ctx, { beneficiaryId, period }) {
    const person = await findInScope(ctx, beneficiaryId);
    const contactRows = await contactLog(ctx, person, period);
    const workshopRows = await workshopsAttended(ctx, person, period);
    const contractRows = await contractsOfPeriod(ctx, person, period);
    const fileIds = [...workshopRows, ...contractRows].flatMap((r) => (r.fileId ? [r.fileId] : []));
    const scans = await readScans(ctx, person.departmentId, fileIds);
    const scanOf = (fileId: string | null) => {
      const found = fileId ? scans.get(fileId) : undefined;
      return found ? { fileId: found.fileId, mediaType: found.mediaType, sha256: found.sha256 } : null;
    };
    const header = await printingHeader(ctx.tx, person.departmentId, person.providerId);
    const pack: ProofPack = {
      department: header.department, fundingMention: header.fundingMention, provider: header.provider?.name ?? null,
      person: { lastName: person.lastName, firstNames: person.firstNames, birthDate: person.birthDate, cafNumber: person.cafNumber, franceTravailId: person.franceTravailId },
      period,
      contacts: contactRows,
      workshops: workshopRows.map(({ fileId, ...w }) => ({ ...w, sheet: scanOf(fileId) })),
      contracts: contractRows.map(({ fileId, ...c }) => ({ ...c, scan: scanOf(fileId) })),
      exit: await exitOfPeriod(ctx, person, period),
      generatedAt: new Date().toISOString(),
    };
    const zip = await zipPack(pack, await renderProofLog(pack), new Map([...scans].map(([id, s]) => [id, s.content])));
    await ctx.audit({
      action: 'proof.export', entityType: 'beneficiary', entityId: beneficiaryId,
      details: {
        from: period.from, to: period.to, contacts: pack.contacts.length, workshops: pack.workshops.length, contracts: pack.contracts.length, exit: pack.exit !== null,
        files: scans.size,
      },
    });
    return { zip, fileName: `justificatifs-${slug(`${person.lastName} ${person.firstNames}`)}-${period.from}-${period.to}.zip` };
  },
});
