import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/engine.js';
import { addDays, type IsoDate } from '../shared/calendar.js';
import { domainOfTheme, type ContractStatus, type ObjectiveStatus, type ObjectiveTerm } from '../shared/cer.js';
import { beneficiaries, pathwayEvents } from '../capabilities/beneficiaries/schema.js';
import { users } from '../capabilities/organisations/schema.js';
import { readSettings } from '../capabilities/organisations/settings-queries.js';
import { referenceItems } from '../capabilities/reference/schema.js';
import { contractActions, contractObjectives, contracts } from '../capabilities/contracts/schema.js';
import { contractEndsOn, contractKindFor } from '../capabilities/contracts/rules.js';
import { refreshPersonFacts } from '../capabilities/contracts/store.js';
import PDFDocument from 'pdfkit';
import { storeDocument } from '../platform/files/store.js';
import { prng } from './people.js';
import { Profile } from '../shared/contracts/beneficiaries.js';

const TERMS: [ObjectiveTerm, number][] = [['short', 60], ['medium', 150], ['long', 300]];
const PERSON_COMMITMENTS =
  'Rechercher activement un emploi : trois candidatures par semaine au moins, présence aux rendez-vous fixés, ' +
  'participation aux ateliers proposés, information du référent de tout changement de situation.';
const ORGANISATION_COMMITMENTS =
  'Un rendez-vous individuel par mois au moins, l’accès aux ateliers collectifs du PIP, la mise en relation avec les ' +
  'employeurs partenaires et l’étude des aides à la mobilité.';

type Person = typeof beneficiaries.$inferSelect;

/**
 * Contracts for the demo people who signed one: in force, ended (to evaluate) or evaluated, CER
 * before 2025 and CE after. Two people of the demo referent without a contract get one draft,
 * ready to sign, and one submitted to the département, so every queue has something in it.
 */
