import type { Role } from '../../src/shared/roles.js';
import { frenchToday } from '../../src/shared/calendar.js';
import { aidRequest, PDF } from '../support/aids.js';

/** Ids of Vaucluse resources the matrix aims at; the foreign tenant must never reach them. */
export interface Targets {
  territoryId: string;
  providerId: string;
  tenderId: string;
  lotId: string;
  userId: string;
  /** Active, in the demo referent's caseload (PIP Tremplin Emploi Avignon). */
  beneficiaryId: string;
  /** Waiting for a first contact, same referent. */
  waitingId: string;
  /** Active, same referent: the exit route ends this one. */
  endingId: string;
  /** Ended, same referent, its situation at exit recorded on the day of the exit (exitedOn) and not closed yet. */
  exitedId: string;
  exitedOn: string;
  /** Awaiting a référent at the demo PIP. */
  awaitingId: string;
  /** Another one awaiting at the demo PIP: the send-back route returns it. */
  sendBackId: string;
  /** Not oriented yet. */
  toOrientId: string;
  /** An active referent of the demo PIP. */
  referentId: string;
  /** A situation of the Vaucluse reference list. */
  referenceItemId: string;
  /** A dry-run import of the Vaucluse officer. */
  importId: string;
  /** A contract in force of the demo referent's people. */
  contractId: string;
  /** A draft ready to sign, same referent. */
  draftContractId: string;
  /** A contract submitted to the département, same referent. */
  submittedContractId: string;
  /** An appointment planned yesterday with the demo referent's active person. */
  appointmentId: string;
  /** An appointment planned for tomorrow, same person: it has a convocation. */
  upcomingAppointmentId: string;
  /** A workshop of the demo PIP that began yesterday, and the registration of that person to it. */
  workshopId: string;
  registrationId: string;
  /** Breach reports on the demo referent's active person: one awaiting the PIP manager, one sent with a piece of evidence. */
  pendingReportId: string;
  sentReportId: string;
  evidenceId: string;
  /** The first notification of the sent report: a step with a letter. */
  letterStepId: string;
  /** The private calendar feed of another referent of the demo PIP (one no matrix role rotates). */
  calendarPath: string;
  /** Aid requests of the demo referent's people: a draft with its estimate, one to withdraw, one submitted, one refused. */
  aidPersonId: string;
  aidObjectiveId: string;
  aidDraftId: string;
  aidDocumentId: string;
  aidWithdrawId: string;
  aidSubmittedId: string;
  aidDecidedId: string;
  /** An EP session of the report's territory held today, the report (referred to the EP) and its case on the agenda. */
  teamSessionId: string;
  teamReportId: string;
  teamCaseId: string;
  /** The case's file summary as prefilled: the correction says what it starts from. */
  teamCaseSummary: string;
  teamTerritoryId: string;
}

export interface RouteCase {
  /** Who may call it: the roles, or 'public'. Everyone else gets 401 (anonymous) or 403. */
  allowed: readonly Role[] | 'public';
  path(t: Targets): string;
  body?(t: Targets, n: number): unknown;
  /** The path names one Vaucluse resource: a foreign tenant with the right role gets 404. */
  targetsResource?: boolean;
  /** Needs a session of its own (logout ends it). */
  freshSession?: boolean;
  /** What an allowed caller gets: 2xx by default. */
  allowedStatus?: number;
  /**
   * The first allowed caller changes the resource's state, so the next ones may get 409: the
   * policy let them through, the pathway refused the step.
   */
  stateful?: boolean;
  /** Answers 200 with NDJSON whatever happens: refusals arrive as an `error` line. */
  streamed?: boolean;
}

