// People at every step of the pathway (STATUS_MIX of the demo), with the history their step
// implies: orientations (some reoriented), assignments (some transferred), and timeline events.
// Dates are drawn backwards from today, step by step, so that no date is in the future and each
// follows the one it depends on; the stored alerts are the pure rules' verdict on those dates.
import { randomUUID } from 'node:crypto';
import { computeAlerts } from '../../src/capabilities/beneficiaries/alerts.js';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES } from '../../src/demo/names.js';
import type { PathwayStatus } from '../../src/shared/beneficiaries.js';
import { Profile } from '../../src/shared/contracts/beneficiaries.js';
import { SETTING_DEFAULTS } from '../../src/shared/settings.js';
import { Table } from './copy.js';
import { ContractTables } from './contracts.js';
import { ContactTables } from './contacts.js';
import { drawPlace, type Lot, type Organisation, type Place, type Rand } from './organisation.js';
import type { Staff } from './staff.js';

/** The demo's proportions (src/demo/people.ts), in pathway order. */
const STATUS_MIX: [PathwayStatus, number][] = [
  ['to_orient', 0.14], ['oriented_elsewhere', 0.05], ['awaiting_assignment', 0.08], ['waiting_first_contact', 0.13],
  ['active', 0.48], ['suspended', 0.05], ['ended', 0.07],
];
const EXITS = [
  ['CDI', 'sustainable_employment'], ['CDD de 8 mois', 'sustainable_employment'], ['Intérim', 'transition_employment'],
  ['Contrat aidé', 'transition_employment'], ['Formation qualifiante', 'qualifying_training'], ['Déménagement', 'other'],
] as const;
const STREETS = ['rue des Lilas', 'avenue Jean Jaurès', 'rue de la République', 'chemin des Oliviers', 'place Victor Hugo', 'impasse du Moulin'];
// Every combination a person's profile takes here, validated once by the shared contract.
const PROFILES = [true, false].flatMap((drivingLicence) => [true, false].flatMap((vehicle) =>
  (['none', 'assisted', 'autonomous'] as const).map((digitalAutonomy) => Profile.parse({ drivingLicence, vehicle: drivingLicence && vehicle, digitalAutonomy }))));

// Dates as day numbers while drawing (cheap arithmetic), as ISO strings once, through a cache.
const DAY = 86_400_000;
const isoCache = new Map<number, string>();
const iso = (day: number) => isoCache.get(day) ?? isoCache.set(day, new Date(day * DAY).toISOString().slice(0, 10)).get(day)!;
const isoOrNull = (day: number | null) => (day === null ? null : iso(day));
const at = (day: number) => `${iso(day)}T10:00:00Z`;

export interface Draft {
  id: string; woman: boolean; place: Place; status: PathwayStatus; step: number; lot: Lot | null;
  lastName: string; firstNames: string; birth: number; caf: string; organism: 'CAF' | 'MSA'; partner: boolean; address: string;
  duties: number; oriented: number | null; reorientedFrom: number | null; assigned: number | null; transferred: number | null;
  firstContact: number | null; lastContact: number | null; signed: number | null; changedOn: number | null; exit: (typeof EXITS)[number];
}

export function drawPeople(org: Organisation, count: number, rand: Rand, todayIso: string): Draft[] {
  const today = Date.parse(`${todayIso}T00:00:00Z`) / DAY;
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    let r = rand.next();
    const step = Math.max(0, STATUS_MIX.findIndex(([, share]) => (r -= share) <= 0));
    const status = STATUS_MIX[step]![0];
    // A partner shares the previous applicant's household: CAF number, name, address.
    const household = i > 0 && !drafts[i - 1]!.partner && rand.next() < 0.2 ? drafts[i - 1]! : null;
    const place = household?.place ?? drawPlace(org, rand);
    const lots = org.lotsOfTerritory[place.territory]!;
    const woman = rand.next() < 0.55;
    let oriented: number | null = null;
    let assigned: number | null = null;
    let firstContact: number | null = null;
    if (step >= 4) firstContact = today - rand.int(10, 700);
    if (step === 3) assigned = today - rand.int(1, 30);
    else if (firstContact !== null) assigned = firstContact - rand.int(2, 20);
    if (assigned !== null) oriented = assigned - rand.int(1, 10);
    else if (step === 2) oriented = today - rand.int(1, 60);
    else if (step === 1) oriented = today - rand.int(1, 700);
    const duties = oriented !== null ? oriented - rand.int(10, 50) : today - rand.int(1, 150);
    const lastContact = firstContact === null ? null : Math.max(firstContact, today - rand.int(1, 50));
    const signed = firstContact !== null && rand.next() < 0.8 ? firstContact + rand.int(5, 40) : null;
    // Suspension or exit day, after the first contact; the last contact is not after it.
    const changedOn = step >= 5 ? Math.max(firstContact!, today - rand.int(1, 120)) : null;
    drafts.push({
      id: randomUUID(), woman, place, status, step, lot: step >= 2 ? rand.pick(lots) : null,
      lastName: household?.lastName ?? rand.pick(LAST_NAMES), firstNames: rand.pick(woman ? FIRST_NAMES_F : FIRST_NAMES_M),
      birth: Date.parse('1962-01-01T00:00:00Z') / DAY + rand.int(0, 15_500), caf: household?.caf ?? String(rand.int(1_000_000, 9_999_999)),
      organism: household?.organism ?? (rand.next() < 0.93 ? 'CAF' : 'MSA'), partner: household !== null,
      address: household?.address ?? `${rand.int(1, 120)} ${rand.pick(STREETS)}`, duties, oriented,
      reorientedFrom: step >= 2 && rand.next() < 0.08 ? oriented! - rand.int(30, 200) : null,
      assigned, transferred: assigned !== null && rand.next() < 0.05 ? assigned + rand.int(1, Math.max(1, (changedOn ?? today) - assigned)) : null,
      firstContact, lastContact: changedOn !== null && lastContact !== null ? Math.min(lastContact, changedOn) : lastContact,
      signed: signed !== null && signed <= today ? signed : null, changedOn, exit: rand.pick(EXITS),
    });
  }
  return drafts;
}

