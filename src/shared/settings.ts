import { z } from 'zod';
import { EXIT_CATEGORIES } from './beneficiaries.js';
import { CONTACT_MODALITIES, type ContactModality } from './contacts.js';
import { MESSAGE_CHANNELS, type MessageChannel } from './messages.js';
import { SANCTION_MEASURES, SANCTION_REGIMES } from './compliance.js';

/**
 * The catalogue of typed settings. Every threshold of DOMAIN.md is a setting a département can
 * change, never a constant in code. Capabilities add their keys here; the web app renders the
 * administrator's form from the same catalogue.
 * `scope: 'lot'` keys may be overridden per tender lot; the département's value is the default.
 */
const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Couleur au format #RRGGBB');

const isoDate = z.iso.date('Date au format AAAA-MM-JJ');

/** One exit reason of a tender: its category and whether the tender counts it as a positive exit. */
export const ExitReason = z.object({
  code: z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'Code : lettres minuscules, chiffres et _'),
  label: z.string().trim().min(2, 'Libellé de 2 caractères au moins').max(120),
  category: z.enum(EXIT_CATEGORIES),
  positive: z.boolean(),
});
export type ExitReason = z.infer<typeof ExitReason>;

const exitReasons = z
  .array(ExitReason)
  .min(1, 'Au moins un motif de sortie')
  .max(40)
  .refine((list) => new Set(list.map((r) => r.code)).size === list.length, 'Deux motifs ont le même code');

/** DOMAIN.md's common reference; each tender may redefine what counts as positive. */
const DEFAULT_EXIT_REASONS: ExitReason[] = [
  { code: 'cdi', label: 'CDI', category: 'sustainable_employment', positive: true },
  { code: 'cdd_6_months_plus', label: 'CDD ou intérim de 6 mois et plus', category: 'sustainable_employment', positive: true },
  { code: 'civil_service', label: 'Emploi dans la fonction publique', category: 'sustainable_employment', positive: true },
  { code: 'business_creation', label: 'Création ou reprise d’entreprise', category: 'sustainable_employment', positive: true },
  { code: 'cdd_short', label: 'CDD ou intérim de moins de 6 mois', category: 'transition_employment', positive: true },
  { code: 'subsidised_contract', label: 'Contrat aidé ou insertion par l’activité économique', category: 'transition_employment', positive: true },
  { code: 'qualifying_training', label: 'Formation qualifiante ou pré-qualifiante', category: 'qualifying_training', positive: true },
  { code: 'reorientation', label: 'Réorientation vers un parcours social', category: 'other', positive: false },
  { code: 'moved_out', label: 'Déménagement hors du département', category: 'other', positive: false },
  { code: 'end_of_rights', label: 'Fin des droits au RSA', category: 'other', positive: false },
  { code: 'sanction', label: 'Sanction', category: 'other', positive: false },
  { code: 'abandonment', label: 'Abandon ou absence sans nouvelles', category: 'other', positive: false },
];

/**
 * One row of the département's sanction table: what the law allows for one measure in one regime.
 * The officer picks a row and chooses a share and a duration within it, with a justification; the
 * product checks the choice against the row and never computes one. A null duration: none applies.
 */
export const SanctionScale = z
  .object({
    code: z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'Code : lettres minuscules, chiffres et _'),
    label: z.string().trim().min(2, 'Libellé de 2 caractères au moins').max(160),
    regime: z.enum(SANCTION_REGIMES),
    measure: z.enum(SANCTION_MEASURES),
    minSharePercent: z.number().int().min(0).max(100),
    maxSharePercent: z.number().int().min(0).max(100),
    /** The cap for a household of more than one person or with the lone-parent increase. */
    maxSharePercentLargerHousehold: z.number().int().min(0).max(100),
    minMonths: z.number().int().min(1).max(24).nullable(),
    maxMonths: z.number().int().min(1).max(24).nullable(),
    /** A suppression needs the équipe pluridisciplinaire's opinion first. */
    needsTeamOpinion: z.boolean(),
  })
  .refine((r) => r.minSharePercent <= r.maxSharePercent, 'Le taux minimal dépasse le taux maximal')
  .refine((r) => (r.minMonths === null) === (r.maxMonths === null) && (r.minMonths ?? 0) <= (r.maxMonths ?? 0), 'Durées minimale et maximale incohérentes');
