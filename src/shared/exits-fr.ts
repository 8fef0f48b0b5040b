import type { EmploymentContract, ExitSituation } from './exits.js';

/** French labels of the exit's reference values: the web app's French catalogue and the printed documents share them. */
export const EXITS_FR = {
  situations: {
    job_searching: 'En recherche d’emploi',
    education_training: 'En études ou en formation',
    qualification: 'A obtenu une qualification',
    employment: 'En emploi, y compris indépendant',
  } satisfies Record<ExitSituation, string>,
  contracts: {
    cdi: 'CDI',
    cdd: 'CDD',
    interim: 'Intérim',
    subsidised: 'Contrat aidé',
    civil_service: 'Emploi public (titulaire)',
    self_employed: 'Indépendant ou création d’entreprise',
  } satisfies Record<EmploymentContract, string>,
};
