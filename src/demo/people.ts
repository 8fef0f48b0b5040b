import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/engine.js';
import { addDays, addMonths, type IsoDate } from '../shared/calendar.js';
import type { ExitCategory, PathwayStatus } from '../shared/beneficiaries.js';
import { communes, departments, lots, users } from '../capabilities/organisations/schema.js';
import { readSettings } from '../capabilities/organisations/settings-queries.js';
import { beneficiaries, pathwayEvents } from '../capabilities/beneficiaries/schema.js';
import { computeAlerts } from '../capabilities/beneficiaries/alerts.js';
import { Profile } from '../shared/contracts/beneficiaries.js';
import { assignments, orientations } from '../capabilities/orientation/schema.js';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES } from './names.js';

const notAfter = (day: IsoDate, limit: IsoDate): IsoDate => (day > limit ? limit : day);
/** Mid-morning of that day, or now if that is still to come: the timeline reads newest first. */
const eventTime = (day: IsoDate): Date => new Date(Math.min(Date.parse(`${day}T10:00:00Z`), Date.now()));

/** A small deterministic generator: the demo is the same on every machine. */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const STATUS_MIX: [PathwayStatus, number][] = [
  ['to_orient', 0.14], ['oriented_elsewhere', 0.05], ['awaiting_assignment', 0.08], ['waiting_first_contact', 0.13],
  ['active', 0.48], ['suspended', 0.05], ['ended', 0.07],
];

function pickStatus(r: number): PathwayStatus {
  let acc = 0;
  for (const [status, share] of STATUS_MIX) if ((acc += share) >= r) return status;
  return 'active';
}

/**
 * Demo people of a département, spread over its communes, at every step of the pathway, with
 * the orientation and assignment history their step implies. Dates are relative to today so
 * that some deadlines are late and the alerts show.
 */
export async function seedDemoPeople(db: Db, departmentId: string, count: number, today: IsoDate, seed = 84): Promise<void> {
  const rand = prng(seed);
  await db.transaction(async (tx) => {
    const [dept] = await tx.select().from(departments).where(eq(departments.id, departmentId));
    const places = await tx.select().from(communes).where(and(eq(communes.departmentId, departmentId), sql`${communes.territoryId} is not null`));
    const lotRows = await tx.select().from(lots).where(eq(lots.departmentId, departmentId));
    const staff = await tx.select().from(users).where(eq(users.departmentId, departmentId));
    const officer = staff.find((u) => u.role === 'dept_officer')!;
    const settings = (await readSettings(tx, departmentId)).values;
    for (let i = 0; i < count; i++) {
      const woman = rand.next() < 0.55;
      const place = rand.pick(places);
      const status = pickStatus(rand.next());
      const lot = lotRows.find((l) => l.territoryId === place.territoryId) ?? lotRows[0]!;
      const referents = staff.filter((u) => u.role === 'referent' && u.providerId === lot.providerId);
      const manager = staff.find((u) => u.role === 'pip_manager' && u.providerId === lot.providerId) ?? officer;
      const dutiesEntryDate = addDays(today, -rand.int(20, 700));
      // Each step follows the previous one and none is after today: a recent entrant is simply early in the pathway.
      const orientedOn = notAfter(addDays(dutiesEntryDate, rand.int(10, 50)), today);
      const assignedOn = notAfter(addDays(orientedOn, rand.int(1, 10)), today);
      const firstContactOn = notAfter(addDays(assignedOn, rand.int(2, 20)), today);
      const recentContact = addDays(today, -rand.int(1, 50));
      const lastContactOn = recentContact < firstContactOn ? firstContactOn : recentContact;
      const signed = rand.next() < 0.8;
      const signedOn = addDays(firstContactOn, rand.int(5, 40));
      const contractSignedOn = signed && signedOn <= today ? signedOn : null;
      const step = STATUS_MIX.findIndex(([s]) => s === status);
      const accompanied = step >= 3;
      const atPip = step >= 2;
      const row = {
        departmentId,
        civility: woman ? ('mme' as const) : ('m' as const),
        gender: woman ? ('woman' as const) : ('man' as const),
        lastName: rand.pick(LAST_NAMES),
        firstNames: rand.pick(woman ? FIRST_NAMES_F : FIRST_NAMES_M),
        birthDate: addDays('1962-01-01', rand.int(0, 15_500)),
        cafNumber: String(rand.int(1_000_000, 9_999_999)),
        cafOrganism: rand.next() < 0.93 ? ('CAF' as const) : ('MSA' as const),
        phone: `+336${String(rand.int(10_000_000, 99_999_999))}`,
        addressLine: `${rand.int(1, 120)} ${rand.pick(['rue', 'avenue', 'chemin', 'place', 'impasse'])} ${rand.pick(['des Lilas', 'Jean Jaurès', 'de la République', 'du Ventoux', 'des Oliviers', 'Victor Hugo'])}`,
        postalCode: place.postalCodes[0] ?? null,
        communeCode: place.inseeCode,
        householdRole: rand.next() < 0.8 ? ('applicant' as const) : ('partner' as const),
        rightsStatus: 'open' as const,
        dutiesApplicable: true,
        dutiesEntryDate,
        profile: Profile.parse({ drivingLicence: rand.next() < 0.6, vehicle: rand.next() < 0.4, digitalAutonomy: rand.pick(['none', 'assisted', 'autonomous']) }),
        pathwayStatus: status,
        orientationKind: step === 0 ? null : step === 1 ? ('social' as const) : ('professional' as const),
        orientedOn: step === 0 ? null : orientedOn,
        lotId: atPip ? lot.id : null,
        providerId: atPip ? lot.providerId : null,
        referentId: accompanied && referents.length ? rand.pick(referents).id : null,
        assignedOn: accompanied ? assignedOn : null,
        firstContactOn: step >= 4 ? firstContactOn : null,
        lastContactOn: step >= 4 ? lastContactOn : null,
        // The demo's contacts were face-to-face meetings.
        lastContactByModality: step >= 4 ? { face_to_face: lastContactOn } : {},
        suspendedOn: null,
        resumedOn: null,
        contractSignedOn: step >= 4 ? contractSignedOn : null,
        contractEndsOn: step >= 4 && contractSignedOn ? addMonths(contractSignedOn, 6) : null,
        endedOn: status === 'ended' ? addDays(today, -rand.int(1, 60)) : null,
        exitReason: status === 'ended' ? 'CDI' : null,
        exitCategory: status === 'ended' ? ('sustainable_employment' as const) : null,
        exitReasonCode: status === 'ended' ? 'cdi' : null,
        exitPositive: status === 'ended' ? true : null,
        exitSituationOn: null,
        nextObjectiveDueOn: null,
        currentContractKind: null,
        contractAwaitingEvaluationSince: null,
      };
      const alerts = computeAlerts(row, settings, today, dept!.code).map((a) => a.kind);
      const [person] = await tx.insert(beneficiaries).values({ ...row, alerts, alertsComputedOn: today }).returning({ id: beneficiaries.id });
      await history(tx, person!.id, row, { officer: officer.id, manager: manager.id });
    }
  });
}

