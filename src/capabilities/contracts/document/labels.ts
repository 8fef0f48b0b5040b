import type {
  ActionStatus, ActionType, ActivityType, ContractStatus, HoursReductionReason, ObjectiveDomain, ObjectiveStatus, ObjectiveTerm, SignatureMode,
} from '../../../shared/cer.js';

/** The French the printed contract uses: it is a legal document, printed in French whatever the UI language. */
export const PRINT_LABELS = {
  status: {
    draft: 'Brouillon', signed: 'Signé', submitted: 'Transmis au département', returned: 'Renvoyé pour correction', validated: 'Validé',
    in_force: 'En vigueur', ended: 'Terminé', evaluated: 'Évalué', superseded: 'Remplacé par un avenant', closed: 'Clos',
  } satisfies Record<ContractStatus, string>,
  term: { short: 'Court terme', medium: 'Moyen terme', long: 'Long terme' } satisfies Record<ObjectiveTerm, string>,
  domain: {
    employment: 'Emploi', training: 'Formation', mobility: 'Mobilité', digital: 'Numérique', labour_market: 'Connaissance du marché du travail',
    social_health: 'Démarche sociale ou de santé', other: 'Autre',
  } satisfies Record<ObjectiveDomain, string>,
  objectiveStatus: {
    planned: 'Prévu', in_progress: 'En cours', achieved: 'Atteint', partly_achieved: 'Partiellement atteint', not_achieved: 'Non atteint', abandoned: 'Abandonné',
  } satisfies Record<ObjectiveStatus, string>,
  actionType: {
    training: 'Formation', immersion: 'Immersion (PMSMP)', workshop: 'Atelier', job_applications: 'Candidatures', mobility: 'Action mobilité',
    digital_inclusion: 'Inclusion numérique', social_step: 'Démarche sociale', other: 'Autre',
  } satisfies Record<ActionType, string>,
  actionStatus: { planned: 'Prévue', in_progress: 'En cours', done: 'Réalisée', cancelled: 'Annulée' } satisfies Record<ActionStatus, string>,
  activity: {
    training: 'Formation', immersion: 'Immersion', applications: 'Candidatures', workshops: 'Ateliers', interviews: 'Entretiens',
    rights_steps: 'Démarches d’accès aux droits', health: 'Santé', housing: 'Logement', childcare: 'Garde d’enfants',
  } satisfies Record<ActivityType, string>,
  reduction: {
    health: 'Raison de santé', disability: 'Situation de handicap', lone_parent_without_childcare: 'Parent isolé sans solution de garde',
  } satisfies Record<HoursReductionReason, string>,
  signatureMode: { in_person: 'En présentiel', paper_scan: 'Sur papier (scan joint)' } satisfies Record<SignatureMode, string>,
};