export type SanctionScale = z.infer<typeof SanctionScale>;

const sanctionScales = z
  .array(SanctionScale)
  .min(1, 'Au moins une ligne')
  .max(40)
  .refine((list) => new Set(list.map((r) => r.code)).size === list.length, 'Deux lignes ont le même code');

/**
 * DOMAIN.md's figures for suspension-remobilisation (since 1 June 2025): a suspension of at least
 * 30 % for 1 to 2 months, then 1 to 4 months, capped at 50 % for a household of more than one
 * person or with the lone-parent increase; a suppression after the équipe pluridisciplinaire's
 * opinion. DOMAIN.md gives no figure for the former regime: its rows are wide bounds (the 50 %
 * cap and 4 months) the département narrows to its own rules.
 */
const DEFAULT_SANCTION_SCALES: SanctionScale[] = [
  { code: 'sr_first_suspension', label: 'Suspension-remobilisation : première suspension', regime: 'suspension_remobilisation', measure: 'suspension', minSharePercent: 30, maxSharePercent: 100, maxSharePercentLargerHousehold: 50, minMonths: 1, maxMonths: 2, needsTeamOpinion: false },
  { code: 'sr_further_suspension', label: 'Suspension-remobilisation : suspension suivante', regime: 'suspension_remobilisation', measure: 'suspension', minSharePercent: 30, maxSharePercent: 100, maxSharePercentLargerHousehold: 50, minMonths: 1, maxMonths: 4, needsTeamOpinion: false },
  { code: 'sr_suppression', label: 'Suspension-remobilisation : suppression après avis de l’équipe pluridisciplinaire', regime: 'suspension_remobilisation', measure: 'suppression', minSharePercent: 1, maxSharePercent: 100, maxSharePercentLargerHousehold: 50, minMonths: null, maxMonths: null, needsTeamOpinion: true },
  { code: 'legacy_reduction', label: 'Régime antérieur au 1er juin 2025 : réduction', regime: 'before_2025_06', measure: 'reduction', minSharePercent: 1, maxSharePercent: 100, maxSharePercentLargerHousehold: 50, minMonths: 1, maxMonths: 4, needsTeamOpinion: true },
  { code: 'legacy_suspension', label: 'Régime antérieur au 1er juin 2025 : suspension', regime: 'before_2025_06', measure: 'suspension', minSharePercent: 100, maxSharePercent: 100, maxSharePercentLargerHousehold: 100, minMonths: 1, maxMonths: 4, needsTeamOpinion: true },
];

