import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/engine.js';
import type { BlobStore } from '../platform/files/blobs.js';
import { checkDocument } from '../platform/files/store.js';
import type { AidDocumentKind, AidPayee, AidStatus, AidType } from '../shared/aids.js';
import type { IsoDate } from '../shared/calendar.js';
import { beneficiaries } from '../capabilities/beneficiaries/schema.js';
import { contractObjectives, contracts } from '../capabilities/contracts/schema.js';
import { lots, users } from '../capabilities/organisations/schema.js';
import { aidCatalogue, aidDocuments, aidEnvelopes, aidRequestEvents, aidRequests } from '../capabilities/aids/schema.js';
import { committedCents } from '../capabilities/aids/rules.js';
import { demoFileName, demoPaperPdf, type DemoPaper } from './aid-documents.js';

const EUR = 100;
const YEARLY = 2_000 * EUR;

/** Orders of magnitude from DOMAIN.md (Ille-et-Vilaine's barème): per request, documents, payee. */
const CATALOGUE: [AidType, number, number | null, AidDocumentKind[], AidPayee][] = [
  ['driving_licence', 1_200 * EUR, 1_800 * EUR, ['estimate'], 'supplier'],
  ['vehicle', 1_200 * EUR, null, ['estimate'], 'supplier'],
  ['vehicle_rental', 180 * EUR, null, ['estimate'], 'supplier'],
  ['transport', 200 * EUR, null, [], 'person'],
  ['training_fees', 1_500 * EUR, null, ['training_registration', 'estimate'], 'supplier'],
  ['childcare', 500 * EUR, null, ['estimate'], 'person'],
  ['work_equipment', 300 * EUR, null, ['job_offer'], 'person'],
  ['other', 500 * EUR, null, ['estimate'], 'person'],
];
const ENVELOPES: [AidType | 'total', number][] = [
  ['driving_licence', 30_000 * EUR], ['vehicle', 20_000 * EUR], ['vehicle_rental', 5_000 * EUR], ['transport', 8_000 * EUR],
  ['training_fees', 15_000 * EUR], ['childcare', 6_000 * EUR], ['work_equipment', 4_000 * EUR], ['other', 3_000 * EUR], ['total', 80_000 * EUR],
];

/** Requests at each step, for people with a contract in force; the demo referent's first person gets two. */
const REQUESTS: { type: AidType; requested: number; status: AidStatus; granted?: number; paid?: number; purpose: string; supplier?: string; issuer: string }[] = [
  { type: 'transport', requested: 120 * EUR, status: 'paid', granted: 120 * EUR, paid: 120 * EUR, purpose: 'Abonnement de bus pour rejoindre le chantier d’insertion', issuer: 'Orizo — réseau de transport du Grand Avignon' },
  { type: 'childcare', requested: 400 * EUR, status: 'submitted', purpose: 'Garde de l’enfant pendant la formation d’agent de propreté', issuer: 'Micro-crèche Les Lavandes' },
  { type: 'driving_licence', requested: 1_200 * EUR, status: 'under_review', purpose: 'Leçons de conduite pour un poste d’aide à domicile', supplier: 'Auto-école Mistral', issuer: 'Auto-école Mistral' },
  { type: 'vehicle', requested: 650 * EUR, status: 'granted', granted: 500 * EUR, purpose: 'Réparation du véhicule pour un emploi en horaires décalés', supplier: 'Garage du Rhône', issuer: 'Garage du Rhône' },
  { type: 'work_equipment', requested: 150 * EUR, status: 'refused', purpose: 'Chaussures de sécurité', issuer: 'Entreprise Ventoux Nettoyage' },
];

/** The papers a request carries in the demo: what its catalogue entry asks for (an estimate when nothing is), and the invoice once paid. */
function papersOf(r: (typeof REQUESTS)[number]): AidDocumentKind[] {
  const required = CATALOGUE.find(([type]) => type === r.type)?.[3] ?? [];
  return [...(required.length ? required : ['estimate' as const]), ...(r.paid ? ['invoice' as const] : [])];
}

