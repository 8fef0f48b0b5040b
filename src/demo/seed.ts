import type { Db } from '../platform/db/engine.js';
import type { BlobStore } from '../platform/files/blobs.js';
import { frenchToday } from '../shared/calendar.js';
import { seedDemo } from '../capabilities/organisations/demo/seed.js';
import { seedDemoPeople } from './people.js';
import { seedDemoContracts } from './contracts.js';
import { seedDemoAids } from './aids.js';
import { seedDemoBreaches } from './compliance.js';
import { seedDemoExits } from './exits.js';
import { seedDemoTeamSessions } from './team-sessions.js';
import { seedDemoAppointments } from './appointments.js';
import { seedReferenceLists } from '../capabilities/reference/data.js';

/**
 * The whole demo of a département: its organisation, then people at every step of the pathway, and their contracts.
 * The documents attached to aid requests go to `blobs`: the store the app will serve them from.
 */
export async function seedDemoDepartment(db: Db, blobs: BlobStore, code = '84', people = 240, today = frenchToday()) {
  const { departmentId } = await seedDemo(db, code);
  await seedReferenceLists(db, departmentId);
  const seed = Number.parseInt(code, 10) || 84;
  await seedDemoPeople(db, departmentId, people, today, seed);
  await seedDemoContracts(db, departmentId, today, seed);
  await seedDemoAids(db, blobs, departmentId, today);
  await seedDemoBreaches(db, departmentId, today);
  await seedDemoExits(db, departmentId, today);
  await seedDemoTeamSessions(db, departmentId, today);
  await seedDemoAppointments(db, departmentId, today);
  return { departmentId };
}
