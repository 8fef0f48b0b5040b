import type { Role } from './roles.js';

/**
 * The one policy: which role may do which action (`resource:action`). Which *rows* a role reaches
 * is the scoped query builder's job (platform/policy/scope.ts); together they answer every
 * authorisation question. It lives in shared/ so that the web app hides exactly what the server
 * refuses; the server enforces it in the use-case runner.
 */
export const PERMISSIONS = {
  'organisation:read': ['dept_admin', 'dept_officer', 'auditor'],
  'organisation:manage': ['dept_admin'],
  /** The official list of the département's communes: public data every address field needs. */
  'commune:read': ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'],
  'user:read': ['dept_admin', 'pip_manager'],
  'user:manage': ['dept_admin'],
  'settings:read': ['dept_admin', 'dept_officer'],
  'settings:manage': ['dept_admin'],
  'audit:read': ['dept_admin', 'auditor'],
  'beneficiary:read': ['dept_admin', 'dept_officer', 'pip_manager', 'referent'],
  'beneficiary:create': ['dept_admin', 'dept_officer'],
  'beneficiary:update': ['dept_officer', 'pip_manager', 'referent'],
  'beneficiary:import': ['dept_admin', 'dept_officer'],
  'orientation:decide': ['dept_officer'],
  'assignment:manage': ['pip_manager'],
  'pathway:manage': ['pip_manager', 'referent'],
  'contract:read': ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'],
  'contract:edit': ['pip_manager', 'referent'],
  'contract:validate': ['dept_officer'],
  /** Contacts carry free-text summaries: the PIP's, as the person's notes are (CNIL). */
  'contact:read': ['pip_manager', 'referent'],
  'contact:manage': ['pip_manager', 'referent'],
  /** FSE+ justification packs: dated facts and signed scans, no personal notes (DOMAIN.md: the auditor reads proofs). */
  'proof:read': ['dept_officer', 'pip_manager', 'referent', 'auditor'],
  /** A staff member's appointments and workshops; which agendas is the use case's rule (own, or the PIP's team). */
  'agenda:read': ['pip_manager', 'referent'],
  /** Shares of people within the contact rule: counts only, for the PIP and the département. */
  'regularity:read': ['dept_admin', 'dept_officer', 'pip_manager'],
  /** The outbox: reminders' text and recipients, the PIP's like the contacts they remind of. */
  'message:read': ['pip_manager', 'referent'],
  'workshop:read': ['pip_manager', 'referent'],
  'workshop:manage': ['pip_manager', 'referent'],
  /**
   * Individual financial aid (DOMAIN.md step 7): the PIP prepares, the département decides and
   * pays within its budget; the auditor reads for financial control. The catalogue and envelopes
   * are the administrator's.
   */
  'aid:read': ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'],
  'aid:request': ['pip_manager', 'referent'],
  'aid:decide': ['dept_officer'],
  'aid:budget': ['dept_admin', 'dept_officer', 'auditor'],
  'aid:catalogue': ['dept_admin'],
  /**
   * Breach reports (signalements de manquement) and the département's review: the person's PIP
   * and the département's officers and administrators only — never the auditor, never another
   * PIP (inScope). The PIP reports and its manager approves; sanctions are the officer's alone.
   */
  'breach:read': ['dept_admin', 'dept_officer', 'pip_manager', 'referent'],
  'breach:report': ['pip_manager', 'referent'],
  'breach:approve': ['pip_manager'],
  'breach:review': ['dept_officer'],
  /** Counts only (reports by age and status, decisions by type and territory): the département's. */
  'breach:dashboard': ['dept_admin', 'dept_officer'],
  /**
   * Sessions of the équipe pluridisciplinaire are the département's: read by those who read its
   * breach reports (never the auditor, never a PIP), prepared and recorded by the officer.
   */
  'team:read': ['dept_admin', 'dept_officer'],
  'team:manage': ['dept_officer'],
  /** The situation at exit and the final evaluation are the PIP's (the FSE+ result). */
  'exit:record': ['pip_manager', 'referent'],
  'reference:read': ['dept_admin', 'dept_officer', 'pip_manager', 'referent'],
  'reference:manage': ['dept_admin'],
  'session:own': ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);