/** The current year's aid catalogue and envelopes in the demo département, and a few requests at various steps with their documents. */
export async function seedDemoAids(db: Db, blobs: BlobStore, departmentId: string, today: IsoDate): Promise<void> {
  const year = Number(today.slice(0, 4));
  await db.transaction(async (tx) => {
    await tx.insert(aidCatalogue).values(CATALOGUE.map(([aidType, perRequestCents, lifetimeCents, requiredDocuments, payee]) => ({
      departmentId, year, aidType, perRequestCents, perPersonYearCents: YEARLY, lifetimeCents, requiredDocuments, payee, contractRequired: aidType !== 'transport',
    })));
    const people = await tx
      .select({ person: beneficiaries, contractId: contracts.id, territoryId: lots.territoryId })
      .from(contracts)
      .innerJoin(beneficiaries, and(eq(beneficiaries.departmentId, contracts.departmentId), eq(beneficiaries.id, contracts.beneficiaryId)))
      .leftJoin(lots, and(eq(lots.departmentId, beneficiaries.departmentId), eq(lots.id, beneficiaries.lotId)))
      .where(and(eq(contracts.departmentId, departmentId), inArray(contracts.status, ['in_force'])))
      .orderBy(asc(beneficiaries.cafNumber), asc(beneficiaries.lastName));
    const [referent] = await tx.select().from(users).where(eq(users.email, 'referente@pip-avignon.example'));
    const [officer] = await tx.select().from(users).where(eq(users.email, 'insertion@vaucluse.example'));
    const mine = people.find((p) => p.person.referentId === referent?.id);
    const others = people.filter((p) => p.person.referentId !== referent?.id);
    const holders = mine ? [mine, mine, ...others] : others;
    const consumed = new Map<string, number>();
    for (const [i, r] of REQUESTS.entries()) {
      const holder = holders[i];
      if (!holder || !officer) break;
      const [objective] = await tx.select({ id: contractObjectives.id }).from(contractObjectives)
        .where(and(eq(contractObjectives.departmentId, departmentId), eq(contractObjectives.contractId, holder.contractId))).limit(1);
      const decided = ['granted', 'paid', 'refused'].includes(r.status);
      const [row] = await tx.insert(aidRequests).values({
        departmentId, beneficiaryId: holder.person.id, providerId: holder.person.providerId!, referentId: holder.person.referentId, territoryId: holder.territoryId,
        aidType: r.type, year, contractId: holder.contractId, objectiveId: objective?.id ?? null, requestedCents: r.requested, purpose: r.purpose,
        justification: 'Frein identifié lors du dernier entretien ; la personne a un engagement écrit de l’employeur ou de l’organisme.',
        payee: r.supplier ? 'supplier' : 'person', supplierName: r.supplier ?? null, consentOn: today, status: r.status,
        grantedCents: r.granted ?? null, budgetYear: r.granted ? year : null, paidCents: r.paid ?? null, paidOn: r.paid ? today : null,
        decisionReason: r.status === 'refused' ? 'Équipement fourni par l’employeur.' : decided ? 'Conforme au barème.' : null,
        submittedAt: new Date(), decidedAt: decided ? new Date() : null, createdBy: holder.person.referentId ?? officer.id,
      }).returning();
      for (const kind of papersOf(r)) {
        const paper: DemoPaper = { kind, issuer: r.issuer, person: `${holder.person.firstNames} ${holder.person.lastName}`, purpose: r.purpose, amountCents: r.paid ?? r.requested, on: today };
        const content = await demoPaperPdf(paper);
        const { mediaType, sha256 } = checkDocument(content);
        await tx.insert(aidDocuments).values({
          departmentId, requestId: row!.id, kind, name: demoFileName(paper), mediaType, size: content.length, sha256,
          storageKey: await blobs.put(departmentId, content), uploadedBy: row!.createdBy,
        });
      }
      await tx.insert(aidRequestEvents).values({ departmentId, requestId: row!.id, event: 'submit', fromStatus: 'draft', toStatus: 'submitted', actorId: row!.createdBy, amountCents: r.requested });
      if (r.status !== 'submitted') {
        const event = { under_review: 'review', granted: 'grant', paid: 'pay', refused: 'refuse' }[r.status as string] ?? 'review';
        await tx.insert(aidRequestEvents).values({ departmentId, requestId: row!.id, event, fromStatus: 'submitted', toStatus: r.status, actorId: officer.id, amountCents: r.granted ?? null, reason: row!.decisionReason });
      }
      const held = committedCents({ ...row!, requestedCents: r.requested, grantedCents: r.granted ?? null, paidCents: r.paid ?? null });
      if (decided && held > 0) consumed.set(r.type, (consumed.get(r.type) ?? 0) + held);
    }
    const paid = REQUESTS.reduce((sum, r) => sum + (r.paid ?? 0), 0);
    const total = [...consumed.values()].reduce((a, b) => a + b, 0);
    await tx.insert(aidEnvelopes).values(ENVELOPES.map(([scope, amountCents]) => ({
      departmentId, year, scope, amountCents,
      consumedCents: scope === 'total' ? total : consumed.get(scope) ?? 0,
      paidCents: scope === 'total' ? paid : REQUESTS.filter((r) => r.type === scope).reduce((s, r) => s + (r.paid ?? 0), 0),
    })));
  });
}
