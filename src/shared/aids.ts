/**
 * Individual financial aid (aides financières individuelles, DOMAIN.md step 7): reference values
 * checked by the database and shared with the UI. Money is always integer cents.
 */

/** What an aid pays for; a département's catalogue gives each its ceilings and conditions. */
export const AID_TYPES = [
  'driving_licence', // permis de conduire
  'vehicle', // achat ou réparation d'un véhicule
  'vehicle_rental', // location de véhicule
  'transport', // titre de transport ou carburant
  'training_fees', // frais de formation
  'childcare', // garde d'enfants
  'work_equipment', // tenue ou équipement de travail
  'other',
] as const;
export type AidType = (typeof AID_TYPES)[number];

/** The documents a catalogue entry may require (devis, facture, promesse d'embauche ou contrat, inscription). */
export const AID_DOCUMENT_KINDS = ['estimate', 'invoice', 'job_offer', 'training_registration'] as const;
export type AidDocumentKind = (typeof AID_DOCUMENT_KINDS)[number];

/** Who receives the money: the person, or the supplier (driving school, garage…) directly. */
export const AID_PAYEES = ['person', 'supplier'] as const;
export type AidPayee = (typeof AID_PAYEES)[number];

/**
 * A request's life: prepared by the referent (draft), submitted, reviewed by the département,
 * then granted (in full or in part), refused or returned for more information; a granted aid is
 * paid, then justified by the invoice, or cancelled.
 */
export const AID_STATUSES = ['draft', 'submitted', 'under_review', 'returned', 'granted', 'refused', 'paid', 'justified', 'cancelled'] as const;
export type AidStatus = (typeof AID_STATUSES)[number];

/** A budget envelope is per aid type, or for all types together ('total'). */
export const ENVELOPE_SCOPES = [...AID_TYPES, 'total'] as const;
export type EnvelopeScope = (typeof ENVELOPE_SCOPES)[number];

/** 123456 → « 1 234,56 € » (the narrow no-break spaces French uses). */
const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
export const formatEuros = (cents: number): string => EUROS.format(cents / 100);
