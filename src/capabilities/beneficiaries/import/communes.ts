import { comparableName } from './records.js';
import type { CommuneIndex } from './plan.js';

/** Resolves a file's commune (INSEE code, or postal code and name, or a unique name) to its code. */
export function communeIndex(communes: { inseeCode: string; name: string; postalCodes: string[] }[]): CommuneIndex {
  const codes = new Set(communes.map((c) => c.inseeCode));
  const byPostalAndName = new Map<string, string>();
  const byName = new Map<string, string | null>();
  for (const c of communes) {
    const name = comparableName(c.name);
    for (const postal of c.postalCodes) byPostalAndName.set(`${postal}|${name}`, c.inseeCode);
    byName.set(name, byName.has(name) ? null : c.inseeCode);
  }
  return {
    resolve(r) {
      if (r.communeCode) return codes.has(r.communeCode) ? r.communeCode : null;
      if (!r.communeName) return null;
      const name = comparableName(r.communeName);
      return (r.postalCode ? byPostalAndName.get(`${r.postalCode}|${name}`) : undefined) ?? byName.get(name) ?? null;
    },
  };
}
