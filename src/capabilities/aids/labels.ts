import type { AidDocumentKind, AidPayee, AidStatus, EnvelopeScope } from '../../shared/aids.js';

/** French wording of the aid reference values, for printed letters and exports (the UI has its own i18n). */
export const SCOPE_LABELS: Record<EnvelopeScope, string> = {
  driving_licence: 'Permis de conduire', vehicle: 'Achat ou réparation de véhicule', vehicle_rental: 'Location de véhicule',
  transport: 'Transport ou carburant', training_fees: 'Frais de formation', childcare: 'Garde d’enfants', work_equipment: 'Tenue ou équipement de travail',
  other: 'Autre aide', total: 'Toutes aides',
};

export const STATUS_LABELS: Record<AidStatus, string> = {
  draft: 'En préparation', submitted: 'Déposée', under_review: 'En instruction', returned: 'À compléter', granted: 'Accordée',
  refused: 'Refusée', paid: 'Payée', justified: 'Justifiée', cancelled: 'Annulée',
};

export const PAYEE_LABELS: Record<AidPayee, string> = { person: 'La personne', supplier: 'Le fournisseur' };

/** As a sentence's object: « Joignez le devis. » */
export const DOCUMENT_LABELS: Record<AidDocumentKind, string> = {
  estimate: 'le devis', invoice: 'la facture', job_offer: 'la promesse d’embauche ou le contrat de travail', training_registration: 'l’inscription à la formation',
};
