/** The five staff roles. PIP roles belong to one provider; département roles to none. */
export const ROLES = ['dept_admin', 'dept_officer', 'pip_manager', 'referent', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const PROVIDER_ROLES: readonly Role[] = ['pip_manager', 'referent'];
export const isProviderRole = (role: Role): boolean => PROVIDER_ROLES.includes(role);

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