export async function seedDemoContracts(db: Db, departmentId: string, today: IsoDate, seed = 84): Promise<void> {
  const rand = prng(seed + 1);
  await db.transaction(async (tx) => {
    const { values } = await readSettings(tx, departmentId);
    const wordings = await tx.select().from(referenceItems).where(and(eq(referenceItems.departmentId, departmentId), eq(referenceItems.list, 'objectives')));
    // Ordered: the same people draw the same contracts on every machine.
    const people = await tx
      .select()
      .from(beneficiaries)
      .where(and(eq(beneficiaries.departmentId, departmentId), isNotNull(beneficiaries.providerId), isNotNull(beneficiaries.referentId)))
      .orderBy(asc(beneficiaries.cafNumber), asc(beneficiaries.lastName), asc(beneficiaries.firstNames));
    const [demoReferent] = await tx.select().from(users).where(eq(users.email, 'referente@pip-avignon.example'));

    const insert = async (person: Person, startsOn: IsoDate, durationMonths: number, status: ContractStatus, signedOn: IsoDate | null) => {
      const endsOn = contractEndsOn(startsOn, durationMonths);
      const kind = contractKindFor(startsOn, values.ceStartDate);
      const [row] = await tx
        .insert(contracts)
        .values({
          departmentId, beneficiaryId: person.id, providerId: person.providerId!, kind, nature: 'initial', versionNumber: 1, status,
          startsOn, durationMonths, endsOn, targetJobs: Profile.parse(person.profile).targetJobs, zone: 'Bassin d’emploi du Grand Avignon',
          personCommitments: PERSON_COMMITMENTS, organisationCommitments: ORGANISATION_COMMITMENTS,
          weeklyPlan: kind === 'ce' ? { hours: { applications: 6, workshops: 4, training: 3, interviews: 2 }, reduction: null } : null,
          personSignedOn: signedOn, referentSignedOn: signedOn, signatureMode: signedOn ? 'in_person' : null, signedBy: signedOn ? person.referentId : null,
          submittedAt: status === 'draft' || status === 'signed' ? null : new Date(`${signedOn ?? startsOn}T09:00:00Z`),
          endedOn: status === 'ended' || status === 'evaluated' ? endsOn : null,
          overallResult: status === 'evaluated' ? 'partly_achieved' : null,
          overallAssessment: status === 'evaluated' ? 'Objectifs de recherche tenus ; la mobilité reste à travailler.' : null,
          evaluatedOn: status === 'evaluated' ? addDays(endsOn, 10) : null,
          createdBy: person.referentId!,
        })
        .returning();
      await objectives(tx, row!.id, startsOn, status, signedOn);
      // The demo referent's contracts in force were signed on paper: their scan is attached.
      if (status === 'in_force' && person.referentId === demoReferent?.id) {
        const scanFileId = await storeDocument(tx, departmentId, person.referentId, 'contrat-signe.pdf', await demoScan(`${person.lastName} ${person.firstNames}`));
        await tx.update(contracts).set({ scanFileId, signatureMode: 'paper_scan' }).where(and(eq(contracts.departmentId, departmentId), eq(contracts.id, row!.id)));
      }
      await tx.insert(pathwayEvents).values({
        departmentId, beneficiaryId: person.id, kind: `contract.${status}`, actorUserId: person.referentId,
        // Never in the future: the timeline reads newest first.
        occurredAt: signedOn && signedOn < today ? new Date(`${signedOn}T11:00:00Z`) : new Date(), data: { contractId: row!.id, versionNumber: 1, contractKind: kind },
      });
    };

    const objectives = async (tx2: Tx, contractId: string, startsOn: IsoDate, status: ContractStatus, consentOn: IsoDate | null) => {
      for (const [position, [term, days]] of TERMS.slice(0, rand.int(1, 3)).entries()) {
        const item = rand.pick(wordings);
        const deadline = addDays(startsOn, days);
        const closed = status === 'evaluated' || status === 'ended';
        const objectiveStatus: ObjectiveStatus = status === 'evaluated' ? rand.pick(['achieved', 'partly_achieved', 'not_achieved'] as const) : closed || deadline < today ? 'in_progress' : 'planned';
        const [o] = await tx2
          .insert(contractObjectives)
          .values({
            departmentId, contractId, position, term, domain: domainOfTheme(item.theme), referenceItemId: item.id, wording: item.label, deadline,
            status: objectiveStatus, consentOn: consentOn ?? today, evaluatedOn: status === 'evaluated' ? addDays(startsOn, days + 5) : null,
          })
          .returning({ id: contractObjectives.id });
        await tx2.insert(contractActions).values({
          departmentId, objectiveId: o!.id, position: 0, type: term === 'short' ? 'workshop' : 'training', label: term === 'short' ? 'Atelier CV et lettre de motivation' : 'Formation qualifiante',
          organiser: term === 'short' ? 'PIP' : 'Organisme de formation', startsOn: addDays(startsOn, 7), endsOn: addDays(startsOn, days - 7),
          status: status === 'evaluated' ? 'done' : 'planned',
        });
      }
    };

    const withoutContract: Person[] = [];
    let referentHasEnded = false;
    for (const person of people) {
      const signedOn = person.contractSignedOn;
      if (!signedOn) {
        if (person.referentId === demoReferent?.id && person.pathwayStatus === 'active') withoutContract.push(person);
        continue;
      }
      const durationMonths = rand.pick([6, 12]);
      const endsOn = contractEndsOn(signedOn, durationMonths);
      // A CER still running when the conversion deadline nears: extended to reach it.
      if (endsOn < today && signedOn < values.ceStartDate) {
        await insert(person, signedOn, Math.ceil((Date.parse(values.ceConversionDeadline) - Date.parse(signedOn)) / (30.5 * 86_400_000)), 'in_force', signedOn);
        continue;
      }
      // The demo referent has one contract to evaluate at least.
      const toEvaluate = person.referentId === demoReferent?.id && !referentHasEnded;
      const status: ContractStatus = endsOn >= today ? 'in_force' : toEvaluate || rand.next() < 0.3 ? 'ended' : 'evaluated';
      if (status === 'ended' && person.referentId === demoReferent?.id) referentHasEnded = true;
      await insert(person, signedOn, durationMonths, status, signedOn);
    }
    const [draft, submitted] = withoutContract;
    if (draft) await insert(draft, addDays(today, 7), 6, 'draft', null);
    if (submitted) await insert(submitted, addDays(today, 3), 6, 'submitted', addDays(today, -2));
    for (const person of people) await refreshPersonFacts(tx, departmentId, person.id, today);
  });
}

/** A one-page PDF standing for a scanned paper contract. */
function demoScan(name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: `Contrat signé — ${name}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    doc.fontSize(14).text(`Contrat signé — ${name}`).moveDown().fontSize(10).text('Document de démonstration : scan du contrat signé sur papier.');
    doc.end();
  });
}
