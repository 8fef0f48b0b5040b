/**
 * Reference values of obligations and sanctions (DOMAIN.md step 8, « Sanctions are the
 * département's »), checked by the database and shared with the UI. The PIP reports a breach
 * (signalement de manquement); the département reviews it and decides. The product records and
 * dates each step: it never computes a sanction, nor touches the RSA itself.
 */

/** What the referent reports. */
export const BREACH_KINDS = ['contract_refusal', 'obligations_not_met', 'unexcused_absences', 'other'] as const;
export type BreachKind = (typeof BREACH_KINDS)[number];

/**
 * The report on the PIP's side: waiting for the PIP manager's approval (unless the setting skips
 * it), sent back to the referent for changes, withdrawn, or sent to the département.
 */
export const REPORT_STATUSES = ['awaiting_approval', 'returned', 'withdrawn', 'sent'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * The département's review of a sent report. `closed` is « classé sans suite » (a legitimate
 * reason was found before any notification); the others follow the first notification of breach.
 */
export const REVIEW_STATUSES = [
  'received',
  'under_review',
  'closed',
  'notified',
  'observations_recorded',
  'no_action',
  'suspended',
  'suspension_ended',
  'referred_to_ep',
  'suppressed',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** How the person's observations reached the département; `none` when none came within the delay. */
export const OBSERVATION_MODES = ['written', 'oral', 'none'] as const;
export type ObservationMode = (typeof OBSERVATION_MODES)[number];

/** The two legal regimes of sanctions: before 1 June 2025, and suspension-remobilisation since. */
export const SANCTION_REGIMES = ['before_2025_06', 'suspension_remobilisation'] as const;
export type SanctionRegime = (typeof SANCTION_REGIMES)[number];

/** What a row of the sanction table allows the officer to decide. */
export const SANCTION_MEASURES = ['reduction', 'suspension', 'suppression'] as const;
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number];
