import type { AlertKind, ExitCategory, OrientationKind, PathwayStatus } from './beneficiaries.js';

/** The pathway's values in French, once for the screens and the exports (printed in French whatever the UI language). */
export const PEOPLE_FR = {
  statuses: {
    to_orient: 'À orienter',
    oriented_elsewhere: 'Orienté·e hors PIP',
    awaiting_assignment: 'En attente de référent',
    waiting_first_contact: 'En attente du premier rendez-vous',
    active: 'Accompagnement en cours',
    suspended: 'Accompagnement suspendu',
    ended: 'Accompagnement terminé',
  } satisfies Record<PathwayStatus, string>,
  alerts: {
    orientation_overdue: 'Orientation en retard',
    first_contact_overdue: 'Premier rendez-vous en retard',
    contract_overdue: 'Contrat non signé dans le délai',
    no_recent_contact: 'Sans contact récent',
    contract_ending: 'Contrat bientôt échu',
    objective_overdue: 'Objectif dépassé',
    evaluation_missing: 'Évaluation du contrat manquante',
    ce_conversion_due: 'CER à convertir en contrat d’engagement',
    exit_situation_missing: 'Situation à la sortie manquante',
  } satisfies Record<AlertKind, string>,
  orientationKinds: {
    professional: 'Professionnelle',
    socio_professional: 'Socio-professionnelle',
    social: 'Sociale',
  } satisfies Record<OrientationKind, string>,
  exitCategories: {
    sustainable_employment: 'Emploi durable (CDI, CDD ou intérim de plus de 6 mois, création d’entreprise)',
    transition_employment: 'Emploi de transition (CDD ou intérim de moins de 6 mois, contrat aidé)',
    qualifying_training: 'Formation qualifiante ou pré-qualifiante',
    other: 'Autre sortie (réorientation, déménagement, fin de droits, abandon…)',
  } satisfies Record<ExitCategory, string>,
} as const;