export const SETTINGS = {
  brandName: { section: 'branding', scope: 'department', schema: z.string().trim().min(1).max(80), default: 'Parcours' },
  primaryColor: { section: 'branding', scope: 'department', schema: hex, default: '#1f4e79' },
  primaryContrastColor: { section: 'branding', scope: 'department', schema: hex, default: '#ffffff' },
  accentColor: { section: 'branding', scope: 'department', schema: hex, default: '#b3541e' },
  /** An SVG document; null shows a plain mark made of the département's code. */
  logoSvg: {
    section: 'branding',
    scope: 'department',
    schema: z.string().max(100_000).regex(/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/, 'Le logo doit être un document SVG').nullable(),
    default: null as string | null,
  },
  sessionIdleMinutes: { section: 'security', scope: 'department', schema: z.number().int().min(5).max(240), default: 30 },
  sessionAbsoluteHours: { section: 'security', scope: 'department', schema: z.number().int().min(1).max(24), default: 12 },
  orientationDeadlineWeeks: { section: 'deadlines', scope: 'department', schema: z.number().int().min(1).max(26), default: 6 },
  contractAfterOrientationMonths: { section: 'deadlines', scope: 'lot', schema: z.number().int().min(1).max(6), default: 1 },
  firstContactDays: { section: 'deadlines', scope: 'lot', schema: z.number().int().min(1).max(90), default: 15 },
  contactMaxGapDays: { section: 'deadlines', scope: 'lot', schema: z.number().int().min(1).max(180), default: 30 },
  faceToFaceMaxGapDays: { section: 'deadlines', scope: 'lot', schema: z.number().int().min(7).max(365), default: 90 },
  /** The modalities that count towards the contact rule; a written message commonly does not. */
  countedModalities: {
    section: 'deadlines',
    scope: 'lot',
    schema: z.array(z.enum(CONTACT_MODALITIES)).min(1, 'Au moins une modalité').refine((m) => new Set(m).size === m.length, 'Modalités en double'),
    default: ['face_to_face', 'collective', 'phone', 'video'] as ContactModality[],
  },
  evaluationMissingDays: { section: 'deadlines', scope: 'lot', schema: z.number().int().min(1).max(90), default: 15 },
  contractEndingWarningDays: { section: 'deadlines', scope: 'lot', schema: z.number().int().min(1).max(120), default: 30 },
  ceStartDate: { section: 'contracts', scope: 'department', schema: isoDate, default: '2025-01-01' },
  ceConversionDeadline: { section: 'contracts', scope: 'department', schema: isoDate, default: '2027-01-01' },
  ceMinWeeklyHours: { section: 'contracts', scope: 'department', schema: z.number().min(0).max(35), default: 15 },
  fseFundingMention: { section: 'contracts', scope: 'department', schema: z.boolean(), default: true },
  contractDurationsMonths: {
    section: 'contracts',
    scope: 'department',
    schema: z.array(z.number().int().min(1).max(36)).min(1).max(12).refine((d) => new Set(d).size === d.length, 'Durées en double'),
    default: [3, 6, 9, 12] as number[],
  },
  /** How long before an appointment its reminder leaves (rappel de rendez-vous). */
  reminderDelayHours: { section: 'reminders', scope: 'lot', schema: z.number().int().min(1).max(336), default: 48 },
  /** The channels reminders go through, when the person has that address; none: no reminders. */
  reminderChannels: {
    section: 'reminders',
    scope: 'lot',
    schema: z.array(z.enum(MESSAGE_CHANNELS)).refine((c) => new Set(c).size === c.length, 'Canaux en double'),
    default: ['email', 'sms'] as MessageChannel[],
  },
  exitReasons: { section: 'exits', scope: 'lot', schema: exitReasons, default: DEFAULT_EXIT_REASONS },
  /** The PIP manager approves a breach report before it reaches the département; false sends it at once. */
  breachApprovalRequired: { section: 'sanctions', scope: 'lot', schema: z.boolean(), default: true },
  sanctionScales: { section: 'sanctions', scope: 'department', schema: sanctionScales, default: DEFAULT_SANCTION_SCALES },
  targetCaseload: { section: 'caseload', scope: 'lot', schema: z.number().int().min(1).max(500), default: 60 },
  auditLogRetentionMonths: { section: 'data', scope: 'department', schema: z.number().int().min(6).max(12), default: 12 },
  activeDataRetentionYears: { section: 'data', scope: 'department', schema: z.number().int().min(1).max(10), default: 2 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingKey]: z.infer<(typeof SETTINGS)[K]['schema']> };
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
export const LOT_SETTING_KEYS = SETTING_KEYS.filter((k) => SETTINGS[k].scope === 'lot');

export const SETTING_DEFAULTS = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].default])) as SettingValues;

/** A partial update: each key validated by its own schema. */
export const SettingsPatch = z
  .object(Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].schema.optional()])) as {
    [K in SettingKey]: z.ZodOptional<(typeof SETTINGS)[K]['schema']>;
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const LotSettingsPatch = SettingsPatch.pick(
  Object.fromEntries(LOT_SETTING_KEYS.map((k) => [k, true])) as Record<(typeof LOT_SETTING_KEYS)[number], true>,
);

export const SettingsView = z.object({ values: z.record(z.string(), z.unknown()), overridden: z.array(z.string()) });
