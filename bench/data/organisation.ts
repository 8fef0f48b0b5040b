// A département's organisation at national scale: its real communes grouped into territories by
// intercommunality (EPCI), one tender whose lots cover the territories, and 2-4 PIPs holding them.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { epciOfCommunes, officialCommunes } from '../../src/capabilities/organisations/communes.js';
import type { prng } from '../../src/demo/people.js';
import { Table } from './copy.js';

export type Rand = ReturnType<typeof prng>;

export interface Department { code: string; name: string; population: number }
export interface Place { code: string; name: string; postalCode: string | null; population: number; territory: number }
export interface Lot { id: string; territory: number; provider: number }
export interface Organisation {
  departmentId: string;
  code: string;
  places: Place[];
  /** Cumulative population, to draw places in proportion to where people live. */
  cumulative: Float64Array;
  lotsOfTerritory: Lot[][];
  providerIds: string[];
  tables: Table[];
}

const require = createRequire(import.meta.url);
const PIP_NAMES = ['Trajectoires Emploi', 'Cap Insertion', 'Tremplin Solidaire', 'Initiatives Emploi', 'Horizons Travail', 'Passerelles'];
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'boulevard Gambetta', 'rue Victor Hugo', 'place de la Mairie', 'chemin des Écoles'];

/** Metropolitan and overseas départements (not the other overseas collectivities), in code order. */
export function selectDepartments(count: number): Department[] {
  const all = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string; zone: string }[];
  const chosen = all.filter((d) => d.zone === 'metro' || d.zone === 'drom').slice(0, count);
  if (chosen.length < count) throw new Error(`Only ${chosen.length} départements exist; asked for ${count}.`);
  return chosen.map((d) => ({ code: d.code, name: d.nom, population: officialCommunes(d.code).reduce((n, c) => n + (c.population ?? 0), 0) }));
}

/** People per département in proportion to population (largest remainders, so the sum is exact). */
export function shareOut(departments: Department[], total: number): number[] {
  const population = departments.reduce((n, d) => n + d.population, 0);
  const exact = departments.map((d) => (total * d.population) / population);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k]![1]]! += 1;
  return counts;
}

let epcis: Map<string, string> | undefined;

/** Communes grouped by EPCI, the groups spread over territories so that populations balance. */
function territoriesOf(code: string, people: number) {
  epcis ??= epciOfCommunes();
  const groups = new Map<string, ReturnType<typeof officialCommunes>>();
  for (const c of officialCommunes(code)) {
    const key = epcis.get(c.code) ?? c.code;
    const members = groups.get(key);
    if (members) members.push(c);
    else groups.set(key, [c]);
  }
  const count = Math.min(groups.size, Math.max(2, Math.min(8, Math.round(Math.sqrt(people / 500)))));
  const bins = Array.from({ length: count }, () => ({ population: 0, communes: [] as ReturnType<typeof officialCommunes> }));
  const weight = (cs: ReturnType<typeof officialCommunes>) => cs.reduce((n, c) => n + (c.population ?? 0), 0);
  for (const members of [...groups.values()].sort((a, b) => weight(b) - weight(a))) {
    const bin = bins.reduce((low, b) => (b.population < low.population ? b : low));
    bin.population += weight(members);
    bin.communes.push(...members);
  }
  return bins;
}

