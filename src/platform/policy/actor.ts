import type { Role } from '../../shared/roles.js';

/** The authenticated user a request acts for, as the policy and the scoped queries see them. */
export interface Actor {
  userId: string;
  role: Role;
  departmentId: string;
  /** Set for PIP roles (pip_manager, referent): the provider they work for. */
  providerId: string | null;
  ip: string | null;
}