async function history(
  tx: Tx,
  id: string,
  row: {
    departmentId: string; orientationKind: 'social' | 'professional' | null; orientedOn: string | null; lotId: string | null; providerId: string | null;
    referentId: string | null; assignedOn: string | null; endedOn: string | null; exitReason: string | null; exitCategory: ExitCategory | null; exitPositive: boolean | null;
  },
  by: { officer: string; manager: string },
): Promise<void> {
  const { departmentId } = row;
  await tx.insert(pathwayEvents).values({ departmentId, beneficiaryId: id, kind: 'beneficiary.created', data: { source: 'demo' } });
  if (!row.orientationKind || !row.orientedOn) return;
  await tx.insert(orientations).values({
    departmentId, beneficiaryId: id, kind: row.orientationKind, decidedOn: row.orientedOn, reason: 'Diagnostic d’orientation', lotId: row.lotId,
    providerId: row.providerId, decidedBy: by.officer,
  });
  await tx.insert(pathwayEvents).values({ departmentId, beneficiaryId: id, kind: 'orientation.decided', actorUserId: by.officer, occurredAt: eventTime(row.orientedOn), data: { kind: row.orientationKind, lotId: row.lotId, decidedOn: row.orientedOn } });
  if (!row.referentId || !row.assignedOn || !row.providerId) return;
  await tx.insert(assignments).values({ departmentId, beneficiaryId: id, providerId: row.providerId, referentId: row.referentId, startsOn: row.assignedOn, assignedBy: by.manager });
  await tx.insert(pathwayEvents).values({ departmentId, beneficiaryId: id, kind: 'assignment.assigned', actorUserId: by.manager, occurredAt: eventTime(row.assignedOn), data: { referentId: row.referentId } });
  if (!row.endedOn) return;
  // What ending the accompaniment writes (pathway.end), so the timeline tells why the person left.
  await tx.insert(pathwayEvents).values({
    departmentId, beneficiaryId: id, kind: 'pathway.end', actorUserId: row.referentId, occurredAt: eventTime(row.endedOn),
    data: { on: row.endedOn, reason: row.exitReason, category: row.exitCategory, positive: row.exitPositive },
  });
}
