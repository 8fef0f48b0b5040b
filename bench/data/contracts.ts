// Contracts of the people who signed one: a chain of 6- or 12-month versions from the first
// signature to today (renewals), the last one in force unless the accompaniment ended; earlier
// ones evaluated, some left to evaluate. Two or so objectives per contract. The person's stored
// contract facts come from the same pure rule the application uses, so alerts stay truthful.
import { randomUUID } from 'node:crypto';
import { contractEndsOn, contractKindFor, personContractFacts, type ContractFactsInput, type PersonContractFacts } from '../../src/capabilities/contracts/rules.js';
import { addDays } from '../../src/shared/calendar.js';
import { domainOfTheme, OBJECTIVE_TERMS, type ContractStatus, type ObjectiveStatus } from '../../src/shared/cer.js';
import { SETTING_DEFAULTS } from '../../src/shared/settings.js';
import { Table } from './copy.js';
import type { Rand } from './organisation.js';

const OBJECTIVES: [theme: string, wording: string][] = [
  ['preparer_sa_candidature', 'Réaliser un CV et une lettre de motivation'],
  ['trouver_un_emploi', 'Trouver un emploi durable'],
  ['mobilite', 'Obtenir le permis B'],
  ['se_former', 'Suivre une formation qualifiante'],
  ['numerique', 'Créer son espace France Travail et l’utiliser seul'],
  ['choisir_un_metier', 'Découvrir un métier en immersion'],
  ['sante', 'Engager les démarches de soins'],
];
const TERM_DAYS = [60, 150, 300];

export interface PersonContracts {
  departmentId: string;
  personId: string;
  providerId: string;
  referentId: string;
  signedOn: string;
  orientedOn: string | null;
  /** The accompaniment ended that day: no contract runs after it. */
  endedOn: string | null;
}

export class ContractTables {
  readonly contracts = new Table('contracts', [
    'department_id', 'id', 'beneficiary_id', 'provider_id', 'kind', 'nature', 'version_number', 'previous_id', 'status', 'starts_on',
    'duration_months', 'ends_on', 'person_commitments', 'organisation_commitments', 'weekly_plan', 'person_signed_on', 'referent_signed_on',
    'signature_mode', 'signed_by', 'submitted_at', 'ended_on', 'overall_result', 'overall_assessment', 'evaluated_on', 'created_by', 'version',
    'created_at', 'updated_at',
  ]);
  readonly objectives = new Table('contract_objectives', [
    'department_id', 'id', 'contract_id', 'position', 'term', 'domain', 'wording', 'deadline', 'status', 'consent_on', 'evaluated_on',
  ]);

  constructor(private readonly rand: Rand, private readonly today: string) {}

  /** Writes the person's contract chain; returns the facts their beneficiary row stores. */
  add(p: PersonContracts): PersonContractFacts {
    const facts: ContractFactsInput[] = [];
    let startsOn = p.signedOn;
    let previous: string | null = null;
    for (let version = 1; startsOn <= this.today && (!p.endedOn || startsOn <= p.endedOn); version++) {
      const months = this.rand.next() < 0.6 ? 6 : 12;
      const endsOn = contractEndsOn(startsOn, months);
      const over = endsOn < this.today || (p.endedOn !== null && endsOn >= p.endedOn);
      const status: ContractStatus = !over ? 'in_force' : this.rand.next() < 0.15 ? 'ended' : 'evaluated';
      const kind = contractKindFor(startsOn, SETTING_DEFAULTS.ceStartDate);
      const id = randomUUID();
      const endedOn = over ? (p.endedOn && p.endedOn < endsOn ? p.endedOn : endsOn) : null;
      this.contracts.add([
        p.departmentId, id, p.personId, p.providerId, kind, version === 1 ? 'initial' : 'renewal', version, previous, status, startsOn, months, endsOn,
        'Trois candidatures par semaine, présence aux rendez-vous.', 'Un rendez-vous par mois, ateliers collectifs.',
        kind === 'ce' ? { hours: { applications: 6, workshops: 5, training: 4 }, reduction: null } : null, startsOn, startsOn, 'in_person',
        p.referentId, `${startsOn}T09:00:00Z`, endedOn, status === 'evaluated' ? 'partly_achieved' : null,
        status === 'evaluated' ? 'Démarches engagées, emploi à consolider.' : null, status === 'evaluated' ? endedOn : null, p.referentId, 1,
        `${startsOn}T09:00:00Z`, `${endedOn ?? startsOn}T09:00:00Z`,
      ]);
      facts.push({ status, kind, personSignedOn: startsOn, endsOn, endedOn, objectives: this.addObjectives(p.departmentId, id, startsOn, status) });
      previous = id;
      startsOn = addDays(endsOn, 1);
    }
    return personContractFacts(facts, p.orientedOn);
  }

  private addObjectives(departmentId: string, contractId: string, startsOn: string, status: ContractStatus) {
    const drawn: { status: ObjectiveStatus; deadline: string }[] = [];
    const count = this.rand.int(1, 3);
    for (let position = 0; position < count; position++) {
      const [theme, wording] = this.rand.pick(OBJECTIVES);
      const deadline = addDays(startsOn, TERM_DAYS[position]!);
      const closed = status === 'evaluated';
      const objectiveStatus: ObjectiveStatus = closed ? this.rand.pick(['achieved', 'partly_achieved', 'not_achieved'] as const) : deadline < this.today ? 'in_progress' : 'planned';
      this.objectives.add([
        departmentId, randomUUID(), contractId, position, OBJECTIVE_TERMS[position]!, domainOfTheme(theme), wording, deadline, objectiveStatus, startsOn,
        closed ? deadline : null,
      ]);
      drawn.push({ status: objectiveStatus, deadline });
    }
    return drawn;
  }
}
