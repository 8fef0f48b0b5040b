import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/engine.js';
import { hashPassword } from '../../../platform/auth/passwords.js';
import { writeAudit } from '../../../platform/audit/writer.js';
import type { SettingValues } from '../../../shared/settings.js';
import { communes, departmentSettings, departments, lots, providers, sites, tenders, territories, users } from '../schema.js';
import { epciOfCommunes, loadCommunes, officialCommunes, officialDepartmentName } from '../communes.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { VAUCLUSE_LOT_CAPACITY, VAUCLUSE_PROVIDERS, VAUCLUSE_TERRITORIES } from './vaucluse.js';

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '.');

export const isDatabaseEmpty = async (db: Db): Promise<boolean> =>
  ((await db.select({ n: count() }).from(departments))[0]?.n ?? 0) === 0;

/** Creates a département with its official communes and default settings. */
export async function createDepartment(tx: Tx, code: string, overrides: Partial<SettingValues> = {}): Promise<string> {
  const name = officialDepartmentName(code);
  if (!name) throw new Error(`Unknown département code ${code}`);
  const [dept] = await tx.insert(departments).values({ code, name }).returning();
  await loadCommunes(tx, dept!.id, code);
  await tx.insert(departmentSettings).values({ departmentId: dept!.id, values: overrides });
  return dept!.id;
}

/**
 * The demo dataset of a département. Vaucluse gets its five territories; another département
 * (tests use one as the foreign tenant) gets a single territory and the same shape of providers,
 * with e-mails under its own code.
 */
export async function seedDemo(db: Db, code = '84'): Promise<{ departmentId: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const isVaucluse = code === '84';
    const departmentId = await createDepartment(tx, code, isVaucluse
      ? { brandName: 'Parcours Vaucluse', primaryColor: '#5b2a86', primaryContrastColor: '#ffffff', accentColor: '#8a4b0f' }
      : {});
    const territoryIds = await seedTerritories(tx, departmentId, code, isVaucluse);
    const providerIds = await seedProviders(tx, departmentId, territoryIds);
    const domain = (base: string) => (isVaucluse ? base : base.replace('vaucluse', `dept${code}`).replace('pip-', `pip${code}-`));
    const staff = DEMO_ACCOUNTS.map((a) => ({
      departmentId,
      email: domain(a.email),
      displayName: a.displayName,
      role: a.role,
      providerId: a.provider === undefined ? null : providerIds[a.provider]!,
      passwordHash,
    }));
    staff.push({ departmentId, email: domain('insertion2@vaucluse.example'), displayName: 'Anne Pons', role: 'dept_officer', providerId: null, passwordHash });
    VAUCLUSE_PROVIDERS.forEach((p, i) => {
      if (i > 0) {
        staff.push({ departmentId, email: domain(`coordination@pip-${i}.example`), displayName: `Coordination ${p.name}`, role: 'pip_manager', providerId: providerIds[i]!, passwordHash });
      }
      for (const name of p.referents) {
        const email = domain(`${slug(name)}@pip-${i === 0 ? 'avignon' : i}.example`);
        if (staff.some((s) => s.email === email) || (i === 0 && name === 'Julie Fabre')) continue;
        staff.push({ departmentId, email, displayName: name, role: 'referent', providerId: providerIds[i]!, passwordHash });
      }
    });
    await tx.insert(users).values(staff);
    await writeAudit(tx, { departmentId, userId: null, role: null, ip: null }, { action: 'demo.seed', entityType: 'department', entityId: departmentId });
    return { departmentId };
  });
}

async function seedTerritories(tx: Tx, departmentId: string, code: string, isVaucluse: boolean): Promise<string[]> {
  const groups = isVaucluse ? VAUCLUSE_TERRITORIES : [{ name: 'Tout le département', epcis: [] as string[] }];
  const epciOf = epciOfCommunes();
  const all = officialCommunes(code).map((c) => c.code);
  const ids: string[] = [];
  for (const group of groups) {
    const [t] = await tx.insert(territories).values({ departmentId, name: group.name }).returning();
    const members = isVaucluse ? all.filter((c) => group.epcis.includes(epciOf.get(c) ?? '')) : all;
    await tx.update(communes).set({ territoryId: t!.id }).where(and(eq(communes.departmentId, departmentId), inArray(communes.inseeCode, members)));
    ids.push(t!.id);
  }
  return ids;
}

async function seedProviders(tx: Tx, departmentId: string, territoryIds: string[]): Promise<string[]> {
  const [tender] = await tx
    .insert(tenders)
    .values({ departmentId, reference: '2025-PIP-01', title: 'Référencement professionnel des bénéficiaires du RSA — Pôles Insertion Professionnelle', startsOn: '2025-01-01', endsOn: '2028-12-31' })
    .returning();
  const ids: string[] = [];
  for (const p of VAUCLUSE_PROVIDERS) {
    const [provider] = await tx.insert(providers).values({ departmentId, name: p.name, siret: p.siret }).returning();
    ids.push(provider!.id);
    const communeKnown = territoryIds.length > 1;
    await tx.insert(sites).values(p.sites.map((s) => ({ departmentId, providerId: provider!.id, name: s.name, address: s.address, communeCode: communeKnown ? s.communeCode : null })));
    for (const lotIndex of p.lots) {
      const territoryId = territoryIds[Math.min(lotIndex, territoryIds.length - 1)]!;
      await tx.insert(lots).values({
        departmentId, tenderId: tender!.id, number: lotIndex + 1, label: `Lot ${lotIndex + 1}`,
        territoryId, providerId: provider!.id, capacity: VAUCLUSE_LOT_CAPACITY[lotIndex]!, startsOn: '2025-01-01', endsOn: '2028-12-31',
        pricePerBeneficiaryMonth: 95, fixedPrice: null,
      });
    }
  }
  return ids;
}
