import type { Role } from '../../../shared/roles.js';

/** One password for every demo account; it passes the password policy. Never use outside a demo. */
export const DEMO_PASSWORD = 'Lavande-Ventoux-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Index into the demo providers for PIP roles. */
  provider?: number;
}

/** One account per role, listed by the README and printed at start-up. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@vaucluse.example', displayName: 'Claire Martin', role: 'dept_admin' },
  { email: 'insertion@vaucluse.example', displayName: 'Karim Benali', role: 'dept_officer' },
  { email: 'coordination@pip-avignon.example', displayName: 'Sophie Roux', role: 'pip_manager', provider: 0 },
  { email: 'referente@pip-avignon.example', displayName: 'Julie Fabre', role: 'referent', provider: 0 },
  { email: 'controle@vaucluse.example', displayName: 'Marc Olivier', role: 'auditor' },
];
