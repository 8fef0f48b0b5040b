import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/capabilities/organisations/demo/accounts.js';
import type { Role } from '../../src/shared/roles.js';
import { frenchToday } from '../../src/shared/calendar.js';

/** The second tenant every isolation test logs in from (Drôme). */
export const FOREIGN_DEPARTMENT_CODE = '26';

export const demoEmail = (role: Role): string => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
/** The same role's account in the foreign département (see seedDemo). */
export const foreignEmail = (role: Role): string =>
  demoEmail(role).replace('vaucluse', `dept${FOREIGN_DEPARTMENT_CODE}`).replace('pip-', `pip${FOREIGN_DEPARTMENT_CODE}-`);
/** A PIP manager of the same département but another provider. */
export const OTHER_PIP_MANAGER = 'coordination@pip-1.example';
export const OTHER_PIP_REFERENT = 'emilie.blanc@pip-1.example';

export { DEMO_PASSWORD };

/** Tests seed their people relative to the real today, like the demo: alerts are then live. */
export const SEED_DAY = frenchToday();
