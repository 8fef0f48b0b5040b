import { PERMISSIONS } from '../../shared/permissions.js';
import type { Role } from '../../shared/roles.js';
import type { Messages } from '../i18n/index.js';

export type AreaId = keyof Messages['areas'];
/** Areas whose capability is not built yet: they show what they will do rather than a blank page. */
export type UpcomingAreaId = keyof Messages['upcoming']['details'];

export interface Area {
  id: AreaId;
  path: string;
  roles: readonly Role[];
  upcoming: boolean;
}

const ALL: readonly Role[] = ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'];

/** Order matters: it is the order of the navigation bar and of the home page cards. */
export const AREAS: readonly Area[] = [
  { id: 'home', path: '/', roles: ALL, upcoming: false },
  { id: 'organisation', path: '/organisation', roles: ['dept_admin'], upcoming: false },
  { id: 'users', path: '/utilisateurs', roles: ['dept_admin'], upcoming: false },
  { id: 'settings', path: '/parametres', roles: ['dept_admin'], upcoming: false },
  { id: 'reference', path: '/referentiels', roles: ['dept_admin'], upcoming: false },
  { id: 'beneficiaries', path: '/beneficiaires', roles: ['dept_officer', 'dept_admin'], upcoming: false },
  { id: 'orientations', path: '/orientations', roles: ['dept_officer'], upcoming: false },
  { id: 'contractValidation', path: '/validation-contrats', roles: ['dept_officer'], upcoming: false },
  { id: 'imports', path: '/imports', roles: ['dept_officer', 'dept_admin'], upcoming: false },
  { id: 'dashboards', path: '/tableaux-de-bord', roles: ['dept_officer'], upcoming: true },
  { id: 'queue', path: '/file-attente', roles: ['pip_manager'], upcoming: false },
  { id: 'caseloads', path: '/portefeuilles', roles: ['pip_manager'], upcoming: false },
  { id: 'referents', path: '/referents', roles: ['pip_manager'], upcoming: false },
  { id: 'pipDashboard', path: '/tableau-de-bord', roles: ['pip_manager'], upcoming: true },
  { id: 'portfolio', path: '/portefeuille', roles: ['referent'], upcoming: false },
  { id: 'contracts', path: '/contrats', roles: ['pip_manager', 'referent'], upcoming: false },
  { id: 'workshops', path: '/ateliers', roles: ['pip_manager', 'referent'], upcoming: false },
  { id: 'agenda', path: '/agenda', roles: PERMISSIONS['agenda:read'], upcoming: false },
  { id: 'regularity', path: '/regularite', roles: PERMISSIONS['regularity:read'], upcoming: false },
  { id: 'outbox', path: '/messages', roles: PERMISSIONS['message:read'], upcoming: false },
  { id: 'aids', path: '/aides', roles: PERMISSIONS['aid:read'], upcoming: false },
  { id: 'aidBudget', path: '/budget-aides', roles: PERMISSIONS['aid:budget'], upcoming: false },
  { id: 'aidCatalogue', path: '/catalogue-aides', roles: PERMISSIONS['aid:catalogue'], upcoming: false },
  { id: 'breaches', path: '/manquements', roles: ['dept_officer', 'dept_admin', 'pip_manager', 'referent'], upcoming: false },
  { id: 'teamSessions', path: '/equipe-pluridisciplinaire', roles: PERMISSIONS['team:read'], upcoming: false },
  { id: 'audit', path: '/journal', roles: ['dept_admin', 'auditor'], upcoming: false },
];

export const areasFor = (role: Role): Area[] => AREAS.filter((a) => a.roles.includes(role));

export function areaById(id: AreaId): Area {
  const area = AREAS.find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}

export const canAccess = (role: Role, id: AreaId): boolean => areaById(id).roles.includes(role);

/** The person's file is not an area of its own: every role that works with people reads it. */
export const FILE_ROLES: readonly Role[] = ['dept_admin', 'dept_officer', 'pip_manager', 'referent'];
export const filePath = (id: string): string => `/beneficiaires/${id}`;

/** A contract has its own page, read by every role that reads contracts (the auditor too). */
export const CONTRACT_ROLES: readonly Role[] = PERMISSIONS['contract:read'];
export const contractPath = (id: string): string => `/contrats/${id}`;
/** A workshop session's page, under the « Ateliers » area. */
export const workshopPath = (id: string): string => `/ateliers/${id}`;
/** An aid request's page, under the « Aides » area. */
export const aidPath = (id: string): string => `/aides/${id}`;
/** A breach report's page, under the « Manquements » area. */
export const breachPath = (id: string): string => `/manquements/${id}`;
/** A session of the équipe pluridisciplinaire. */
export const teamSessionPath = (id: string): string => `/equipe-pluridisciplinaire/${id}`;
export const contractEditPath = (id: string): string => `/contrats/${id}/modifier`;

/** Where "back to the list" leads from a person's file when the person did not come from a list. */
export function homeListOf(role: Role): string {
  const lists: readonly AreaId[] = ['portfolio', 'queue', 'beneficiaries'];
  return AREAS.find((a) => a.roles.includes(role) && lists.includes(a.id))?.path ?? '/';
}

/** Sub-pages of Organisation, each its own URL so they can be bookmarked and shared. */
export const ORGANISATION_SECTIONS = [
  { id: 'territories', path: '/organisation/territoires' },
  { id: 'tenders', path: '/organisation/marches' },
  { id: 'providers', path: '/organisation/pip' },
] as const;
