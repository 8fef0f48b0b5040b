import { createRequire } from 'node:module';
import type { Executor } from '../../platform/db/engine.js';
import { communes } from './schema.js';

interface OfficialCommune {
  code: string;
  nom: string;
  departement: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

const require = createRequire(import.meta.url);

/** The current communes of a département, from the official list (@etalab/decoupage-administratif). */
export function officialCommunes(departmentCode: string): OfficialCommune[] {
  const all = require('@etalab/decoupage-administratif/data/communes.json') as OfficialCommune[];
  return all.filter((c) => c.departement === departmentCode && c.type === 'commune-actuelle');
}

export function officialDepartmentName(code: string): string | null {
  const all = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[];
  return all.find((d) => d.code === code)?.nom ?? null;
}

/** Loads the official communes into a département; their territory is assigned afterwards. */
export async function loadCommunes(tx: Executor, departmentId: string, departmentCode: string): Promise<number> {
  const rows = officialCommunes(departmentCode).map((c) => ({
    departmentId,
    inseeCode: c.code,
    name: c.nom,
    postalCodes: c.codesPostaux ?? [],
    population: c.population ?? null,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(communes).values(rows.slice(i, i + 1000)).onConflictDoNothing();
  }
  return rows.length;
}

/** EPCI (intercommunality) name of each commune code, to group communes into territories. */
export function epciOfCommunes(): Map<string, string> {
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as { nom: string; membres: { code: string }[] }[];
  const byCommune = new Map<string, string>();
  for (const epci of epcis) for (const m of epci.membres) byCommune.set(m.code, epci.nom);
  return byCommune;
}
