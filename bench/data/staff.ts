// The staff of a département: its officers, and for each PIP its managers and enough referents
// for ≈ 60 accompanied people each (the default targetCaseload setting).
import { randomUUID } from 'node:crypto';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES } from '../../src/demo/names.js';
import { SETTING_DEFAULTS } from '../../src/shared/settings.js';
import { Table } from './copy.js';
import type { Organisation, Rand } from './organisation.js';

export interface Staff {
  officers: string[];
  /** Per provider, in the order of Organisation.providerIds. */
  managers: string[][];
  referents: string[][];
  table: Table;
}

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '-');

export function planStaff(org: Organisation, accompaniedPerProvider: number[], rand: Rand, passwordHash: string): Staff {
  const table = new Table('users', ['id', 'department_id', 'provider_id', 'email', 'display_name', 'role', 'password_hash']);
  // E-mails are unique across the installation: the département code and a counter make them so.
  const domain = `d${org.code.toLowerCase()}.example`;
  let n = 0;
  const add = (role: string, providerId: string | null, email: (name: string) => string) => {
    const first = rand.pick(rand.next() < 0.6 ? FIRST_NAMES_F : FIRST_NAMES_M);
    const last = rand.pick(LAST_NAMES);
    const id = randomUUID();
    table.add([id, org.departmentId, providerId, email(`${slug(first)}.${slug(last)}.${++n}`), `${first} ${last}`, role, passwordHash]);
    return id;
  };
  add('dept_admin', null, () => `admin@${domain}`);
  add('auditor', null, () => `controle@${domain}`);
  const total = accompaniedPerProvider.reduce((a, b) => a + b, 0);
  const officers = Array.from({ length: Math.max(2, Math.ceil(total / 8000)) }, (_, i) => add('dept_officer', null, () => `insertion${i + 1}@${domain}`));
  const managers: string[][] = [];
  const referents: string[][] = [];
  org.providerIds.forEach((providerId, p) => {
    const pip = `pip${p + 1}.${domain}`;
    const count = Math.max(1, Math.round(accompaniedPerProvider[p]! / SETTING_DEFAULTS.targetCaseload));
    referents.push(Array.from({ length: count }, () => add('referent', providerId, (name) => `${name}@${pip}`)));
    managers.push(Array.from({ length: 1 + Math.floor(count / 20) }, (_, i) => add('pip_manager', providerId, () => `coordination${i + 1}@${pip}`)));
  });
  return { officers, managers, referents, table };
}