export function planOrganisation(dept: Department, people: number, rand: Rand): Organisation {
  const departmentId = randomUUID();
  const t = {
    departments: new Table('departments', ['id', 'code', 'name']),
    settings: new Table('department_settings', ['department_id', 'values']),
    territories: new Table('territories', ['department_id', 'id', 'name']),
    communes: new Table('communes', ['department_id', 'insee_code', 'name', 'postal_codes', 'population', 'territory_id']),
    tenders: new Table('tenders', ['department_id', 'id', 'reference', 'title', 'starts_on', 'ends_on']),
    providers: new Table('providers', ['department_id', 'id', 'name', 'siret']),
    sites: new Table('provider_sites', ['department_id', 'id', 'provider_id', 'name', 'address', 'commune_code']),
    lots: new Table('lots', [
      'department_id', 'id', 'tender_id', 'number', 'label', 'territory_id', 'provider_id', 'capacity', 'starts_on', 'ends_on', 'price_per_beneficiary_month',
    ]),
  };
  t.departments.add([departmentId, dept.code, dept.name]);
  // Empty values: every setting at its default (SETTING_DEFAULTS), which the alerts are computed with.
  t.settings.add([departmentId, {}]);

  const bins = territoriesOf(dept.code, people);
  const places: Place[] = [];
  const territoryIds: string[] = [];
  const names = new Set<string>();
  bins.forEach((bin, i) => {
    const largest = bin.communes.reduce((a, b) => ((b.population ?? 0) > (a.population ?? 0) ? b : a));
    const name = names.has(`Territoire de ${largest.nom}`) ? `Territoire ${i + 1}` : `Territoire de ${largest.nom}`;
    names.add(name);
    const id = randomUUID();
    territoryIds.push(id);
    t.territories.add([departmentId, id, name]);
    for (const c of bin.communes) {
      t.communes.add([departmentId, c.code, c.nom, c.codesPostaux ?? [], c.population ?? null, id]);
      places.push({ code: c.code, name: c.nom, postalCode: c.codesPostaux?.[0] ?? null, population: c.population ?? 0, territory: i });
    }
  });

  const tenderId = randomUUID();
  t.tenders.add([departmentId, tenderId, '2025-PIP-01', 'Pôles Insertion Professionnelle — accompagnement des bénéficiaires du RSA', '2025-01-01', '2028-12-31']);
  const providerCount = rand.int(2, 4);
  const firstName = rand.int(0, PIP_NAMES.length - 1);
  const providerIds = Array.from({ length: providerCount }, (_, p) => {
    const id = randomUUID();
    t.providers.add([departmentId, id, `${PIP_NAMES[(firstName + p) % PIP_NAMES.length]} ${dept.name}`, String(rand.int(1e13, 1e14 - 1))]);
    return id;
  });
  // One lot per territory; a territory gets more lots when there are more PIPs than territories (Paris).
  const population = bins.reduce((n, b) => n + b.population, 0);
  const lotsOfTerritory: Lot[][] = bins.map(() => []);
  for (let i = 0; i < Math.max(bins.length, providerCount); i++) {
    const territory = i % bins.length;
    const lot: Lot = { id: randomUUID(), territory, provider: i % providerCount };
    lotsOfTerritory[territory]!.push(lot);
    const share = bins[territory]!.population / Math.max(1, population) / Math.ceil(Math.max(bins.length, providerCount) / bins.length);
    // Capacity: the share of people a PIP accompanies (≈ 80 %), plus 10 % of margin.
    const capacity = Math.max(10, Math.round((people * share * 0.81 * 1.1) / 10) * 10);
    t.lots.add([departmentId, lot.id, tenderId, i + 1, `Lot ${i + 1}`, territoryIds[territory]!, providerIds[lot.provider]!, capacity, '2025-01-01', '2028-12-31', 95]);
    const main = bins[territory]!.communes.reduce((a, b) => ((b.population ?? 0) > (a.population ?? 0) ? b : a));
    t.sites.add([departmentId, randomUUID(), providerIds[lot.provider]!, `Antenne ${main.nom}`, `${rand.int(1, 80)} ${rand.pick(STREETS)}`, main.code]);
  }

  // Every commune weighs at least 1, so that a commune without a census figure can still be drawn.
  const cumulative = new Float64Array(places.length);
  let sum = 0;
  places.forEach((p, i) => (cumulative[i] = sum += Math.max(1, p.population)));
  const tables = [t.departments, t.settings, t.territories, t.communes, t.tenders, t.providers, t.lots, t.sites];
  return { departmentId, code: dept.code, places, cumulative, lotsOfTerritory, providerIds, tables };
}

/** A place drawn in proportion to its population (binary search in the cumulative sums). */
export function drawPlace(org: Organisation, rand: Rand): Place {
  const target = rand.next() * org.cumulative[org.cumulative.length - 1]!;
  let lo = 0;
  let hi = org.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (org.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return org.places[lo]!;
}