const ALL: Role[] = ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'];
const ORG_READ: Role[] = ['dept_admin', 'dept_officer', 'auditor'];
const ADMIN: Role[] = ['dept_admin'];
const PEOPLE_READ: Role[] = ['dept_admin', 'dept_officer', 'pip_manager', 'referent'];
const CONTRACT_READ: Role[] = ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'];
const CONTRACT_EDIT: Role[] = ['pip_manager', 'referent'];
const CONTRACT_VALIDATE: Role[] = ['dept_officer'];
const CONTACTS: Role[] = ['pip_manager', 'referent'];
const BREACH_READ: Role[] = ['dept_admin', 'dept_officer', 'pip_manager', 'referent'];
const BREACH_REPORT: Role[] = ['pip_manager', 'referent'];
const TEAM_READ: Role[] = ['dept_admin', 'dept_officer'];
const TEAM_MANAGE: Role[] = ['dept_officer'];

/** A complete contract content: what the editor sends when saving a draft ready to sign. */
export const contractContent = () => ({
  startsOn: today(),
  durationMonths: 6,
  targetJobs: [{ romeCode: 'D1102', label: 'Boulanger / Boulangère' }],
  zone: 'Avignon et alentours',
  expectedSalary: 'SMIC',
  contractTypeSought: 'CDI',
  personCommitments: 'Trois candidatures par semaine, présence aux rendez-vous.',
  organisationCommitments: 'Un rendez-vous par mois, ateliers CV, aide à la mobilité.',
  weeklyPlan: { hours: { applications: 6, workshops: 4, training: 5 }, reduction: null },
  objectives: [{ term: 'short', domain: 'employment', wording: 'Mettre à jour son CV', deadline: today(), consentOn: today(), actions: [] }],
});
const PATHWAY: Role[] = ['pip_manager', 'referent'];
const today = () => frenchToday();

const AID_READ: Role[] = ALL;
const AID_BUDGET: Role[] = ['dept_admin', 'dept_officer', 'auditor'];
const AID_DECIDE: Role[] = ['dept_officer'];
const thisYear = () => Number(today().slice(0, 4));
const aidBody = (t: Targets) => aidRequest({ beneficiaryId: t.aidPersonId, objectiveId: t.aidObjectiveId }, { aidType: 'transport', requestedCents: 1_000, payee: 'person', supplierName: null });

/**
 * Every API route, as `METHOD /url`. The matrix test fails when a route exists that is not here
 * (a new route must state who may call it) or when a route here no longer exists.
 */
