import { z } from 'zod';
import { AID_DOCUMENT_KINDS, AID_PAYEES, AID_STATUSES, AID_TYPES, ENVELOPE_SCOPES } from '../aids.js';
import { IsoDate } from './common.js';

/** Requests and responses of the individual financial aid capability. Money is integer cents. */

const Cents = z.number().int().min(0).max(100_000_000_000);
const Year = z.coerce.number().int().min(2020).max(2100);
const text = (max: number) => z.string().trim().max(max);

export const CatalogueEntryInput = z.object({
  year: Year,
  aidType: z.enum(AID_TYPES),
  perRequestCents: Cents.nullable(),
  perPersonYearCents: Cents.nullable(),
  lifetimeCents: Cents.nullable(),
  requiredDocuments: z.array(z.enum(AID_DOCUMENT_KINDS)).max(AID_DOCUMENT_KINDS.length),
  contractRequired: z.boolean(),
  payee: z.enum(AID_PAYEES),
  active: z.boolean().default(true),
});
export const CatalogueEntry = CatalogueEntryInput.extend({ id: z.uuid() });

export const EnvelopeInput = z.object({ year: Year, scope: z.enum(ENVELOPE_SCOPES), amountCents: Cents });
export const EnvelopeView = EnvelopeInput.extend({ id: z.uuid(), consumedCents: z.number().int(), paidCents: z.number().int() });
export const YearQuery = z.object({ year: Year.optional() });

export const AidRequestInput = z.object({
  aidType: z.enum(AID_TYPES),
  requestedCents: z.number().int().min(1, 'Indiquez un montant').max(100_000_000),
  objectiveId: z.uuid().nullable(),
  purpose: text(500).min(3, 'Indiquez l’objet de l’aide'),
  justification: text(4000).min(10, 'Justifiez la demande (10 caractères au moins)'),
  payee: z.enum(AID_PAYEES),
  supplierName: text(200).nullable(),
  /** The person agreed to the request and to sharing its documents with the département. */
  consent: z.boolean(),
});

export const AidDecisionInput = z
  .object({
    event: z.enum(['review', 'grant', 'refuse', 'return', 'pay', 'justify', 'cancel']),
    amountCents: z.number().int().min(1).optional(),
    reason: text(2000).optional(),
    paidOn: IsoDate.optional(),
  })
  .superRefine((d, issue) => {
    const need = (field: 'amountCents' | 'reason' | 'paidOn', message: string) => {
      if (d[field] === undefined || d[field] === '') issue.addIssue({ code: 'custom', path: [field], message });
    };
    if (d.event === 'grant') need('amountCents', 'Indiquez le montant accordé');
    if (['grant', 'refuse', 'return', 'cancel'].includes(d.event)) need('reason', 'Indiquez le motif');
    if (d.event === 'pay') {
      need('amountCents', 'Indiquez le montant payé');
      need('paidOn', 'Indiquez la date du paiement');
    }
  });

export const AidQuery = z.object({
  status: z.enum(AID_STATUSES).optional(),
  aidType: z.enum(AID_TYPES).optional(),
  providerId: z.uuid().optional(),
  year: Year.optional(),
});
export const ExportQuery = AidQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const AidSummary = z.object({
  id: z.uuid(),
  beneficiaryId: z.uuid(),
  personName: z.string(),
  providerName: z.string(),
  aidType: z.enum(AID_TYPES),
  year: z.number().int(),
  status: z.enum(AID_STATUSES),
  requestedCents: z.number().int(),
  grantedCents: z.number().int().nullable(),
  paidCents: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const AidTotals = z.object({ count: z.number().int(), requestedCents: z.number().int(), grantedCents: z.number().int(), paidCents: z.number().int() });
export const AidQueue = z.object({ items: z.array(AidSummary), totals: AidTotals });

export const AidDocumentView = z.object({
  id: z.uuid(), kind: z.enum(AID_DOCUMENT_KINDS), name: z.string(), mediaType: z.string(), size: z.number().int(), uploadedAt: z.string(),
});
export const AidEventView = z.object({
  event: z.string(), toStatus: z.enum(AID_STATUSES), amountCents: z.number().int().nullable(), reason: z.string().nullable(),
  actorName: z.string(), at: z.string(),
});
export const AidDetail = AidSummary.extend({
  objective: z.object({ id: z.uuid(), wording: z.string() }).nullable(),
  purpose: z.string(),
  justification: z.string(),
  payee: z.enum(AID_PAYEES),
  supplierName: z.string().nullable(),
  consentOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  paidOn: z.string().nullable(),
  requiredDocuments: z.array(z.enum(AID_DOCUMENT_KINDS)),
  documents: z.array(AidDocumentView),
  events: z.array(AidEventView),
  allowed: z.array(z.string()),
  version: z.number().int(),
});

/** What the request form needs for a person: each aid type offered, with what is left for them. */
export const AidOption = CatalogueEntry.extend({ remainingCents: z.number().int().nullable(), usedThisYearCents: z.number().int() });
export const PersonAids = z.object({
  requests: z.array(AidSummary),
  options: z.array(AidOption),
  objectives: z.array(z.object({ id: z.uuid(), wording: z.string() })),
  hasBindingContract: z.boolean(),
});

export const BudgetLine = z.object({ key: z.string(), label: z.string(), requests: z.number().int(), grantedCents: z.number().int(), paidCents: z.number().int() });
export const BudgetView = z.object({
  year: z.number().int(),
  envelopes: z.array(EnvelopeView),
  byType: z.array(BudgetLine),
  byTerritory: z.array(BudgetLine),
  byProvider: z.array(BudgetLine),
});
