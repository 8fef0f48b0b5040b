import type { ContractDocument, ContractObjective } from './model.js';

/** Test data only: realistic contracts to print. */

const TERMS = ['Court terme', 'Moyen terme', 'Long terme'];

export function objective(n: number, overrides: Partial<ContractObjective> = {}): ContractObjective {
  return {
    term: TERMS[(n - 1) % 3] as string,
    domain: 'Emploi',
    wording: `Objectif n°${n} : obtenir trois entretiens d’embauche dans la restauration collective`,
    deadline: `2026-0${1 + ((n - 1) % 6)}-15`,
    status: 'En cours',
    consent: true,
    actions: [{ type: 'Atelier CV et lettre de motivation', organiser: 'PIP Avignon Centre', startsOn: '2026-01-12', endsOn: '2026-01-30', status: 'Prévue' }],
    evaluation: null,
    ...overrides,
  };
}

export function cerDocument(overrides: Partial<ContractDocument> = {}): ContractDocument {
  return {
    kind: 'cer',
    versionNumber: 2,
    nature: 'renewal',
    status: 'Validé',
    department: { name: 'Vaucluse', code: '84', brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86' },
    fundingMention: true,
    person: {
      civility: 'Mme',
      lastName: 'Benoît-Lefèvre',
      firstNames: 'Aïcha Noëlle',
      birthDate: '1985-03-14',
      cafNumber: '1234567',
      franceTravailId: '0123456A',
      address: '12 rue des Œillets, 84000 Avignon',
    },
    provider: { name: 'Pôle Insertion Avignon Centre', siteAddress: '3 place de l’Horloge, 84000 Avignon' },
    referent: { displayName: 'Élodie Marchand', email: 'elodie.marchand@pip-avignon.example' },
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    durationMonths: 6,
    project: {
      targetJobs: [
        { romeCode: 'G1602', label: 'Personnel de cuisine' },
        { romeCode: 'K2204', label: 'Nettoyage de locaux' },
      ],
      zone: 'Avignon et 20 km autour',
      expectedSalary: '1 800 € brut par mois',
      contractTypeSought: 'CDI ou CDD de six mois et plus',
    },
    personCommitments:
      'Je m’engage à rechercher activement un emploi « en cuisine » et à me présenter à chaque rendez-vous.\n\nJe préviens mon référent en cas d’empêchement.',
    organisationCommitments: 'La structure accompagne Mme Benoît-Lefèvre dans ses démarches : ateliers, mise en relation avec des employeurs, mise en œuvre d’une aide à la mobilité.',
    weeklyPlan: null,
    objectives: [
      objective(1, { wording: 'Mettre à jour son CV et sa lettre de motivation', deadline: '2026-02-15' }),
      objective(2, { domain: 'Formation', wording: 'Obtenir le certificat HACCP (hygiène alimentaire)', deadline: '2026-04-30', actions: [] }),
      objective(3, {
        domain: 'Mobilité',
        wording: 'Passer le permis B pour accéder aux emplois en horaires décalés',
        deadline: '2026-06-30',
        evaluation: { result: 'Partiellement atteint', comment: 'Code obtenu, conduite en cours' },
      }),
    ],
    signatures: { person: { signedOn: '2025-12-18', mode: 'En présentiel' }, referent: { name: 'Élodie Marchand', signedOn: '2025-12-18' } },
    decision: { label: 'Validé', on: '2025-12-22', by: 'Anne Pons, chargée d’insertion', comment: null },
    overallAssessment: null,
    generatedAt: '2026-01-05T13:05:00Z',
    ...overrides,
  };
}

export function ceDocument(overrides: Partial<ContractDocument> = {}): ContractDocument {
  return cerDocument({
    kind: 'ce',
    versionNumber: 1,
    nature: 'initial',
    status: 'Brouillon',
    weeklyPlan: {
      activities: [
        { label: 'Formation', hours: 6 },
        { label: 'Candidatures', hours: 3.5 },
        { label: 'Ateliers', hours: 2 },
      ],
      totalHours: 11.5,
      requiredHours: 15,
      reduction: { reason: 'Parent isolé sans solution de garde', hours: 10 },
    },
    signatures: { person: { signedOn: null, mode: null }, referent: { name: null, signedOn: null } },
    decision: null,
    ...overrides,
  });
}
