import type { Role } from '../../shared/roles.js';
import type { Profile } from '../../shared/contracts/beneficiaries.js';

/** Health data is the referent's PIP's and the person's only (CNIL: health data). */
export const seesHealth = (role: Role): boolean => role === 'referent' || role === 'pip_manager';

export const visibleProfile = (profile: Profile, role: Role): Profile =>
  seesHealth(role) ? profile : { ...profile, healthConstraint: null };
