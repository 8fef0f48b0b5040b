/**
 * Reference values of a contract (CER or CE), checked by the database and shared with the UI.
 * `contract` in code is the French *contrat*: CER (contrat d'engagements réciproques, before 2025)
 * or CE (contrat d'engagement, loi pour le plein emploi, since 2025).
 */
export const CONTRACT_KINDS = ['cer', 'ce'] as const;
export const CONTRACT_NATURES = ['initial', 'renewal', 'amendment'] as const; // amendment = avenant

export const CONTRACT_STATUSES = [
  'draft',
  'signed',
  'submitted', // to the département
  'returned', // by the département, with comments
  'validated', // starts later
  'in_force',
  'ended',
  'evaluated',
  'superseded', // replaced by a validated amendment; stays readable
  'closed', // stopped early, with a reason
] as const;

export const SIGNATURE_MODES = ['in_person', 'paper_scan'] as const;

export const OBJECTIVE_TERMS = ['short', 'medium', 'long'] as const;
export const OBJECTIVE_DOMAINS = ['employment', 'training', 'mobility', 'digital', 'labour_market', 'social_health', 'other'] as const;
export const OBJECTIVE_STATUSES = ['planned', 'in_progress', 'achieved', 'partly_achieved', 'not_achieved', 'abandoned'] as const;
/** An evaluation's result: the statuses that close an objective. */
export const OBJECTIVE_RESULTS = ['achieved', 'partly_achieved', 'not_achieved', 'abandoned'] as const;

export const ACTION_TYPES = [
  'training',
  'immersion', // PMSMP
  'workshop',
  'job_applications',
  'mobility',
  'digital_inclusion',
  'social_step',
  'other',
] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** The CE's weekly activity plan (décret 2025-478): hours per activity type. */
export const ACTIVITY_TYPES = [
  'training',
  'immersion',
  'applications',
  'workshops',
  'interviews',
  'rights_steps',
  'health',
  'housing',
  'childcare',
] as const;
/** Documented reasons that lower the weekly hours, possibly to zero. */
export const HOURS_REDUCTION_REASONS = ['health', 'disability', 'lone_parent_without_childcare'] as const;

export type ContractKind = (typeof CONTRACT_KINDS)[number];
export type ContractNature = (typeof CONTRACT_NATURES)[number];
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type SignatureMode = (typeof SIGNATURE_MODES)[number];
export type ObjectiveTerm = (typeof OBJECTIVE_TERMS)[number];
export type ObjectiveDomain = (typeof OBJECTIVE_DOMAINS)[number];
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export type ObjectiveResult = (typeof OBJECTIVE_RESULTS)[number];
export type ActionType = (typeof ACTION_TYPES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type HoursReductionReason = (typeof HOURS_REDUCTION_REASONS)[number];

/**
 * The objective domain each theme of the reference lists belongs to: the editor proposes a
 * domain's wordings from its themes. A theme not listed here falls under `other`.
 */
export const THEME_DOMAINS: Record<string, ObjectiveDomain> = {
  choisir_un_metier: 'labour_market',
  contraintes_familiales: 'social_health',
  creer_une_entreprise: 'employment',
  difficulte_administrative: 'social_health',
  difficulte_financiere: 'social_health',
  emploi: 'employment',
  formation: 'training',
  logement: 'social_health',
  maitrise_langue: 'training',
  mobilite: 'mobility',
  numerique: 'digital',
  preparer_sa_candidature: 'employment',
  s_ouvrir_a_l_international: 'other',
  sante: 'social_health',
  se_former: 'training',
  trouver_un_emploi: 'employment',
};
export const domainOfTheme = (theme: string): ObjectiveDomain => THEME_DOMAINS[theme] ?? 'other';
