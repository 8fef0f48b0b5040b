/** Reference values of a beneficiary's record, checked by the database and shared with the UI. */
export const CIVILITIES = ['mme', 'm'] as const;
export const GENDERS = ['woman', 'man', 'non_binary'] as const;
export const HOUSEHOLD_ROLES = ['applicant', 'partner', 'child', 'other'] as const;
/** RSA rights as the CAF flux states them (ETATDOSRSA 0 / 1 / 2 / 3-4 / 5-6). */
export const RIGHTS_STATUSES = ['awaiting', 'refused', 'open', 'suspended', 'closed'] as const;
export const ISCED_LEVELS = ['isced_0_2', 'isced_3_4', 'isced_5_8'] as const;
export const ORIENTATION_KINDS = ['professional', 'socio_professional', 'social'] as const;

/**
 * Where a person stands in the accompaniment. `to_orient` and `oriented_elsewhere` are the
 * département's; the rest is the life of an accompaniment by a PIP.
 */
export const PATHWAY_STATUSES = [
  'to_orient',
  'oriented_elsewhere',
  'awaiting_assignment',
  'waiting_first_contact',
  'active',
  'suspended',
  'ended',
] as const;

export const EXIT_CATEGORIES = ['sustainable_employment', 'transition_employment', 'qualifying_training', 'other'] as const;

export const ALERT_KINDS = [
  'orientation_overdue',
  'first_contact_overdue',
  'contract_overdue',
  'no_recent_contact',
  'contract_ending',
  'objective_overdue',
  'evaluation_missing',
  'ce_conversion_due', // a CER still in force: the person must move to a CE before the legal date
  'exit_situation_missing', // after the exit, the FSE+ situation is due within 4 weeks
] as const;

export type Civility = (typeof CIVILITIES)[number];
export type Gender = (typeof GENDERS)[number];
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];
export type RightsStatus = (typeof RIGHTS_STATUSES)[number];
export type OrientationKind = (typeof ORIENTATION_KINDS)[number];
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];
export type ExitCategory = (typeof EXIT_CATEGORIES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];
