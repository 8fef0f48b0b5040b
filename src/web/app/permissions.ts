import type { Role } from '../../shared/roles.js';

/**
 * What the screens offer to each role. It mirrors the server's policy (platform/policy) for the
 * actions of the beneficiaries capability, only to hide what a role cannot do: the server
 * enforces the real policy, and a stale line here shows a button that answers "Accès refusé".
 */
const UI_PERMISSIONS = {
  'beneficiary:create': ['dept_admin', 'dept_officer'],
  'beneficiary:update': ['dept_officer', 'pip_manager', 'referent'],
  'orientation:decide': ['dept_officer'],
  'assignment:manage': ['pip_manager'],
  'pathway:manage': ['pip_manager', 'referent'],
  'organisation:read': ['dept_admin', 'dept_officer', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type UiPermission = keyof typeof UI_PERMISSIONS;

export const can = (role: Role, permission: UiPermission): boolean => (UI_PERMISSIONS[permission] as readonly Role[]).includes(role);