export const ROUTE_MATRIX: Record<string, RouteCase> = {
  'GET /api/health': { allowed: 'public', path: () => '/api/health' },
  'GET /api/openapi.json': { allowed: 'public', path: () => '/api/openapi.json' },
  'GET /api/branding': { allowed: 'public', path: () => '/api/branding' },
  'GET /api/branding/logo.svg': { allowed: 'public', path: () => '/api/branding/logo.svg' },
  'POST /api/auth/login': { allowed: 'public', path: () => '/api/auth/login', body: () => ({}), allowedStatus: 400 },
  'POST /api/auth/logout': { allowed: ALL, path: () => '/api/auth/logout', freshSession: true },
  'GET /api/session': { allowed: ALL, path: () => '/api/session' },
  'PUT /api/session/locale': { allowed: ALL, path: () => '/api/session/locale', body: () => ({ locale: 'fr' }) },

  'GET /api/communes': { allowed: ALL, path: () => '/api/communes' },
  'GET /api/territories': { allowed: ORG_READ, path: () => '/api/territories' },
  'POST /api/territories': { allowed: ADMIN, path: () => '/api/territories', body: (_t, n) => ({ name: `Territoire matrice ${n}` }) },
  'PUT /api/territories/:id': {
    allowed: ADMIN, targetsResource: true, path: (t) => `/api/territories/${t.territoryId}`, body: () => ({ name: 'Grand Avignon', communeCodes: ['84007'] }),
  },
  'GET /api/providers': { allowed: ORG_READ, path: () => '/api/providers' },
  'POST /api/providers': { allowed: ADMIN, path: () => '/api/providers', body: (_t, n) => ({ name: `PIP matrice ${n}` }) },
  'PUT /api/providers/:id': {
    allowed: ADMIN, targetsResource: true, path: (t) => `/api/providers/${t.providerId}`, body: () => ({ name: 'PIP Tremplin Emploi Avignon', siret: '81234567800017' }),
  },
  'POST /api/providers/:id/sites': {
    allowed: ADMIN, targetsResource: true, path: (t) => `/api/providers/${t.providerId}/sites`, body: (_t, n) => ({ name: `Site ${n}`, address: '1 place de l’Horloge, 84000 Avignon' }),
  },
  'GET /api/tenders': { allowed: ORG_READ, path: () => '/api/tenders' },
  'POST /api/tenders': {
    allowed: ADMIN, path: () => '/api/tenders', body: (_t, n) => ({ reference: `M-${n}`, title: 'Marché matrice', startsOn: '2026-01-01', endsOn: '2027-12-31' }),
  },
  'POST /api/tenders/:id/lots': {
    allowed: ADMIN, targetsResource: true, path: (t) => `/api/tenders/${t.tenderId}/lots`,
    body: (t, n) => ({ number: 100 + n, label: `Lot ${n}`, territoryId: t.territoryId, capacity: 10, startsOn: '2026-01-01', endsOn: '2026-12-31' }),
  },
  'PUT /api/lots/:id': {
    allowed: ADMIN, targetsResource: true, path: (t) => `/api/lots/${t.lotId}`,
    body: (t) => ({ number: 1, label: 'Lot 1', territoryId: t.territoryId, capacity: 900, startsOn: '2025-01-01', endsOn: '2028-12-31', pricePerBeneficiaryMonth: 95 }),
  },
  'GET /api/users': { allowed: ['dept_admin', 'pip_manager'], path: () => '/api/users' },
  'POST /api/users': {
    allowed: ADMIN, path: () => '/api/users', body: (_t, n) => ({ email: `matrice${n}@vaucluse.example`, displayName: `Agent ${n}`, role: 'dept_officer', password: 'Sorgue-Fontaine-Isle-84' }),
  },
  'PATCH /api/users/:id': { allowed: ADMIN, targetsResource: true, path: (t) => `/api/users/${t.userId}`, body: () => ({ displayName: 'Julie Fabre' }) },
  'GET /api/settings': { allowed: ['dept_admin', 'dept_officer'], path: () => '/api/settings' },
  'PATCH /api/settings': { allowed: ADMIN, path: () => '/api/settings', body: () => ({ targetCaseload: 60 }) },
  'GET /api/lots/:id/settings': { allowed: ['dept_admin', 'dept_officer'], targetsResource: true, path: (t) => `/api/lots/${t.lotId}/settings` },
  'PATCH /api/lots/:id/settings': { allowed: ADMIN, targetsResource: true, path: (t) => `/api/lots/${t.lotId}/settings`, body: () => ({ targetCaseload: 55 }) },
  'GET /api/beneficiaries': { allowed: PEOPLE_READ, path: () => '/api/beneficiaries?pageSize=5' },
  'GET /api/beneficiaries/export': { allowed: PEOPLE_READ, path: () => '/api/beneficiaries/export?format=csv&status=active' },
  'POST /api/beneficiaries': {
    allowed: ['dept_admin', 'dept_officer'], path: () => '/api/beneficiaries',
    body: (_t, n) => ({ lastName: 'Matrice', firstNames: `Personne ${n}`, birthDate: '1990-01-01', cafNumber: String(9_000_000 + n) }),
  },
  'GET /api/beneficiaries/:id': { allowed: PEOPLE_READ, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}` },
  'PATCH /api/beneficiaries/:id': {
    allowed: ['dept_officer', 'pip_manager', 'referent'], targetsResource: true, stateful: true,
    path: (t) => `/api/beneficiaries/${t.beneficiaryId}`, body: () => ({ version: 1, identity: { email: null } }),
  },
  'POST /api/beneficiaries/:id/first-contact': {
    allowed: PATHWAY, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.waitingId}/first-contact`, body: () => ({ on: today() }),
  },
  'POST /api/beneficiaries/:id/suspend': {
    allowed: PATHWAY, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/suspend`, body: () => ({ on: today(), reason: 'Hospitalisation' }),
  },
  'POST /api/beneficiaries/:id/resume': {
    allowed: PATHWAY, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/resume`, body: () => ({ on: today() }),
  },
  'GET /api/beneficiaries/:id/exit-reasons': { allowed: PATHWAY, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/exit-reasons` },
  'POST /api/beneficiaries/:id/end': {
    allowed: PATHWAY, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.endingId}/end`,
    body: () => ({ on: today(), reasonCode: 'cdi' }),
  },
  'GET /api/beneficiaries/:id/exit': { allowed: PEOPLE_READ, targetsResource: true, path: (t) => `/api/beneficiaries/${t.exitedId}/exit` },
  'PUT /api/beneficiaries/:id/exit/situation': {
    allowed: PATHWAY, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.exitedId}/exit/situation`,
    body: (t) => ({ situation: 'job_searching', situationOn: t.exitedOn }),
  },
  'POST /api/beneficiaries/:id/exit/evaluation': {
    allowed: PATHWAY, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.exitedId}/exit/evaluation`,
    body: () => ({ evaluation: 'Parcours mené à son terme.', on: today() }),
  },
  'GET /api/beneficiaries/:id/orientation-proposal': {
    allowed: ['dept_officer'], targetsResource: true, path: (t) => `/api/beneficiaries/${t.toOrientId}/orientation-proposal`,
  },
  'POST /api/orientations': {
    allowed: ['dept_officer'], targetsResource: true, stateful: true, path: () => '/api/orientations',
    body: (t) => ({ beneficiaryIds: [t.toOrientId], kind: 'social', decidedOn: today(), reason: 'Besoin d’un accompagnement social' }),
  },
  'PUT /api/beneficiaries/:id/referent': {
    allowed: ['pip_manager'], targetsResource: true, path: (t) => `/api/beneficiaries/${t.awaitingId}/referent`, body: (t) => ({ referentId: t.referentId }),
  },
  'POST /api/beneficiaries/:id/send-back': {
    allowed: ['pip_manager'], targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.sendBackId}/send-back`,
    body: () => ({ reason: 'Relève d’un accompagnement social' }),
  },
  'POST /api/imports': { allowed: ['dept_admin', 'dept_officer'], path: () => '/api/imports?fileName=vide.csv', allowedStatus: 400 },
  'POST /api/imports/:id/apply': {
    allowed: ['dept_admin', 'dept_officer'], targetsResource: true, stateful: true, path: (t) => `/api/imports/${t.importId}/apply`,
  },
  'POST /api/imports/:id/apply-stream': {
    allowed: ['dept_admin', 'dept_officer'], path: (t) => `/api/imports/${t.importId}/apply-stream`, streamed: true,
  },
  'GET /api/imports': { allowed: ['dept_admin', 'dept_officer'], path: () => '/api/imports' },
  'GET /api/reference/rome': { allowed: PEOPLE_READ, path: () => '/api/reference/rome?q=cuisinier' },
  'GET /api/reference/lists/:list': { allowed: PEOPLE_READ, path: () => '/api/reference/lists/situations' },
  'POST /api/reference/lists/:list': { allowed: ADMIN, path: () => '/api/reference/lists/situations', body: (_t, n) => ({ theme: 'logement', label: `Situation ${n}` }) },
  'PATCH /api/reference/items/:id': { allowed: ADMIN, targetsResource: true, path: (t) => `/api/reference/items/${t.referenceItemId}`, body: () => ({ active: true }) },
  'GET /api/referents/caseloads': { allowed: ['pip_manager'], path: () => '/api/referents/caseloads' },
  'GET /api/audit': { allowed: ['dept_admin', 'auditor'], path: () => '/api/audit' },
  'GET /api/audit/verify': { allowed: ['dept_admin', 'auditor'], path: () => '/api/audit/verify' },
  'GET /api/beneficiaries/:id/contracts': { allowed: CONTRACT_READ, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/contracts` },
  'GET /api/beneficiaries/:id/contract-defaults': { allowed: CONTRACT_READ, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/contract-defaults` },
  'POST /api/beneficiaries/:id/contracts': {
    allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/beneficiaries/${t.waitingId}/contracts`, body: contractContent,
  },
  'GET /api/contracts': { allowed: CONTRACT_READ, path: () => '/api/contracts?queue=to_validate' },
  'GET /api/contracts/:id': { allowed: CONTRACT_READ, targetsResource: true, path: (t) => `/api/contracts/${t.contractId}` },
  'GET /api/contracts/:id/pdf': { allowed: CONTRACT_READ, targetsResource: true, path: (t) => `/api/contracts/${t.contractId}/pdf` },
  'GET /api/contracts/:id/scan': { allowed: CONTRACT_READ, targetsResource: true, path: (t) => `/api/contracts/${t.contractId}/scan` },
  'PUT /api/contracts/:id': {
    allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.draftContractId}`,
    body: () => ({ ...contractContent(), version: 1 }),
  },
  'PUT /api/contracts/:id/scan': {
    allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.draftContractId}/scan`,
    body: () => Buffer.from('%PDF-1.4\n%scan\n'),
  },
  'POST /api/contracts/:id/sign': {
    allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.draftContractId}/sign`,
    body: () => ({ personSignedOn: today(), referentSignedOn: today(), mode: 'in_person' }),
  },
  'POST /api/contracts/:id/submit': { allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.draftContractId}/submit` },
  'POST /api/contracts/:id/return': {
    allowed: CONTRACT_VALIDATE, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.draftContractId}/return`,
    body: () => ({ comment: 'Préciser les engagements de la structure.' }),
  },
  'POST /api/contracts/:id/validate': { allowed: CONTRACT_VALIDATE, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.submittedContractId}/validate`, body: () => ({ comment: null }) },
  'POST /api/contracts/validate': { allowed: CONTRACT_VALIDATE, targetsResource: true, stateful: true, path: () => '/api/contracts/validate', body: (t) => ({ ids: [t.submittedContractId] }) },
  'POST /api/contracts/:id/follow-up': { allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.contractId}/follow-up`, body: () => ({}) },
  'POST /api/contracts/:id/evaluate': { allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.contractId}/evaluate`, body: () => ({ objectives: [] }) },
  'POST /api/contracts/:id/amend': { allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.contractId}/amend` },
  'POST /api/contracts/:id/renew': { allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.contractId}/renew` },
  'POST /api/contracts/:id/end': { allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.contractId}/end`, body: () => ({ on: today() }) },
  'POST /api/contracts/:id/close': {
    allowed: CONTRACT_EDIT, targetsResource: true, stateful: true, path: (t) => `/api/contracts/${t.contractId}/close`, body: () => ({ reason: 'Déménagement hors du département' }),
  },
  'GET /api/beneficiaries/:id/contacts': { allowed: CONTACTS, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/contacts` },
  'POST /api/beneficiaries/:id/appointments': {
    allowed: CONTACTS, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/appointments`,
    body: () => ({ scheduledAt: `${today()}T14:00:00+01:00`, place: 'site', subject: 'Point mensuel' }),
  },
  'POST /api/beneficiaries/:id/contacts': {
    allowed: CONTACTS, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/contacts`,
    body: () => ({ on: today(), modality: 'phone', subject: 'Appel de suivi' }),
  },
  'GET /api/contacts/:id/convocation': { allowed: CONTACTS, targetsResource: true, path: (t) => `/api/contacts/${t.upcomingAppointmentId}/convocation` },
  'GET /api/messages': { allowed: CONTACTS, path: () => '/api/messages' },
  'POST /api/contacts/:id/outcome': {
    allowed: CONTACTS, targetsResource: true, stateful: true, path: (t) => `/api/contacts/${t.appointmentId}/outcome`, body: () => ({ outcome: 'unexcused_absence' }),
  },
  'GET /api/beneficiaries/:id/proof': {
    allowed: ['dept_officer', 'pip_manager', 'referent', 'auditor'], targetsResource: true,
    path: (t) => `/api/beneficiaries/${t.beneficiaryId}/proof?from=${today()}&to=${today()}`,
  },
  'GET /api/calendar/:departmentId/:token': { allowed: 'public', path: (t) => t.calendarPath },
  'POST /api/calendar-feed': { allowed: CONTACTS, path: () => '/api/calendar-feed' },
  'DELETE /api/calendar-feed': { allowed: CONTACTS, path: () => '/api/calendar-feed' },
  'GET /api/workshops': { allowed: CONTACTS, path: () => '/api/workshops' },
  'POST /api/workshops': { allowed: CONTACTS, path: () => '/api/workshops', body: () => workshopSession(1) },
  'GET /api/workshops/:id': { allowed: CONTACTS, targetsResource: true, path: (t) => `/api/workshops/${t.workshopId}` },
  'POST /api/workshops/:id/registrations': {
    allowed: CONTACTS, targetsResource: true, stateful: true, path: (t) => `/api/workshops/${t.workshopId}/registrations`, body: (t) => ({ beneficiaryId: t.endingId }),
  },
  'POST /api/workshops/:id/attendance': {
    allowed: CONTACTS, targetsResource: true, path: (t) => `/api/workshops/${t.workshopId}/attendance`,
    body: (t) => ({ attendance: [{ registrationId: t.registrationId, attendance: 'absent' }] }),
  },
  'GET /api/workshops/:id/sheet': { allowed: CONTACTS, targetsResource: true, path: (t) => `/api/workshops/${t.workshopId}/sheet` },
  'GET /api/agenda': { allowed: CONTACTS, path: () => `/api/agenda?from=${today()}&to=${today()}` },
  'GET /api/regularity': { allowed: ['dept_admin', 'dept_officer', 'pip_manager'], path: () => '/api/regularity' },
  'PUT /api/workshops/:id/sheet-scan': {
    allowed: CONTACTS, targetsResource: true, path: (t) => `/api/workshops/${t.workshopId}/sheet-scan`, body: () => Buffer.from('%PDF-1.4\n%emargement\n'),
  },
  'GET /api/aids/catalogue': { allowed: AID_READ, path: () => '/api/aids/catalogue' },
  'PUT /api/aids/catalogue': {
    allowed: ADMIN, path: () => '/api/aids/catalogue',
    body: () => ({ year: thisYear() + 1, aidType: 'other', perRequestCents: 50_000, perPersonYearCents: null, lifetimeCents: null, requiredDocuments: ['estimate'], contractRequired: true, payee: 'person' }),
  },
  'GET /api/aids/envelopes': { allowed: AID_BUDGET, path: () => '/api/aids/envelopes' },
  'PUT /api/aids/envelopes': { allowed: ADMIN, path: () => '/api/aids/envelopes', body: () => ({ year: thisYear() + 1, scope: 'total', amountCents: 1_000_000 }) },
  'GET /api/aids/budget': { allowed: AID_BUDGET, path: () => '/api/aids/budget' },
  'GET /api/aids': { allowed: AID_READ, path: () => '/api/aids?status=submitted' },
  'GET /api/aids/export': { allowed: AID_READ, path: () => '/api/aids/export?format=csv' },
  'GET /api/beneficiaries/:id/aids': { allowed: AID_READ, targetsResource: true, path: (t) => `/api/beneficiaries/${t.aidPersonId}/aids` },
  'POST /api/beneficiaries/:id/aids': { allowed: CONTACTS, targetsResource: true, path: (t) => `/api/beneficiaries/${t.aidPersonId}/aids`, body: aidBody },
  'GET /api/aids/:id': { allowed: AID_READ, targetsResource: true, path: (t) => `/api/aids/${t.aidDraftId}` },
  'PUT /api/aids/:id': {
    allowed: CONTACTS, targetsResource: true, stateful: true, path: (t) => `/api/aids/${t.aidDraftId}`, body: (t) => ({ ...aidRequest({ beneficiaryId: t.aidPersonId, objectiveId: t.aidObjectiveId }), version: 1 }),
  },
  'POST /api/aids/:id/documents': {
    allowed: CONTACTS, targetsResource: true, path: (t) => `/api/aids/${t.aidDraftId}/documents?kind=estimate&fileName=devis.pdf`, body: () => PDF,
  },
  'GET /api/aids/:id/documents/:documentId': { allowed: AID_READ, targetsResource: true, path: (t) => `/api/aids/${t.aidDraftId}/documents/${t.aidDocumentId}` },
  'POST /api/aids/:id/submit': { allowed: CONTACTS, targetsResource: true, stateful: true, path: (t) => `/api/aids/${t.aidDraftId}/submit` },
  'POST /api/aids/:id/withdraw': {
    allowed: CONTACTS, targetsResource: true, stateful: true, path: (t) => `/api/aids/${t.aidWithdrawId}/withdraw`, body: () => ({ reason: 'La personne a trouvé une autre solution' }),
  },
  'POST /api/aids/:id/decision': {
    allowed: AID_DECIDE, targetsResource: true, stateful: true, path: (t) => `/api/aids/${t.aidSubmittedId}/decision`, body: () => ({ event: 'review' }),
  },
  'GET /api/aids/:id/letter': { allowed: AID_READ, targetsResource: true, path: (t) => `/api/aids/${t.aidDecidedId}/letter` },
  'GET /api/beneficiaries/:id/breach-reports': { allowed: BREACH_READ, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/breach-reports` },
  'POST /api/beneficiaries/:id/breach-reports': {
    allowed: BREACH_REPORT, targetsResource: true, path: (t) => `/api/beneficiaries/${t.beneficiaryId}/breach-reports`, body: () => breachReport(),
  },
  'GET /api/breach-reports': { allowed: BREACH_READ, path: () => '/api/breach-reports' },
  'GET /api/breach-reports/dashboard': { allowed: ['dept_admin', 'dept_officer'], path: () => '/api/breach-reports/dashboard' },
  'GET /api/breach-reports/:id': { allowed: BREACH_READ, targetsResource: true, path: (t) => `/api/breach-reports/${t.sentReportId}` },
  'PUT /api/breach-reports/:id': {
    allowed: BREACH_REPORT, targetsResource: true, stateful: true, path: (t) => `/api/breach-reports/${t.sentReportId}`, body: () => ({ version: 1, report: breachReport() }),
  },
  'POST /api/breach-reports/:id/approval': {
    allowed: ['pip_manager'], targetsResource: true, stateful: true, path: (t) => `/api/breach-reports/${t.pendingReportId}/approval`, body: () => ({ decision: 'approve' }),
  },
  'POST /api/breach-reports/:id/withdraw': { allowed: BREACH_REPORT, targetsResource: true, stateful: true, path: (t) => `/api/breach-reports/${t.pendingReportId}/withdraw` },
  'POST /api/breach-reports/:id/steps': {
    allowed: ['dept_officer'], targetsResource: true, stateful: true, path: (t) => `/api/breach-reports/${t.sentReportId}/steps`, body: () => ({ event: 'start_review', on: today() }),
  },
  'PUT /api/breach-reports/:id/evidence': {
    allowed: BREACH_REPORT, targetsResource: true, stateful: true, path: (t) => `/api/breach-reports/${t.sentReportId}/evidence`, body: () => Buffer.from('%PDF-1.4\n%piece\n'),
  },
  'GET /api/breach-reports/:id/steps/:stepId/letter': {
    allowed: BREACH_READ, targetsResource: true, path: (t) => `/api/breach-reports/${t.sentReportId}/steps/${t.letterStepId}/letter`,
  },
  'GET /api/breach-reports/:id/evidence/:evidenceId': {
    allowed: BREACH_READ, targetsResource: true, path: (t) => `/api/breach-reports/${t.sentReportId}/evidence/${t.evidenceId}`,
  },
  'GET /api/team-sessions': { allowed: TEAM_READ, path: () => '/api/team-sessions?when=upcoming' },
  'POST /api/team-sessions': { allowed: TEAM_MANAGE, targetsResource: true, path: () => '/api/team-sessions', body: (t) => teamSession(t.teamTerritoryId) },
  'GET /api/team-sessions/:id': { allowed: TEAM_READ, targetsResource: true, path: (t) => `/api/team-sessions/${t.teamSessionId}` },
  'PUT /api/team-sessions/:id': {
    allowed: TEAM_MANAGE, targetsResource: true, stateful: true, path: (t) => `/api/team-sessions/${t.teamSessionId}`,
    body: (t) => ({ version: 1, session: teamSession(t.teamTerritoryId) }),
  },
  'GET /api/team-sessions/:id/candidates': { allowed: TEAM_READ, targetsResource: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/candidates` },
  'POST /api/team-sessions/:id/cases': {
    allowed: TEAM_MANAGE, targetsResource: true, stateful: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/cases`, body: (t) => ({ reportId: t.teamReportId }),
  },
  'PUT /api/team-sessions/:id/cases/:caseId': {
    allowed: TEAM_MANAGE, targetsResource: true, stateful: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/cases/${t.teamCaseId}`,
    body: (t) => ({ summary: 'Résumé revu avant la séance.', previous: t.teamCaseSummary }),
  },
  // Before the removal: once the opinion is given, the case stays on the agenda (409).
  'POST /api/team-sessions/:id/cases/:caseId/opinion': {
    allowed: TEAM_MANAGE, targetsResource: true, stateful: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/cases/${t.teamCaseId}/opinion`,
    body: () => ({ opinion: 'Avis favorable à une suppression partielle.', previous: null }),
  },
  'DELETE /api/team-sessions/:id/cases/:caseId': {
    allowed: TEAM_MANAGE, targetsResource: true, stateful: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/cases/${t.teamCaseId}`,
  },
  'GET /api/team-sessions/:id/cases/:caseId/convocation': {
    allowed: TEAM_READ, targetsResource: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/cases/${t.teamCaseId}/convocation`,
  },
  'GET /api/team-sessions/:id/record': { allowed: TEAM_READ, targetsResource: true, path: (t) => `/api/team-sessions/${t.teamSessionId}/record` },
  'GET /api/breach-reports/:id/team-cases': { allowed: TEAM_READ, targetsResource: true, path: (t) => `/api/breach-reports/${t.teamReportId}/team-cases` },
};

/** A session of the équipe pluridisciplinaire held today in the territory. */
export const teamSession = (territoryId: string) => ({
  territoryId, heldOn: today(), startsAt: '14:00', place: 'Hôtel du Département, salle 3', members: ['Claire Martin — Conseillère départementale', 'Paul Roche - France Travail'],
});

/** A breach report of the simplest kind, its facts dated today. */
export const breachReport = () => ({ kind: 'other', facts: 'Ne donne plus de nouvelles depuis un mois.', factsFrom: today(), factsTo: today() });

/** A workshop session `daysFromNow` days away (negative: already begun), 9:00 to 12:00 in Paris. */
export const workshopSession = (daysFromNow: number, capacity = 12) => {
  const day = new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
  return { theme: 'cv', title: 'Atelier CV', startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T12:00:00+01:00`, place: 'PIP Avignon, salle 2', capacity, facilitator: 'Julie Fabre' };
};