/** Accompanied people (waiting for a first contact, active, suspended) per provider: what sizes the referent teams. */
export function accompaniedPerProvider(org: Organisation, drafts: Draft[]): number[] {
  const counts = org.providerIds.map(() => 0);
  for (const d of drafts) if (d.lot && d.step >= 3 && d.step <= 5) counts[d.lot.provider]! += 1;
  return counts;
}

export function peopleTables(org: Organisation, drafts: Draft[], staff: Staff, rand: Rand, todayIso: string): Table[] {
  const contracts = new ContractTables(rand, todayIso);
  const followUp = new ContactTables(rand);
  const dept = org.departmentId;
  const b = new Table('beneficiaries', [
    'department_id', 'id', 'civility', 'last_name', 'first_names', 'birth_date', 'gender', 'caf_number', 'caf_organism', 'france_travail_id',
    'phone', 'email', 'address_line', 'postal_code', 'commune_code', 'household_key', 'household_role', 'rights_status', 'duties_applicable',
    'duties_entry_date', 'profile', 'pathway_status', 'orientation_kind', 'oriented_on', 'lot_id', 'provider_id', 'referent_id', 'assigned_on',
    'first_contact_on', 'last_contact_on', 'last_contact_by_modality', 'suspended_on', 'contract_signed_on', 'contract_ends_on', 'next_objective_due_on', 'current_contract_kind',
    'contract_awaiting_evaluation_since', 'exit_reason', 'exit_category', 'ended_on', 'alerts',
    'alerts_computed_on', 'created_at', 'updated_at',
  ]);
  const o = new Table('orientations', ['department_id', 'id', 'beneficiary_id', 'kind', 'decided_on', 'reason', 'lot_id', 'provider_id', 'decided_by', 'ended_at', 'created_at']);
  const a = new Table('assignments', ['department_id', 'id', 'beneficiary_id', 'provider_id', 'referent_id', 'starts_on', 'ended_on', 'end_reason', 'assigned_by', 'created_at']);
  const e = new Table('pathway_events', ['department_id', 'id', 'beneficiary_id', 'occurred_at', 'kind', 'actor_user_id', 'data']);
  const event = (d: Draft, day: number, kind: string, actor: string | null, data: Record<string, unknown>) => e.add([dept, randomUUID(), d.id, at(day), kind, actor, data]);

  for (const d of drafts) {
    const provider = d.lot ? org.providerIds[d.lot.provider]! : null;
    const team = d.lot ? staff.referents[d.lot.provider]! : [];
    const referent = d.step >= 3 ? rand.pick(team) : null;
    const manager = d.lot ? rand.pick(staff.managers[d.lot.provider]!) : null;
    const officer = rand.pick(staff.officers);
    const kind = d.step === 1 ? (rand.next() < 0.6 ? 'social' : 'socio_professional') : d.step >= 2 ? 'professional' : null;
    const ended = d.status === 'ended';
    const contractFacts = d.signed !== null && provider !== null && referent !== null
      ? contracts.add({
          departmentId: dept, personId: d.id, providerId: provider, referentId: referent, signedOn: iso(d.signed), orientedOn: isoOrNull(d.oriented),
          endedOn: ended ? iso(d.changedOn!) : null,
        })
      : { contractSignedOn: null, contractEndsOn: null, nextObjectiveDueOn: null, currentContractKind: null, contractAwaitingEvaluationSince: null };
    const facts = {
      pathwayStatus: d.status, dutiesApplicable: true, dutiesEntryDate: iso(d.duties), orientationKind: kind, orientedOn: isoOrNull(d.oriented),
      assignedOn: isoOrNull(d.assigned), firstContactOn: isoOrNull(d.firstContact), lastContactOn: isoOrNull(d.lastContact), ...contractFacts,
      lastContactByModality: d.firstContact !== null && d.lastContact !== null && provider !== null && referent !== null
        ? followUp.add({ departmentId: dept, personId: d.id, providerId: provider, referentId: referent, firstContact: iso(d.firstContact), lastContact: iso(d.lastContact) })
        : {}, suspendedOn: d.status === 'suspended' ? iso(d.changedOn!) : null, resumedOn: null,
      endedOn: ended ? iso(d.changedOn!) : null, exitSituationOn: null,
    } as const;
    const alerts = computeAlerts(facts, SETTING_DEFAULTS, todayIso, org.code).map((x) => x.kind);
    b.add([
      dept, d.id, d.woman ? 'mme' : 'm', d.lastName, d.firstNames, iso(d.birth), d.woman ? 'woman' : 'man', d.caf, d.organism,
      rand.next() < 0.5 ? `${rand.int(1_000_000, 9_999_999)}X` : null, `+336${rand.int(10_000_000, 99_999_999)}`,
      rand.next() < 0.4 ? `${d.firstNames.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${rand.int(1, 9999)}@exemple.fr` : null,
      d.address, d.place.postalCode, d.place.code, `${d.organism}:${d.caf}`, d.partner ? 'partner' : 'applicant',
      ended && rand.next() < 0.4 ? 'closed' : rand.next() < 0.05 ? 'suspended' : 'open', true, facts.dutiesEntryDate, rand.pick(PROFILES),
      d.status, kind, facts.orientedOn, d.lot?.id ?? null, provider, referent, facts.assignedOn, facts.firstContactOn, facts.lastContactOn, facts.lastContactByModality, facts.suspendedOn,
      facts.contractSignedOn, facts.contractEndsOn, facts.nextObjectiveDueOn, facts.currentContractKind, facts.contractAwaitingEvaluationSince,
      ended ? d.exit[0] : null, ended ? d.exit[1] : null, facts.endedOn,
      alerts, todayIso, at(d.duties), at(d.changedOn ?? d.lastContact ?? d.assigned ?? d.oriented ?? d.duties),
    ]);

    event(d, d.duties, 'beneficiary.created', null, { source: 'caf_flux' });
    if (d.reorientedFrom !== null) {
      o.add([dept, randomUUID(), d.id, 'social', iso(d.reorientedFrom), 'Diagnostic d’orientation', null, null, officer, at(d.oriented!), at(d.reorientedFrom)]);
      event(d, d.reorientedFrom, 'orientation.decided', officer, { kind: 'social', lotId: null, decidedOn: iso(d.reorientedFrom), overCapacity: false });
    }
    if (kind === null || d.oriented === null) continue;
    o.add([dept, randomUUID(), d.id, kind, iso(d.oriented), 'Diagnostic d’orientation', d.lot?.id ?? null, provider, officer, null, at(d.oriented)]);
    event(d, d.oriented, 'orientation.decided', officer, { kind, lotId: d.lot?.id ?? null, decidedOn: iso(d.oriented), overCapacity: false });
    if (referent === null || d.assigned === null || provider === null || manager === null) continue;
    // A transfer: the first referent's assignment ended that day, the current one started then.
    const first = d.transferred !== null && team.length > 1 ? team.find((r) => r !== referent)! : null;
    if (first !== null) {
      a.add([dept, randomUUID(), d.id, provider, first, iso(d.assigned), iso(d.transferred!), 'transfer', manager, at(d.assigned)]);
      event(d, d.assigned, 'assignment.assigned', manager, { referentId: first, previousReferentId: null });
      event(d, d.transferred!, 'assignment.transferred', manager, { referentId: referent, previousReferentId: first });
    } else {
      event(d, d.assigned, 'assignment.assigned', manager, { referentId: referent, previousReferentId: null });
    }
    const starts = first !== null ? d.transferred! : d.assigned;
    a.add([dept, randomUUID(), d.id, provider, referent, iso(starts), null, null, manager, at(starts)]);
    if (d.firstContact !== null) event(d, d.firstContact, 'pathway.first_contact', referent, { on: iso(d.firstContact) });
    if (d.status === 'suspended') event(d, d.changedOn!, 'pathway.suspend', referent, { on: iso(d.changedOn!), reason: 'Hospitalisation' });
    if (ended) event(d, d.changedOn!, 'pathway.end', referent, { on: iso(d.changedOn!), reason: d.exit[0], category: d.exit[1] });
  }
  return [b, o, a, e, contracts.contracts, contracts.objectives, followUp.contacts];
}
